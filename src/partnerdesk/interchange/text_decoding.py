"""Finding a text file's encoding the way spreadsheets and address books write them.

In order: a byte-order mark (UTF-8, UTF-16 LE/BE as Excel's "Unicode text" writes, UTF-32);
UTF-16 without a mark, told by its zero bytes; then UTF-8; then Windows-1252, the encoding
of Outlook and Excel "CSV" files on Western Windows. A file that is mostly UTF-8 but has a
bad byte is damaged rather than Windows-1252, and is refused with the line of that byte.
"""

import codecs
import re
from dataclasses import dataclass

from partnerdesk.domain.interchange import ImportFileError
from partnerdesk.interchange.import_limits import line_of

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
# A well-formed UTF-8 sequence of two to four bytes.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
SAMPLE_BYTES = 4096


@dataclass(frozen=True)
class DecodedText:
    text: str
    codec: str  # Python's name for it
    label: str  # the name a person knows it by: "UTF-8 with BOM", "Windows-1252"


def decode_text(data: bytes) -> DecodedText:
    """The file's text, or an ImportFileError naming the line that cannot be read."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom) :], codec, label)
    utf16 = _bomless_utf16(data[:SAMPLE_BYTES])
    if utf16:
        return _decoded(data, utf16, utf16.upper().replace("-LE", " LE").replace("-BE", " BE"))
    try:
        return _checked(data.decode("utf-8"), "utf-8", "UTF-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    sequences = len(_UTF8_MULTIBYTE.findall(data))
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    if sequences and sequences >= bad:
        # Mostly UTF-8: a flipped or cut byte, not another encoding.
        raise _undecodable(data, utf8_error, "UTF-8", "while the rest of the file is UTF-8")
    return _decoded(data, "cp1252", "Windows-1252")


def _decoded(data: bytes, codec: str, label: str) -> DecodedText:
    try:
        return _checked(data.decode(codec), codec, label)
    except UnicodeDecodeError as error:
        raise _undecodable(data, error, label, "") from None


def _checked(text: str, codec: str, label: str) -> DecodedText:
    nul = text.find("\x00")
    if nul >= 0:
        raise ImportFileError(
            "contains a NUL character: this is not a text file, or it is in an encoding "
            "PartnerDesk does not read",
            f"line {line_of(text, nul)}",
        )
    return DecodedText(text, codec, label)


def _undecodable(data: bytes, error: UnicodeDecodeError, label: str, why: str) -> ImportFileError:
    before = data[: error.start].decode(error.encoding, errors="replace")
    byte = data[error.start : error.start + 1].hex().upper()
    reason = f"byte 0x{byte} cannot be read as {label}"
    if why:
        reason += f" {why}"
    elif label == "Windows-1252":
        reason += " nor as UTF-8"
    return ImportFileError(
        f"{reason}; save the file again as UTF-8", f"line {line_of(before, len(before))}"
    )


def _bomless_utf16(sample: bytes) -> str:
    """ "utf-16-le" or "utf-16-be" when the sample reads as UTF-16 text without a mark."""
    if len(sample) < 4:
        return ""
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    # Latin text in UTF-16 has a zero in every other byte; binary files have zeros anywhere.
    if odd_zeros > half * 0.4 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.4 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return ""
