"""The lossless JSON document (docs/json-format.md): the whole notebook out, and back in.

Export streams the notebook partner by partner into a file written through a temp file.
Import reads a document whole (at most `MAX_FILE_BYTES`), checks every value and every
reference first, saying where anything is wrong (`$.partners[12].meetings[3].starts_at`),
and only then hands the rows to the store, which writes them in one transaction.
"""

import json
import math
import os
import re
import stat
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum, StrEnum
from functools import cache, cached_property
from operator import itemgetter
from pathlib import Path
from typing import Any

from partnerdesk.domain.enums import (
    CommitmentEventKind,
    CommitmentStatus,
    Direction,
    InitiativeSize,
    InitiativeStatus,
    MeetingMode,
    NeedCategory,
    NeedStatus,
    OfferKind,
    PartnerKind,
    PartnerStage,
    Priority,
    Side,
)
from partnerdesk.domain.follow_ups import FollowUpStatus
from partnerdesk.domain.interchange import (
    ExportReport,
    ImportFileError,
    ImportReport,
    Progress,
    no_progress,
)
from partnerdesk.domain.validation import MAX_TEXT_LENGTH
from partnerdesk.interchange.safe_write import atomic_file
from partnerdesk.store.portable import PortableRow, split_follow_up_key
from partnerdesk.store.store import Store

FORMAT = "partnerdesk"
VERSION = 1
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


class Kind(Enum):
    UUID = "uuid"
    STRING = "text"
    ENUM = "one of a list of words"
    BOOL = "true or false"
    INT = "a whole number"
    DATE = "an ISO 8601 date"
    DATETIME = "an ISO 8601 date-time"
    REF = "a uuid"
    ENUM_LIST = "a list of words"
    JSON = "any JSON value"


@dataclass(frozen=True)
class Field:
    """One field of a record: its name in the document, its column, and what it may hold."""

    key: str
    column: str
    kind: Kind
    required: bool = False
    nullable: bool = False
    limit: int = 0  # characters, for text
    nonempty: bool = False
    choices: type[StrEnum] | None = None
    table: str = ""  # what a reference points to
    default: Any = None


class Spec:
    """The fields of one kind of record, in the documented order, and how each is written."""

    def __init__(self, *fields: Field) -> None:
        self.fields = fields
        self.keys = frozenset(field.key for field in fields)

    @cached_property
    def writer(self) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
        """Turns a portable row (as the store reads it) into this record's document object.

        Built once per kind of record, from C-level pieces (itemgetter, zip, isoformat),
        because the scale notebook has some 650,000 records to write.
        """
        columns = [field.column for field in self.fields]
        keys = [field.key for field in self.fields]
        pick = itemgetter(*columns)
        converters: dict[Kind, Callable[[Any], Any]] = {
            # The store reads date-times in UTC, as `+00:00` in the document.
            Kind.DATETIME: datetime.isoformat,
            Kind.DATE: date.isoformat,
            Kind.ENUM: _enum_text,
            Kind.ENUM_LIST: lambda items: [_enum_text(item) for item in items],
        }
        conversions = [
            (field.key, converters[field.kind]) for field in self.fields if field.kind in converters
        ]

        def write(row: Mapping[str, Any]) -> dict[str, Any]:
            values = pick(row)
            result = dict(zip(keys, values if len(keys) > 1 else (values,), strict=True))
            for key, convert in conversions:
                value = result[key]
                if value is not None:
                    result[key] = convert(value)
            return result

        return write


def _text(key: str, limit: int, *, column: str = "", required: bool = False) -> Field:
    return Field(
        key,
        column or key,
        Kind.STRING,
        required=required,
        nonempty=required,
        limit=limit,
        default="",
    )


def _enum(key: str, choices: type[StrEnum], default: StrEnum | None = None) -> Field:
    return Field(key, key, Kind.ENUM, required=default is None, choices=choices, default=default)


def _date(key: str, *, required: bool = False) -> Field:
    return Field(key, key, Kind.DATE, required=required, nullable=not required)


def _ref(key: str, table: str, column: str, *, required: bool = False) -> Field:
    return Field(key, column, Kind.REF, required=required, nullable=not required, table=table)


