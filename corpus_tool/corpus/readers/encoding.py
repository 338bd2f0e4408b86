"""Bytes → text for every text reader (plain text, Markdown, HTML, JSON), and mojibake repair
decided per document from evidence.

Decoding: a byte-order mark decides first (UTF-32 before UTF-16, whose BOM is a prefix of
UTF-32-LE's; then UTF-8), then BOM-less UTF-16 recognised by its NUL bytes at every other
position, then a charset the file declares (HTML `<meta charset>`), then UTF-8, then
Windows-1252 with a warning. NUL bytes in anything else mean binary data.

Repair: `ftfy` fixes mojibake (`â€œ` → `“`) and text decoded with the wrong single-byte code
page, but only when the document shows evidence of it — a share of ftfy's "badness" sequences
above `MIN_BAD_SHARE`, or a PDF font whose encoding is known to be mis-mapped (see pdf.py) —
so correct text, including the reference corpus, is never "repaired".
"""
from __future__ import annotations

import codecs
import unicodedata

import ftfy
from ftfy.badness import badness

BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
MIN_BAD_SHARE = 1 / 2000          # badness sequences per character before a document is repaired
MIN_BAD = 3                       # …and at least this many of them
FTFY_CONFIG = ftfy.TextFixerConfig(unescape_html=False, fix_latin_ligatures=False,
                                   fix_character_width=False, uncurl_quotes=False,
                                   fix_line_breaks=False, normalization=None,
                                   remove_terminal_escapes=False, explain=False)


def sniff_bom(data: bytes) -> tuple[str, str, int] | None:
    """(codec, name, BOM length) when `data` starts with a byte-order mark."""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            return codec, name, len(bom)
    return None


def sniff_utf16(sample: bytes) -> str | None:
    """The codec of BOM-less UTF-16 text: mostly-ASCII text has a NUL at every other byte."""
    if len(sample) < 16 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 16:
        return None
    even = sample[0::2].count(0) / (len(sample) // 2)
    odd = sample[1::2].count(0) / (len(sample) // 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str | None]:
    """(text, note): `note` names a fallback encoding that was used, for the caller's warning.
    Binary data comes back with its NUL characters in (the caller refuses it)."""
    if bom := sniff_bom(data):
        codec, _name, n = bom
        return data[n:].decode(codec, errors="replace"), None
    if codec16 := sniff_utf16(data[:4096]):
        return data.decode(codec16, errors="replace"), None
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(declared), None
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        where = f"{e.reason} at byte {e.start}"
    try:
        return data.decode("cp1252"), f"not UTF-8 ({where}); decoded as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"not UTF-8 ({where}); decoded as Latin-1"



def mojibake_share(text: str) -> tuple[int, float]:
    """(count, share per character) of ftfy's mojibake sequences in `text`."""
    if not text:
        return 0, 0.0
    n = badness(text)
    return n, n / len(text)


def needs_repair(text: str) -> bool:
    """Evidence that `text` as a whole is mojibake: enough of ftfy's bad sequences."""
    n, share = mojibake_share(text)
    return n >= MIN_BAD and share >= MIN_BAD_SHARE


def repair_text(text: str) -> str:
    """ftfy's encoding repair, without its cosmetic changes (quotes, widths, ligatures,
    normalisation stay as they are)."""
    return ftfy.fix_text(text, FTFY_CONFIG)


def repair_if_needed(text: str) -> tuple[str, str | None]:
    """(text, note): repaired when the document shows evidence of mojibake and the repair
    removed most of it, or of a code-page mix-up; `note` says what was done."""
    if not needs_repair(text):
        return repair_codepage(text)
    fixed = repair_text(text)
    before, after = badness(text), badness(fixed)
    if fixed == text or after * 2 > before:
        return text, None
    return fixed, f"mojibake repaired with ftfy ({before} suspicious sequences, {after} left)"


# Text whose typographic punctuation was decoded with the wrong single-byte code page: the
# bytes of Windows-1252's quotes and dashes read as Mac OS Roman come out as letters
# (“all their lands.” → ìall their lands.î, 03–855 → 03ñ855). ftfy does not see these (they
# look like plausible accented letters), so the evidence is the text's own: accented letters
# where no letter can stand (after a full stop, next to a digit), no real typographic
# punctuation anywhere, and a re-decoding that turns them all into punctuation.
CODEPAGE_MIXUPS = (("mac_roman", "cp1252"),)
MIN_MIXUPS = 3
TYPOGRAPHIC = set("“”‘’–—…§")


def _no_letter_there(text: str, i: int) -> bool:
    """A letter cannot stand here: right after a sentence mark or a digit (`lands.î`,
    `03ñ855`), or right before a digit."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in ".,;:!?)" or before.isdigit() or after.isdigit()


def repair_codepage(text: str) -> tuple[str, str | None]:
    """(text, note): typographic punctuation restored when the whole text shows the evidence
    of a code-page mix-up (see CODEPAGE_MIXUPS); otherwise the text unchanged."""
    table, note = codepage_table(text)
    return (text.translate(table), note) if table else (text, None)


def codepage_table(text: str) -> tuple[dict[int, str] | None, str | None]:
    """(translation table, note) that undoes a code-page mix-up `text` shows evidence of,
    or (None, None); decided on a whole document, applied to each of its pieces."""
    if TYPOGRAPHIC & set(text):
        return None, None
    odd = [i for i, ch in enumerate(text) if ord(ch) > 127]
    if len(odd) < MIN_MIXUPS:
        return None, None
    for wrong, right in CODEPAGE_MIXUPS:
        try:
            fixed = {text[i]: text[i].encode(wrong).decode(right) for i in odd}
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        punct = [i for i in odd if unicodedata.category(fixed[text[i]])[0] in "PS"]
        misplaced = sum(_no_letter_there(text, i) for i in punct)
        if len(punct) >= 0.9 * len(odd) and misplaced >= max(MIN_MIXUPS, 0.2 * len(odd)):
            return str.maketrans(fixed), (f"{len(odd)} characters read with the wrong code "
                                          f"page ({right} read as {wrong}) restored")
    return None, None
