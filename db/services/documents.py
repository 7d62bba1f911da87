"""Signed copies and annexes attached to agreements.

A file is copied into the database's files folder under its SHA-256, so the same
scan attached twice is stored once, a renamed or moved original does not matter,
and the copy can be checked against its hash at any time.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from db.database import Database
from db.errors import QT_TRANSLATE_NOOP, KakehashiError
from db.models import Agreement, AgreementDocument
from db.services.agreements import DocumentData
from db.services.common import Saved, fetch, saved

CANNOT_READ = QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {detail}")
MISSING_COPY = QT_TRANSLATE_NOOP("Errors", "The stored copy of {name} is missing or damaged ({path}).")
CHANGED_WHILE_COPIED = QT_TRANSLATE_NOOP("Errors", "{path} changed while it was being copied; try again.")
CHUNK = 1 << 20


def sha256_of(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def stored_path(files_dir: Path, sha256: str) -> Path:
    return files_dir / sha256[:2] / sha256


def _store(source: Path, files_dir: Path) -> tuple[str, int]:
    """Copy ``source`` into the store (atomically) and return its hash and size."""
    try:
        sha, size = sha256_of(source)
        target = stored_path(files_dir, sha)
        if target.is_file() and sha256_of(target)[0] == sha:
            return sha, size
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise KakehashiError(CANNOT_READ, path=str(source), detail=exc.strerror or str(exc)) from exc
    if sha256_of(Path(temp))[0] != sha:
        Path(temp).unlink(missing_ok=True)
        raise KakehashiError(CHANGED_WHILE_COPIED, path=str(source))
    os.replace(temp, target)
    return sha, size


def attach_document(db: Database, agreement_id: int, source: Path, notes: str | None = None) -> Saved[DocumentData]:
    source = Path(source)
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Attach document")) as session:
        fetch(session, Agreement, agreement_id)
        sha, size = _store(source, db.location.files_dir)
        doc = AgreementDocument(agreement_id=agreement_id, original_name=source.name, size=size, sha256=sha,
                                notes=notes)
        session.add(doc)
        session.flush()
        return saved(session, DocumentData(doc.id, doc.original_name, doc.size, doc.sha256, doc.added_at, doc.notes))


def detach_document(db: Database, document_id: int) -> Saved[DocumentData]:
    """Remove the attachment from the agreement; the stored copy stays for backups and undo.
    Attachments are not part of the agreement's form, so its version does not move."""
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Remove document")) as session:
        session.delete(fetch(session, AgreementDocument, document_id))
        session.flush()
        return saved(session, None)


def document_file(db: Database, document_id: int) -> Path:
    """The stored copy, checked against its hash, for opening or saving elsewhere."""
    with db.reading() as session:
        doc = fetch(session, AgreementDocument, document_id)
        path = stored_path(db.location.files_dir, doc.sha256)
        if not path.is_file() or sha256_of(path)[0] != doc.sha256:
            raise KakehashiError(MISSING_COPY, name=doc.original_name, path=str(path))
        return path
