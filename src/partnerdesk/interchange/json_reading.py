"""Reading a JSON document: bounded in size, every value checked, every problem located.

The file is read whole (at most `MAX_FILE_BYTES`, and only a plain file: a pipe could be
read forever) and parsed by the standard library's C parser, with hooks that refuse
NaN, infinities and over-long numbers. `DocumentReader` then checks every value and
every reference and turns the document into portable rows; anything wrong stops it
with where it is (`$.partners[12].meetings[3].starts_at`, or a line and column).
"""

import json
import math
import os
import re
import stat
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from partnerdesk.domain.interchange import ImportFileError, Progress
from partnerdesk.interchange.json_document import (
    COMMITMENT,
    EVENT,
    FOLLOW_UP,
    FORMAT,
    INITIATIVE,
    MEETING,
    MEMBER,
    NEED,
    OFFER,
    PAIRING,
    PARTNER,
    PARTNER_LISTS,
    PERSON,
    SETTING,
    TAG,
    TOP_LEVEL,
    VERSION,
    Field,
    Kind,
    Spec,
)
from partnerdesk.store.portable import PortableRow, split_follow_up_key
from partnerdesk.store.store import Store

MAX_FILE_BYTES = 500 * 1024 * 1024
# A setting's value is free JSON; deeper than this is no preference anyone wrote.
MAX_SETTING_DEPTH = 32
# Whole numbers fit a 32-bit INTEGER column, as in any SQL database.
INT_RANGE = (-(2**31), 2**31 - 1)
# Digits in a whole number: more than any field can hold (a 64-bit number has 19).
MAX_DIGITS = 20
# How much of the work bar reading and checking take; writing takes the rest.
CHECK_SHARE = 0.3
PROGRESS_UNITS = 1000
# Names of fields the document has and PartnerDesk does not know, listed in the report.
UNKNOWN_FIELDS_SHOWN = 5

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# Text can be stored only without NUL characters and without unpaired surrogate escapes.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_UNSTORABLE_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")

Check = Callable[[Any, str, str], Any]  # (value, where its record is, key) → the value to store
_MISSING = object()


def read_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of `path`, refusing all but a regular file of `limit` (MAX_FILE_BYTES) bytes."""
    if limit is None:
        limit = MAX_FILE_BYTES
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ImportFileError(f"{path.name} is a folder, not a file.")
        # A pipe or a device could be read forever; an export is always a plain file.
        if not stat.S_ISREG(info.st_mode):
            raise ImportFileError(f"{path.name} is not a regular file.")
        if info.st_size > limit:
            raise ImportFileError(_too_big(path, info.st_size, limit))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ImportFileError(f"There is no file {path}.") from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ImportFileError(f"Cannot read {path}: {reason}.") from error
    if len(data) > limit:  # it grew since it was looked at
        raise ImportFileError(_too_big(path, len(data), limit))
    return data


def _too_big(path: Path, size: int, limit: int) -> str:
    megabytes = 1024 * 1024
    return (
        f"{path.name} is {size / megabytes:,.0f} MB; PartnerDesk imports files of at most "
        f"{limit / megabytes:,.0f} MB."
    )


def parse_document(data: bytes) -> Any:
    """The JSON value in `data` (UTF-8, with or without a BOM), or an ImportFileError."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise ImportFileError("the file is UTF-16 or UTF-32 text; JSON must be UTF-8.", "byte 0")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise ImportFileError(
            f"not UTF-8 text (byte 0x{data[error.start]:02x})", f"line {line}, column {column}"
        ) from None
    try:
        return json.loads(
            text, parse_constant=_no_constant, parse_int=_short_int, parse_float=_finite_float
        )
    except json.JSONDecodeError as error:
        raise ImportFileError(
            f"not valid JSON ({error.msg})", f"line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise ImportFileError(
            "not a PartnerDesk document: values nested too deeply.", _deep_location(text)
        ) from None
    except ValueError as error:  # from the hooks below, which cannot know where they are
        raise ImportFileError(str(error), _number_location(text)) from None


