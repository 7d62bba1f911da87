"""The Import/Export screens: the page of past imports, the export dialog and the
import wizard.  They are the desktop's face of ``db.exchange``; the command line is
the other."""
