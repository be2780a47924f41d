"""Expected failures, each with a message a person understands."""


class PartnerDeskError(Exception):
    """A failure the user can act on; its message is shown as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

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

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class NotFound(PartnerDeskError):
    """The item asked for does not exist (or is in the Trash)."""


class AmbiguousName(PartnerDeskError):
    """A name or prefix matches more than one item."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates
