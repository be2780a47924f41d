import stat
from pathlib import Path

from partnerdesk.paths import DEFAULT_NOTEBOOK_NAME, AppPaths


def test_data_dir_precedence(tmp_path: Path) -> None:
    env = {"PARTNERDESK_HOME": str(tmp_path / "env")}
    assert AppPaths(environ=env).data_dir == tmp_path / "env"
    assert AppPaths(data_dir=tmp_path / "flag", environ=env).data_dir == tmp_path / "flag"
    assert AppPaths(environ={}).data_dir.name.lower() == "partnerdesk"


def test_default_notebook_and_backups_live_in_the_data_dir(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path, environ={})
    assert paths.database == tmp_path / DEFAULT_NOTEBOOK_NAME
    assert paths.backups_dir == tmp_path / "backups"
    elsewhere = AppPaths(database=tmp_path / "x" / "n.db", environ={"PARTNERDESK_HOME": "/h"})
    assert elsewhere.database == tmp_path / "x" / "n.db"
    assert elsewhere.backups_dir == Path("/h/backups")


def test_a_new_data_dir_is_private(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path / "deep" / "data", environ={})
    paths.ensure_data_dir()
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