# A JSON string (skipped), or a bracket; or a number or constant outside strings.
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_STRING_OR_NUMBER = re.compile(
    r'"(?:[^"\\]|\\.)*"|(-?(?:Infinity|NaN)|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)'
)
# Deeper than any PartnerDesk document (a setting's value at most 32 below the top).
_DEEPEST = 200


def _line_and_column(text: str, position: int) -> str:
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return f"line {line}, column {column}"


def _deep_location(text: str) -> str:
    """Where brackets first nest deeper than `_DEEPEST`: only looked for once refused."""
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        bracket = match[0]
        if bracket in "[{":
            depth += 1
            if depth > _DEEPEST:
                return _line_and_column(text, match.start())
        elif bracket in "]}":
            depth -= 1
    return ""


def _number_location(text: str) -> str:
    """Where the first number the hooks below refuse is: only looked for once refused."""
    for match in _STRING_OR_NUMBER.finditer(text):
        token = match[1]
        if token is None:
            continue
        refused = "N" in token or "I" in token
        if not refused and ("." in token or "e" in token or "E" in token):
            refused = not math.isfinite(float(token))
        elif not refused:
            refused = len(token.lstrip("-")) > MAX_DIGITS
        if refused:
            return _line_and_column(text, match.start(1))
    return ""


def may_be_unstorable(data: bytes) -> bool:
    """Whether any text in the document could hold NUL or an unpaired surrogate.

    Strict JSON can only spell either as a \\u escape, so a document without such escapes
    needs no check of each of its hundreds of thousands of strings.
    """
    return _UNSTORABLE_ESCAPE.search(data) is not None


def _no_constant(name: str) -> Any:
    raise ValueError(f"not valid JSON: {name} is not a number JSON allows.")


def _short_int(digits: str) -> int:
    # Python refuses over 4,300 digits anyway, but only after the work; no field needs 20.
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"not a PartnerDesk document: a number has {len(digits):,} digits.")
    return int(digits)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"not a PartnerDesk document: the number {text[:40]} is too large.")
    return value


