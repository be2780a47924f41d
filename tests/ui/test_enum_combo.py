from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import Direction
from partnerdesk.ui.enum_combo import EnumCombo


def test_value_is_the_enum_member_not_its_string(qtbot: QtBot) -> None:
    combo = EnumCombo(Direction, any_label="Any")
    qtbot.addWidget(combo)
    assert combo.value() is None
    combo.set_value(Direction.THEIRS)
    assert combo.value() is Direction.THEIRS