_ID = Field("uuid", "uuid", Kind.UUID, required=True)
_STAMPS = (
    Field("created_at", "created_at", Kind.DATETIME),
    Field("updated_at", "updated_at", Kind.DATETIME),
)
_TRASH = Field("deleted_at", "deleted_at", Kind.DATETIME, nullable=True)
_TEXT = MAX_TEXT_LENGTH

PERSON = Spec(
    _ID,
    _text("full_name", 200, required=True),
    _text("title", 200),
    _text("email", 320),
    _text("phone", 60),
    _text("role", 120),
    _text("notes", _TEXT),
    *_STAMPS,
    _TRASH,
)
PARTNER = Spec(
    _ID,
    _text("name", 200, required=True),
    _enum("kind", PartnerKind, PartnerKind.COMPANY),
    _enum("stage", PartnerStage, PartnerStage.PROSPECT),
    _text("sector", 120),
    _text("website", 300),
    _text("address", _TEXT),
    _text("city", 120),
    _text("country", 120),
    _text("summary", _TEXT),
    _text("offer_text", _TEXT),
    _ref("owner", "people", "owner_id"),
    *_STAMPS,
    _TRASH,
)
MEETING = Spec(
    _ID,
    Field("starts_at", "starts_at", Kind.DATETIME, required=True),
    Field("duration_minutes", "duration_minutes", Kind.INT, default=60),
    _enum("mode", MeetingMode, MeetingMode.IN_PERSON),
    _text("location", 300),
    Field("at_partner_premises", "at_partner_premises", Kind.BOOL, default=False),
    _text("title", 300),
    _text("notes", _TEXT),
    _date("follow_up_on"),
    *_STAMPS,
    _TRASH,
)
COMMITMENT = Spec(
    _ID,
    _enum("direction", Direction),
    _text("description", _TEXT, required=True),
    _date("due_on"),
    _enum("status", CommitmentStatus, CommitmentStatus.OPEN),
    _date("done_on"),
    _ref("owner", "people", "owner_id"),
    _ref("meeting", "meetings", "meeting_id"),
    _ref("initiative", "initiatives", "initiative_id"),
    Field("follow_up_count", "follow_up_count", Kind.INT, default=0),
    _date("last_follow_up_on"),
    *_STAMPS,
    _TRASH,
)
EVENT = Spec(
    _ID,
    _enum("kind", CommitmentEventKind),
    _date("occurred_on", required=True),
    _date("due_on"),
    *_STAMPS,
)
NEED = Spec(
    _ID,
    _enum("category", NeedCategory, NeedCategory.OTHER),
    _text("description", _TEXT, required=True),
    _enum("priority", Priority, Priority.MEDIUM),
    _enum("status", NeedStatus, NeedStatus.OPEN),
    _ref("meeting", "meetings", "meeting_id"),
    _ref("initiative", "initiatives", "initiative_id"),
    *_STAMPS,
    _TRASH,
)
OFFER = Spec(
    _ID,
    _text("name", 200, required=True),
    _enum("kind", OfferKind, OfferKind.PROGRAM),
    _text("description", _TEXT),
    Field("categories", "categories", Kind.ENUM_LIST, choices=NeedCategory, default=()),
    _text("skills", _TEXT),
    Field("capacity", "capacity", Kind.INT, nullable=True),
    _text("season", 120),
    *_STAMPS,
    _TRASH,
)
INITIATIVE = Spec(
    _ID,
    _text("name", 200, required=True),
    _text("goal", _TEXT),
    _enum("size", InitiativeSize, InitiativeSize.PILOT),
    _enum("status", InitiativeStatus, InitiativeStatus.PROPOSED),
    _date("started_on"),
    _date("target_on"),
    _date("next_check_in_on"),
    *_STAMPS,
    _TRASH,
)
MEMBER = Spec(
    _ref("person", "people", "person_id", required=True),
    _enum("side", Side),
    _text("role", 120),
)
PAIRING = Spec(
    _ref("ours", "people", "our_person_id", required=True),
    _ref("theirs", "people", "their_person_id", required=True),
)
_LOOSE_ID = Field("uuid", "uuid", Kind.UUID)  # matched by name or key; a uuid is made if none
TAG = Spec(_LOOSE_ID, _text("name", 80, required=True), *_STAMPS)
SETTING = Spec(
    _text("key", 120, required=True),
    Field("value", "value", Kind.JSON, required=True),
    _LOOSE_ID,
    *_STAMPS,
)
FOLLOW_UP = Spec(
    _text("key", 200, required=True),
    _enum("state", FollowUpStatus),
    _date("until"),
    _LOOSE_ID,
    *_STAMPS,
)