class DocumentReader:
    """Checks a parsed document and turns it into portable rows, table by table."""

    def __init__(self, progress: Progress, *, careful: bool = True) -> None:
        self._progress = progress
        # Whether text values may hold NUL or unpaired surrogates: see `_may_be_unstorable`.
        self._careful = careful
        self._plans: dict[int, list[tuple[str, str, Check, bool, bool, Any]]] = {}
        self._now = datetime.now(UTC)
        self._rows: dict[str, list[PortableRow]] = {}
        # Per table: uuid → where it is defined, and uuid → where it is first pointed to.
        self._defined: dict[str, dict[str, str]] = {}
        self._pointed: dict[str, dict[str, str]] = {}
        self._unknown: list[str] = []
        self._tag_uuids: dict[str, str] = {}
        self._keys: dict[int, dict[str, str]] = {}

    def tables(self, document: Any) -> dict[str, list[PortableRow]]:
        if not isinstance(document, dict):
            raise ImportFileError(
                f"not a PartnerDesk document: it holds {_what(document)}, not an object.", "$"
            )
        self._check_version(document)
        if "exported_at" in document:
            _datetime_check(document["exported_at"], "$", "exported_at")
        self._unknown_keys(document, TOP_LEVEL, "$")
        for key in ("people", "offers", "tags", "settings", "follow_ups"):
            for where, item in self._items(document, key, "$"):
                if key == "people":
                    self._add("people", self._record(item, PERSON, where, partner_id=None), where)
                elif key == "offers":
                    self._add("offers", self._record(item, OFFER, where), where)
                elif key == "tags":
                    self._tag(item, where)
                elif key == "settings":
                    self._add("settings", self._unique_key(item, SETTING, where), where)
                else:
                    self._follow_up(item, where)
        partners = list(self._items(document, "partners", "$"))
        for number, (where, item) in enumerate(partners):
            self._partner(item, where)
            if number % 50 == 0:
                done = PROGRESS_UNITS * CHECK_SHARE * number / len(partners)
                self._progress(round(done), PROGRESS_UNITS)
        return self._rows

    def check_references(self, store: Store) -> None:
        """Every uuid pointed to is in the document or already in the notebook."""
        for table, pointed in self._pointed.items():
            defined = self._defined.get(table, {})
            missing = [uuid for uuid in pointed if uuid not in defined]
            if not missing:
                continue
            known = store.notebook_import.known_uuids(table, missing)
            for uuid in missing:
                if uuid not in known:
                    raise ImportFileError(
                        f"points to {_SINGULAR[table]} {uuid}, which is neither in the file "
                        "nor in the notebook",
                        pointed[uuid],
                    )

    def notes(self) -> tuple[str, ...]:
        if not self._unknown:
            return ()
        shown = ", ".join(self._unknown[:UNKNOWN_FIELDS_SHOWN])
        more = len(self._unknown) - UNKNOWN_FIELDS_SHOWN
        rest = f" and {more:,} more" if more > 0 else ""
        count = len(self._unknown)
        return (
            f"Ignored {count:,} field{'s' if count != 1 else ''} PartnerDesk does not know: "
            f"{shown}{rest}.",
        )

    # -- parts of the document ---------------------------------------------------------------

    def _check_version(self, document: Mapping[str, Any]) -> None:
        kind = document.get("format")
        if kind != FORMAT:
            if kind is None:
                raise ImportFileError(
                    'not a PartnerDesk document: it has no "format": "partnerdesk".', "$"
                )
            raise ImportFileError(
                f"this is a {_shown(kind)} document, not a PartnerDesk one.", "$.format"
            )
        version = document.get("version")
        if version is None:
            raise ImportFileError("missing: which version of the format the file is in.", "$")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ImportFileError(f"{_shown(version)} is not a version number.", "$.version")
        if version > VERSION:
            raise ImportFileError(
                f"the file is in version {version} of the format, written by a newer "
                f"PartnerDesk; this one reads version {VERSION}. Update PartnerDesk to import it.",
                "$.version",
            )

    def _partner(self, item: Any, where: str) -> None:
        row = self._record(item, PARTNER, where, lists=PARTNER_LISTS)
        self._add("partners", row, where)
        uuid = row["uuid"]
        names: set[str] = set()
        tag_name = _string_check(TAG.fields[1].limit, nonempty=True, careful=self._careful)
        for tag_where, name in self._items(item, "tags", where):
            tag_name(name, where, tag_where.rpartition(".")[2])
            if name in names:
                raise ImportFileError(f"the tag {_shown(name)} is listed twice.", tag_where)
            names.add(name)
            self._append(
                "partner_tags", {"partner_id": uuid, "tag_id": self._tag_uuid(name, tag_where)}
            )
        for person_where, person in self._items(item, "people", where):
            self._add(
                "people", self._record(person, PERSON, person_where, partner_id=uuid), person_where
            )
        for meeting_where, meeting in self._items(item, "meetings", where):
            self._meeting(meeting, meeting_where, uuid)
        for need_where, need in self._items(item, "needs", where):
            self._add("needs", self._record(need, NEED, need_where, partner_id=uuid), need_where)
        for initiative_where, initiative in self._items(item, "initiatives", where):
            self._initiative(initiative, initiative_where, uuid)
        for commitment_where, commitment in self._items(item, "commitments", where):
            self._commitment(commitment, commitment_where, uuid)

    def _meeting(self, item: Any, where: str, partner: str) -> None:
        row = self._record(item, MEETING, where, partner_id=partner, lists=("attendees",))
        self._add("meetings", row, where)
        people: set[str] = set()
        for person_where, person in self._items(item, "attendees", where):
            uuid = self._reference("people", person, person_where)
            if uuid in people:
                raise ImportFileError("this person is listed twice.", person_where)
            people.add(uuid)
            self._append("meeting_attendees", {"meeting_id": row["uuid"], "person_id": uuid})

    def _commitment(self, item: Any, where: str, partner: str) -> None:
        row = self._record(item, COMMITMENT, where, partner_id=partner, lists=("events",))
        self._add("commitments", row, where)
        for event_where, event in self._items(item, "events", where):
            self._add(
                "commitment_events",
                self._record(event, EVENT, event_where, commitment_id=row["uuid"]),
                event_where,
            )

    def _initiative(self, item: Any, where: str, partner: str) -> None:
        row = self._record(
            item, INITIATIVE, where, partner_id=partner, lists=("members", "pairings")
        )
        self._add("initiatives", row, where)
        members: set[str] = set()
        for member_where, member in self._items(item, "members", where):
            link = self._record(member, MEMBER, member_where, initiative_id=row["uuid"])
            if link["person_id"] in members:
                raise ImportFileError("this person is a member twice.", f"{member_where}.person")
            members.add(link["person_id"])
            self._append("initiative_members", link)
        pairs: set[tuple[str, str]] = set()
        for pair_where, pair in self._items(item, "pairings", where):
            link = self._record(pair, PAIRING, pair_where, initiative_id=row["uuid"])
            key = (link["our_person_id"], link["their_person_id"])
            if key in pairs:
                raise ImportFileError("this pairing is listed twice.", pair_where)
            pairs.add(key)
            self._append("initiative_pairings", link)

    def _tag(self, item: Any, where: str) -> None:
        row = self._keyed(item, TAG, where)
        if row["name"] in self._tag_uuids:
            raise ImportFileError(f"the tag {_shown(row['name'])} is listed twice.", where)
        self._tag_uuids[row["name"]] = row["uuid"]
        self._add("tags", row, where)

    def _tag_uuid(self, name: str, where: str) -> str:
        """The uuid of a tag a partner names; a tag not listed on its own is added."""
        uuid = self._tag_uuids.get(name)
        if uuid is None:
            uuid = str(uuid_module.uuid4())
            row = {"uuid": uuid, "name": name, "created_at": self._now, "updated_at": self._now}
            self._tag_uuids[name] = uuid
            self._add("tags", row, where)
        return uuid

    def _follow_up(self, item: Any, where: str) -> None:
        row = self._unique_key(item, FOLLOW_UP, where)
        parts = split_follow_up_key(row["key"])
        if parts is None or not _UUID.fullmatch(parts[2]):
            raise ImportFileError("not a follow-up key PartnerDesk knows.", f"{where}.key")
        _rule, table, reference, _rest = parts
        self._reference(table, reference, f"{where}.key")
        self._add("follow_up_states", row, where)

    def _unique_key(self, item: Any, spec: Spec, where: str) -> PortableRow:
        """A setting or follow-up mark, whose key no other one in the document has."""
        row = self._keyed(item, spec, where)
        keys = self._keys.setdefault(id(spec), {})
        first = keys.setdefault(row["key"], where)
        if first != where:
            raise ImportFileError(f"the key is given twice (first at {first}).", f"{where}.key")
        return row

    def _keyed(self, item: Any, spec: Spec, where: str) -> PortableRow:
        """A row matched by name or key: its uuid may be left out, and is made then."""
        row = self._record(item, spec, where)
        if row["uuid"] is None:
            row["uuid"] = str(uuid_module.uuid4())
        return row

    # -- records and values ------------------------------------------------------------------

    def _record(
        self,
        item: Any,
        spec: Spec,
        where: str,
        lists: Sequence[str] = (),
        **fixed: Any,
    ) -> PortableRow:
        """The record at `where` as a portable row, each field checked; `fixed` added as is."""
        if type(item) is not dict:
            raise ImportFileError(f"should be an object, not {_what(item)}.", where)
        row: PortableRow = dict(fixed)
        present = 0
        for key, column, check, required, nullable, default in self._plan(spec):
            value = item.get(key, _MISSING)
            if value is _MISSING:
                if required:
                    raise ImportFileError("missing.", f"{where}.{key}")
                row[column] = default
                continue
            present += 1
            if value is None:
                if not nullable:
                    raise ImportFileError("should not be null.", f"{where}.{key}")
                row[column] = None
            else:
                row[column] = check(value, where, key)
        for key in lists:
            if key in item:
                present += 1
        if len(item) > present:
            self._unknown_keys(item, [*spec.keys, *lists], where)
        return row

    def _plan(self, spec: Spec) -> list[tuple[str, str, Check, bool, bool, Any]]:
        """How each field of a kind of record is read: made once per kind and import."""
        plan = self._plans.get(id(spec))
        if plan is None:
            plan = []
            for field in spec.fields:
                default = field.default
                if field.kind is Kind.DATETIME and not field.nullable:
                    default = self._now  # created_at and updated_at: the import's time
                elif field.kind is Kind.ENUM_LIST:
                    default = []
                check = self._check(field)
                plan.append(
                    (field.key, field.column, check, field.required, field.nullable, default)
                )
            self._plans[id(spec)] = plan
        return plan

    def _check(self, field: Field) -> Check:
        """The function that checks and converts a (non-null) value of `field`."""
        kind = field.kind
        if kind is Kind.STRING:
            return _string_check(field.limit, field.nonempty, self._careful)
        if kind is Kind.REF:
            return self._reference_check(field.table)
        if kind is Kind.ENUM or kind is Kind.ENUM_LIST:
            assert field.choices is not None
            choice = _choice_check(field.choices)
            if kind is Kind.ENUM:
                return choice
            return lambda value, where, key: _enum_list(choice, value, where, key)
        return _CHECKS[kind]

    def _reference_check(self, table: str) -> Check:
        pointed = self._pointed.setdefault(table, {})

        def check(value: Any, where: str, key: str) -> str:
            uuid = _uuid_check(value, where, key)
            if uuid not in pointed:
                pointed[uuid] = f"{where}.{key}"
            return uuid

        return check

    def _reference(self, table: str, value: Any, where: str) -> str:
        uuid = _uuid(value, where)
        self._pointed.setdefault(table, {}).setdefault(uuid, where)
        return uuid

    def _add(self, table: str, row: PortableRow, where: str) -> None:
        defined = self._defined.setdefault(table, {})
        uuid = row["uuid"]
        first = defined.get(uuid)
        if first is not None:
            raise ImportFileError(f"the uuid {uuid} is given twice (first at {first}).", where)
        defined[uuid] = where
        self._append(table, row)

    def _append(self, table: str, row: PortableRow) -> None:
        self._rows.setdefault(table, []).append(row)

    def _items(self, item: Mapping[str, Any], key: str, where: str) -> Iterator[tuple[str, Any]]:
        """The entries of a list field (none if it is left out), each with where it is."""
        value = item.get(key)
        if value is None:
            return
        here = f"{where}.{key}"
        if not isinstance(value, list):
            raise ImportFileError(f"should be a list, not {_what(value)}.", here)
        for index, entry in enumerate(value):
            yield f"{here}[{index}]", entry

    def _unknown_keys(self, item: Mapping[str, Any], known: Iterable[str], where: str) -> None:
        names = set(known)
        self._unknown.extend(
            f"{where}.{key}" if key.isidentifier() else f"{where}[{_shown(key)}]"
            for key in item
            if key not in names
        )


