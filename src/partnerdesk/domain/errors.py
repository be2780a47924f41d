"""Expected failures, each with a message a person understands."""

from partnerdesk.domain.text import Phrase

# The translation context of every error message (see `domain/text.py`).
ERRORS = "Errors"


class PartnerDeskError(Exception):
    """A failure the user can act on; its message is shown as it is.

    `message` may be a template marked with `QT_TRANSLATE_NOOP("Errors", ...)` and filled in
    from `fields`; `message` is then the English sentence, and `phrase` lets the interface
    show it translated. Without fields the message is used as it is, braces and all.
    """

    def __init__(self, message: str, /, **fields: object) -> None:
        self.phrase = Phrase(ERRORS, message, fields)
        self.message = str(self.phrase)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class NotebookError(PartnerDeskError):
    """The notebook file cannot be used as it is."""


class NotebookNotFound(NotebookError):
    """No file at the given path."""


class NotANotebook(NotebookError):
    """The file is not a PartnerDesk notebook."""


class NotebookTooNew(NotebookError):
    """The notebook was written by a newer PartnerDesk."""


class NotebookCorrupt(NotebookError):
    """The file is a damaged SQLite database."""


class NotebookLocked(NotebookError):
    """Another PartnerDesk has the notebook open."""


class StorageError(PartnerDeskError):
    """Writing failed: a full or read-only disk, for example."""


class BackupError(PartnerDeskError):
    """A backup could not be made or did not check out."""


class ValidationError(PartnerDeskError):
    """User input that cannot be stored as it is; nothing was changed."""

    def __init__(self, message: str, /, field: str = "", **fields: object) -> None:
        super().__init__(message, **fields)
        self.field = field


class NotFound(PartnerDeskError):
    """The item asked for does not exist (or is in the Trash)."""


class AmbiguousName(PartnerDeskError):
    """A name or prefix matches more than one item."""

    def __init__(self, message: str, /, candidates: list[str], **fields: object) -> None:
        super().__init__(message, **fields)
        self.candidates = candidates