# The lists a record holds besides its fields, by record.
PARTNER_LISTS = ("tags", "people", "meetings", "commitments", "needs", "initiatives")
TOP_LEVEL = (
    "format",
    "version",
    "exported_at",
    "people",
    "offers",
    "tags",
    "settings",
    "follow_ups",
    "partners",
)
# What the report calls each table's records, in the order it lists them.
REPORTED = {
    "partners": "partners",
    "people": "people",
    "meetings": "meetings",
    "commitments": "commitments",
    "needs": "needs",
    "initiatives": "initiatives",
    "offers": "offers",
    "tags": "tags",
    "settings": "settings",
    "follow_up_states": "follow-up marks",
}


# -- export ----------------------------------------------------------------------------------


def export_json(store: Store, path: Path, *, progress: Progress = no_progress) -> ExportReport:
    """Writes the whole notebook, Trash included, as one JSON document at `path`."""
    counts = dict.fromkeys(("partners", "people", "meetings", "commitments", "needs"), 0)
    counts.update(initiatives=0, offers=0)
    exported_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    with atomic_file(path) as out:
        chunks = store.notebook_export.read()
        first = next(chunks)
        progress(0, first.partners_total)
        tables = first.tables
        tag_names = {row["uuid"]: row["name"] for row in tables["tags"]}
        counts["people"] += len(tables["people"])
        counts["offers"] += len(tables["offers"])
        out.write(
            "{\n"
            f'  "format": {_dump(FORMAT)},\n'
            f'  "version": {VERSION},\n'
            f'  "exported_at": {_dump(exported_at)},\n'.encode()
        )
        for key, records, spec in (
            ("people", tables["people"], PERSON),
            ("offers", tables["offers"], OFFER),
            ("tags", tables["tags"], TAG),
            ("settings", tables["settings"], SETTING),
            ("follow_ups", tables["follow_up_states"], FOLLOW_UP),
        ):
            items = [_object(row, spec) for row in records]
            out.write(f'  "{key}": {_list(items, "  ")},\n'.encode())
        out.write(b'  "partners": [')
        separator = "\n"
        for chunk in chunks:
            for partner in _partners(chunk.tables, tag_names, counts):
                out.write(f"{separator}{_partner_text(partner)}".encode())
                separator = ",\n"
            progress(chunk.partners_done, chunk.partners_total)
        out.write(b"\n  ]\n}\n" if separator != "\n" else b"]\n}\n")
    return ExportReport(format="json", destination=path, counts=counts)