def _string_check(limit: int, nonempty: bool, careful: bool) -> Check:
    def check(value: Any, where: str, key: str) -> str:
        if type(value) is not str:
            raise ImportFileError(f"should be text, not {_what(value)}.", f"{where}.{key}")
        if len(value) > limit:
            raise ImportFileError(
                f"too long ({len(value):,} characters; at most {limit:,}).", f"{where}.{key}"
            )
        if careful and _UNSTORABLE.search(value):
            raise ImportFileError(
                "holds a NUL character or a broken \\u escape, which no text may hold.",
                f"{where}.{key}",
            )
        if nonempty and not value.strip():
            raise ImportFileError("cannot be empty.", f"{where}.{key}")
        return value

    return check


def _uuid_check(value: Any, where: str, key: str) -> str:
    if type(value) is not str or not _UUID.fullmatch(value):
        raise ImportFileError(f"should be a uuid, not {_shown(value)}.", f"{where}.{key}")
    return value.lower()


def _uuid(value: Any, where: str) -> str:
    before, _dot, key = where.rpartition(".")
    return _uuid_check(value, before, key)


def _choice_check(choices: type[StrEnum]) -> Check:
    members: dict[str, StrEnum] = {member.value: member for member in choices}

    def check(value: Any, where: str, key: str) -> StrEnum:
        member = members.get(value) if type(value) is str else None
        if member is None:
            allowed = ", ".join(members)
            raise ImportFileError(
                f"should be one of {allowed}; not {_shown(value)}.", f"{where}.{key}"
            )
        return member

    return check


