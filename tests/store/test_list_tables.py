"""The partner list's light tables name real columns of the schema, with their types."""

import subprocess
import sys

import pytest
from sqlalchemy import TableClause

from partnerdesk.store import list_tables
from partnerdesk.store.schema import Base

LIGHT_TABLES = [
    list_tables.PARTNERS,
    list_tables.MEETINGS,
    list_tables.COMMITMENTS,
    list_tables.PARTNER_TAGS,
    list_tables.TAGS,
]


@pytest.mark.parametrize("light", LIGHT_TABLES, ids=lambda table: table.name)
def test_each_column_is_in_the_schema_with_a_compatible_type(light: TableClause) -> None:
    schema_table = Base.metadata.tables[light.name]
    for column in light.columns:
        assert column.name in schema_table.columns, f"{light.name}.{column.name}"
        schema_type = schema_table.columns[column.name].type
        # Enum columns are read as their text (String) and turned into enums by the query.
        assert isinstance(schema_type, type(column.type)), f"{light.name}.{column.name}"


def test_the_partner_list_module_loads_without_the_orm_schema() -> None:
    probe = (
        "import sys\n"
        "import partnerdesk.store.store, partnerdesk.store.repositories.partner_list\n"
        "print('partnerdesk.store.schema' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
