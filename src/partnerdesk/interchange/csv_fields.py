"""Which PartnerDesk field a CSV column holds, guessed from the headers real exports write.

Outlook, Google Contacts (old and new), LinkedIn Connections, Apple-style address book
exports, HubSpot, Salesforce and Pipedrive, in English, and the common Spanish headers.
Headers are compared without case, accents or punctuation, so "E-mail 1 - Value",
"Correo electrónico" and "Person - Email - Work" all read plainly.
"""

import re
import unicodedata
from collections.abc import Mapping, Sequence

from partnerdesk.domain.contact_import import SKIP, ContactField

F = ContactField

_HEADERS: Mapping[str, ContactField] = {
    # names
    **dict.fromkeys(
        (
            "name",
            "full name",
            "display name",
            "contact name",
            "contact",
            "person",
            "nombre completo",
            "nombre y apellidos",
        ),
        F.FULL_NAME,
    ),
    **dict.fromkeys(
        ("first name", "first", "firstname", "given name", "forename", "nombre"), F.FIRST_NAME
    ),
    **dict.fromkeys(("middle name", "middle", "additional name", "segundo nombre"), F.MIDDLE_NAME),
    **dict.fromkeys(
        (
            "last name",
            "last",
            "lastname",
            "family name",
            "surname",
            "apellido",
            "apellidos",
            "primer apellido",
        ),
        F.LAST_NAME,
    ),
    # how to reach them
    **dict.fromkeys(
        (
            "email",
            "e mail",
            "email address",
            "e mail address",
            "primary email",
            "work email",
            "business email",
            "email work",
            "email home",
            "email other",
            "email value",
            "e mail value",
            "mail",
            "correo",
            "correo electronico",
            "correo e",
            "email personal",
        ),
        F.EMAIL,
    ),
    **dict.fromkeys(
        (
            "phone",
            "phone number",
            "telephone",
            "tel",
            "business phone",
            "work phone",
            "primary phone",
            "phone work",
            "phone mobile",
            "phone value",
            "mobile",
            "mobile phone",
            "mobile phone number",
            "cell",
            "cell phone",
            "telefono",
            "telefono trabajo",
            "telefono movil",
            "movil",
            "celular",
        ),
        F.PHONE,
    ),
    # what they do
    **dict.fromkeys(
        (
            "job title",
            "jobtitle",
            "title",
            "position",
            "position title",
            "organization title",
            "cargo",
            "puesto",
        ),
        F.TITLE,
    ),
    **dict.fromkeys(("role", "rol", "partnership role", "role in the partnership"), F.ROLE),
    **dict.fromkeys(
        (
            "notes",
            "note",
            "comments",
            "comment",
            "description",
            "about",
            "notas",
            "nota",
            "comentarios",
            "observaciones",
        ),
        F.NOTES,
    ),
    **dict.fromkeys(("side", "lado"), F.SIDE),
    **dict.fromkeys(("uuid", "partnerdesk uuid"), F.UUID),
    # their organization
    **dict.fromkeys(
        (
            "company",
            "company name",
            "organization",
            "organisation",
            "organization name",
            "organisation name",
            "account name",
            "associated company",
            "employer",
            "partner",
            "institution",
            "empresa",
            "organizacion",
            "compania",
            "institucion",
            "entidad",
        ),
        F.ORGANIZATION,
    ),
    **dict.fromkeys(
        (
            "website",
            "web site",
            "web page",
            "webpage",
            "website url",
            "website value",
            "company website",
            "company domain name",
            "homepage",
            "home page",
            "sitio web",
            "pagina web",
            "web",
        ),
        F.WEBSITE,
    ),
    **dict.fromkeys(("industry", "sector", "industria"), F.SECTOR),
    **dict.fromkeys(
        (
            "address",
            "street",
            "street address",
            "business street",
            "business address",
            "mailing street",
            "billing street",
            "address street",
            "direccion",
            "calle",
        ),
        F.ADDRESS,
    ),
    **dict.fromkeys(
        (
            "city",
            "town",
            "business city",
            "mailing city",
            "billing city",
            "address city",
            "ciudad",
            "localidad",
            "poblacion",
            "municipio",
        ),
        F.CITY,
    ),
    **dict.fromkeys(
        (
            "country",
            "country region",
            "business country region",
            "business country",
            "mailing country",
            "billing country",
            "address country",
            "pais",
        ),
        F.COUNTRY,
    ),
    **dict.fromkeys(("kind", "partner kind"), F.KIND),
    **dict.fromkeys(("stage", "partner stage", "etapa"), F.STAGE),
}
# Exports that name a record's kind before each column: "Person - Email - Work" (Pipedrive).
_PREFIXES = ("person ", "contact ", "persona ", "contacto ")
_NUMBER = re.compile(r"\b\d+\b")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def normalized(header: str) -> str:
    """ "E-mail 1 - Value" -> "e mail 1 value"; "Teléfono" -> "telefono"."""
    without_accents = "".join(
        char
        for char in unicodedata.normalize("NFKD", header.casefold())
        if not unicodedata.combining(char)
    )
    return " ".join(_NOT_WORD.sub(" ", without_accents).split())


def guess_field(header: str) -> str:
    """The field a column with this header most likely holds, or SKIP."""
    text = normalized(header)
    for candidate in (text, " ".join(_NUMBER.sub(" ", text).split())):
        if candidate in _HEADERS:
            return _HEADERS[candidate].value
        for prefix in _PREFIXES:
            if candidate.startswith(prefix) and candidate[len(prefix) :] in _HEADERS:
                return _HEADERS[candidate[len(prefix) :]].value
    return SKIP


def header_score(cells: Sequence[str]) -> int:
    """How many cells of a record read as known column names (0 for a data row, mostly)."""
    return sum(1 for cell in cells if cell.strip() and guess_field(cell) != SKIP)


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Header -> field (or SKIP) for every column.

    Outlook writes both "Title" (Mr., Dr.) and "Job Title": where another column holds the
    job title, a bare "Title" is the courtesy title and is skipped.
    """
    mapping = {header: guess_field(header) for header in headers}
    titles = [header for header, field in mapping.items() if field == F.TITLE.value]
    if len(titles) > 1:
        for header in titles:
            if normalized(header) in ("title", "tratamiento"):
                mapping[header] = SKIP
    return mapping