def _enum_list(choice: Check, value: Any, where: str, key: str) -> list[str]:
    if type(value) is not list:
        raise ImportFileError(f"should be a list, not {_what(value)}.", f"{where}.{key}")
    return [str(choice(item, where, f"{key}[{index}]")) for index, item in enumerate(value)]


def _datetime_check(value: Any, where: str, key: str) -> datetime:
    if type(value) is not str or len(value) > 40:
        raise ImportFileError(f"not an ISO 8601 date-time: {_shown(value)}.", f"{where}.{key}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ImportFileError(
            f"not an ISO 8601 date-time: {_shown(value)}.", f"{where}.{key}"
        ) from None
    if moment.tzinfo is UTC:
        return moment
    if moment.tzinfo is None:
        raise ImportFileError(
            f"{_shown(value)} needs a UTC offset (such as Z or +01:00).", f"{where}.{key}"
        )
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise ImportFileError(f"{_shown(value)} is out of range.", f"{where}.{key}") from None


def _date_check(value: Any, where: str, key: str) -> date:
    if type(value) is not str or len(value) > 20:
        raise ImportFileError(f"not an ISO 8601 date: {_shown(value)}.", f"{where}.{key}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ImportFileError(f"not an ISO 8601 date: {_shown(value)}.", f"{where}.{key}") from None


def _int_check(value: Any, where: str, key: str) -> int:
    if type(value) is not int:
        raise ImportFileError(f"should be a whole number, not {_what(value)}.", f"{where}.{key}")
    if not INT_RANGE[0] <= value <= INT_RANGE[1]:
        raise ImportFileError(f"{value} is out of range.", f"{where}.{key}")
    return value


def _bool_check(value: Any, where: str, key: str) -> bool:
    if type(value) is not bool:
        raise ImportFileError(f"should be true or false, not {_what(value)}.", f"{where}.{key}")
    return value


def _json_check(value: Any, where: str, key: str) -> Any:
    _check_json(value, f"{where}.{key}", 0)
    return value


_CHECKS: dict[Kind, Check] = {
    Kind.UUID: _uuid_check,
    Kind.DATETIME: _datetime_check,
    Kind.DATE: _date_check,
    Kind.INT: _int_check,
    Kind.BOOL: _bool_check,
    Kind.JSON: _json_check,
}


def _check_json(value: Any, where: str, depth: int) -> None:
    """A setting's value: any JSON, but not too deep, and with text a notebook can hold."""
    if depth > MAX_SETTING_DEPTH:
        raise ImportFileError(f"nested more than {MAX_SETTING_DEPTH} levels deep.", where)
    if isinstance(value, str):
        if _UNSTORABLE.search(value):
            raise ImportFileError("holds a NUL character or a broken \\u escape.", where)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_json(key, where, depth + 1)
            _check_json(item, where, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_json(item, where, depth + 1)


_SINGULAR = {
    "people": "person",
    "meetings": "meeting",
    "commitments": "commitment",
    "initiatives": "initiative",
    "partners": "partner",
}


def _what(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _shown(value: Any) -> str:
    """A value as the message quotes it: JSON, cut short."""
    if not isinstance(value, str | int | float | bool) or value is None:
        return _what(value)
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 40 else text[:37] + "..."
