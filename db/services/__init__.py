"""Use cases over the data. Each public function is one transaction (through
``Database.transaction``) and takes and returns plain dataclasses, never ORM objects,
so item models, exporters and the command line can hold on to the results."""