def _partners(
    tables: Mapping[str, Sequence[PortableRow]],
    tag_names: Mapping[str, str],
    counts: dict[str, int],
) -> Iterator[dict[str, Any]]:
    """Each partner of a chunk as a document object, with everything that belongs to it."""

    def by(name: str, column: str) -> dict[str, list[PortableRow]]:
        grouped: dict[str, list[PortableRow]] = {}
        for row in tables[name]:
            grouped.setdefault(row[column], []).append(row)
        return grouped

    tags = by("partner_tags", "partner_id")
    people = by("people", "partner_id")
    meetings = by("meetings", "partner_id")
    attendees = by("meeting_attendees", "meeting_id")
    commitments = by("commitments", "partner_id")
    events = by("commitment_events", "commitment_id")
    needs = by("needs", "partner_id")
    initiatives = by("initiatives", "partner_id")
    members = by("initiative_members", "initiative_id")
    pairings = by("initiative_pairings", "initiative_id")
    for row in tables["partners"]:
        uuid = row["uuid"]
        partner = _object(row, PARTNER)
        partner["tags"] = sorted(tag_names[link["tag_id"]] for link in tags.get(uuid, ()))
        partner["people"] = [_object(person, PERSON) for person in people.get(uuid, ())]
        partner["meetings"] = [
            {
                **_object(meeting, MEETING),
                "attendees": sorted(
                    link["person_id"] for link in attendees.get(meeting["uuid"], ())
                ),
            }
            for meeting in meetings.get(uuid, ())
        ]
        partner["commitments"] = [
            {
                **_object(commitment, COMMITMENT),
                "events": [_object(event, EVENT) for event in events.get(commitment["uuid"], ())],
            }
            for commitment in commitments.get(uuid, ())
        ]
        partner["needs"] = [_object(need, NEED) for need in needs.get(uuid, ())]
        partner["initiatives"] = [
            {
                **_object(initiative, INITIATIVE),
                "members": sorted(
                    (_object(member, MEMBER) for member in members.get(initiative["uuid"], ())),
                    key=lambda member: str(member["person"]),
                ),
                "pairings": sorted(
                    (_object(pair, PAIRING) for pair in pairings.get(initiative["uuid"], ())),
                    key=lambda pair: (str(pair["ours"]), str(pair["theirs"])),
                ),
            }
            for initiative in initiatives.get(uuid, ())
        ]
        counts["partners"] += 1
        for key in ("people", "meetings", "commitments", "needs", "initiatives"):
            counts[key] += len(partner[key])
        yield partner


def _object(row: Mapping[str, Any], spec: Spec) -> dict[str, Any]:
    """A portable row as a document object: every field, in the documented order."""
    return spec.writer(row)


def _enum_text(value: Any) -> str:
    return str(value.value) if isinstance(value, Enum) else str(value)


def _partner_text(partner: Mapping[str, Any]) -> str:
    """A partner with one field per line and one record of each list per line."""
    indent = "      "
    lines = []
    for key, value in partner.items():
        if key in PARTNER_LISTS and key != "tags":
            lines.append(f"{indent}{_dump(key)}: {_list(value, indent)}")
        else:
            lines.append(f"{indent}{_dump(key)}: {_dump(value)}")
    return "    {\n" + ",\n".join(lines) + "\n    }"


def _list(items: Sequence[Any], indent: str) -> str:
    if not items:
        return "[]"
    inner = indent + "  "
    return "[\n" + ",\n".join(inner + _dump(item) for item in items) + f"\n{indent}]"


def _dump(value: Any) -> str:
    return _encoder().encode(value)


@cache
def _encoder() -> json.JSONEncoder:
    # Without `indent`, json uses its C encoder: the scale notebook takes seconds, not
    # minutes. One encoder for all: `json.dumps` with options makes a new one each call.
    return json.JSONEncoder(ensure_ascii=False)


# -- import ----------------------------------------------------------------------------------


def import_json(
    store: Store, path: Path, *, dry_run: bool, progress: Progress = no_progress
) -> ImportReport:
    """Imports a PartnerDesk JSON document; all or nothing; a dry run only counts.

    Records whose uuid the notebook has are updated to what the document says, the
    others added; nothing the document does not mention is changed. Raises
    ImportFileError, with where in the file, for anything that cannot be imported as it is.
    """
    progress(0, 0)
    data = read_file(path)
    document = parse_document(data)
    reader = _DocumentReader(progress, careful=_may_be_unstorable(data))
    tables = reader.tables(document)
    reader.check_references(store)

    def writing(done: int, total: int) -> None:
        share = done / total if total else 1.0
        progress(round(PROGRESS_UNITS * (CHECK_SHARE + (1 - CHECK_SHARE) * share)), PROGRESS_UNITS)

    counts = store.notebook_import.apply(tables, dry_run=dry_run, progress=writing)
    return ImportReport(
        format="json",
        source=path,
        dry_run=dry_run,
        created={REPORTED[name]: counts.created.get(name, 0) for name in REPORTED},
        updated={REPORTED[name]: counts.updated.get(name, 0) for name in REPORTED},
        notes=reader.notes(),
    )


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


def _may_be_unstorable(data: bytes) -> bool:
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


class _DocumentReader:
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
