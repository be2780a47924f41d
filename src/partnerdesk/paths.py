"""Where PartnerDesk keeps its files: one place decides, everything else asks it."""

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "PartnerDesk"
HOME_VARIABLE = "PARTNERDESK_HOME"
DEFAULT_NOTEBOOK_NAME = "notebook.partnerdesk"


class AppPaths:
    """The data directory, the notebook and its backups.

    The data directory is, in order of precedence: `--data-dir`, the `PARTNERDESK_HOME`
    environment variable, then the platform's user data directory (through platformdirs).
    `--db` names a notebook file anywhere; its backups still go to the data directory.
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        database: Path | None = None,
        environ: Mapping[str, str] = os.environ,
    ) -> None:
        if data_dir is None and environ.get(HOME_VARIABLE):
            data_dir = Path(environ[HOME_VARIABLE])
        if data_dir is None:
            data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        self.data_dir = data_dir.expanduser()
        self.database = database.expanduser() if database else self.data_dir / DEFAULT_NOTEBOOK_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def ensure_data_dir(self) -> None:
        """Creates the data directory, readable by its owner only (0700).

        A directory that already exists is left as it is: it may be one the user shares
        on purpose, such as a folder given with `--data-dir`.
        """
        if not self.data_dir.exists():
            self.data_dir.mkdir(parents=True, mode=0o700)
            self.data_dir.chmod(0o700)
