"""Reading the files an office brings (issue #11): XLSX, CSV/TSV in any usual encoding, vCard.

Layer: ``app`` (pure Python, no Qt, no database). Every reader streams: memory stays constant
whatever the file's size (openpyxl read-only mode, ``csv`` over a text stream, vCards one card at
a time), so a 100,000-row sheet costs what a 100-row one does.

:func:`open_source` sniffs what it can and returns a :class:`Source` whose ``format``,
``encoding``, ``delimiter`` and ``sheet`` the import screen shows for confirmation (each may be
forced by the caller), whose ``headers`` name the columns and whose :meth:`Source.rows` yields
``(row number in the file, [cell values])``. Values are ``str`` (CSV, vCard) or what Excel stored:
``datetime``, ``int``/``float``, ``bool``, formula results as their cached values.

vCards have no columns, so each card is flattened into the fixed :data:`VCARD_HEADERS` (several
phones of one type are joined with "; "), and the mapping step treats them like any sheet.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import quopri
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app import xlsx_rows
from app.errors import UserError
from app.i18n import translate

#: how many leading rows are inspected to find the header (titles above it are skipped)
HEADER_SCAN_ROWS = 30
SAMPLE_BYTES = 256 * 1024
#: candidate single-byte encodings for files without a BOM that are not UTF-8 (1C, old Excel)
_LEGACY = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "latin_1")
_DELIMITERS = ";,\t|"

csv.field_size_limit(16 * 1024 * 1024)  # a note cell of a few MB is legitimate


@dataclass
class Source:
    path: Path
    format: str  #: "xlsx", "csv" or "vcf"
    headers: list[str]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    #: 1-based row number (in the file or sheet) of the first data row; vCards: the first card is 1
    first_row: int = 1
    #: vCard version(s) seen in the preview (informative)
    note: str = ""

    def rows(self) -> Iterator[tuple[int, list]]:
        """``(row number, values)`` for every data row, padded or cut to ``len(headers)``."""
        if self.format == "xlsx":
            return _xlsx_rows(self)
        if self.format == "csv":
            return _csv_rows(self)
        return _vcf_rows(self)

    def preview(self, n: int = 20) -> list[tuple[int, list]]:
        out = []
        for item in self.rows():
            out.append(item)
            if len(out) >= n:
                break
        return out


def file_format(path: Path) -> str:
    """"xlsx", "csv" or "vcf" from the name, or from the first bytes when the name says nothing."""
    ext = path.suffix.lower()
    if ext in (".xlsx", ".xlsm"):
        return "xlsx"
    if ext in (".vcf", ".vcard"):
        return "vcf"
    if ext in (".csv", ".tsv", ".txt", ".tab"):
        return "csv"
    if ext == ".xls":
        raise UserError(translate("app.imports", "{file}: the old Excel 97-2003 format (.xls) cannot be read; "
                                                 "save it as .xlsx or CSV in Excel and import that.").format(file=path.name))
    with open(path, "rb") as f:
        head = f.read(4096)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if b"BEGIN:VCARD" in head.upper().replace(b"\x00", b""):
        return "vcf"
    return "csv"


def open_source(path: str | Path, *, sheet: str | None = None, encoding: str | None = None,
                delimiter: str | None = None) -> Source:
    """Open ``path`` for reading; the format, encoding, delimiter and header row are sniffed unless
    given. Raises :class:`UserError` with one clear sentence for a missing, empty or unreadable file."""
    path = Path(path)
    if not path.is_file():
        raise UserError(translate("app.imports", "{file}: no such file.").format(file=path))
    if path.stat().st_size == 0:
        raise UserError(translate("app.imports", "{file}: the file is empty.").format(file=path.name))
    fmt = file_format(path)
    try:
        if fmt == "xlsx":
            return _open_xlsx(path, sheet)
        if fmt == "vcf":
            return _open_vcf(path, encoding)
        return _open_csv(path, encoding, delimiter)
    except UserError:
        raise
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, csv.Error, UnicodeError) as exc:
        raise UserError(translate("app.imports", "{file}: cannot read the file ({why}).").format(
            file=path.name, why=str(exc) or type(exc).__name__)) from None


# ---------------------------------------------------------------------------------------------
# header detection (shared by XLSX and CSV)
# ---------------------------------------------------------------------------------------------

def _blank(v) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _find_header(rows: list[list], merges: list[tuple[int, int, int, int]]) -> tuple[list[str], int]:
    """(header names, index in ``rows`` of the first data row).

    The header is the first row with at least two filled cells and at least 60 % of the widest
    row's filled cells (a title line above the table is skipped). Merged cells are filled from
    their top-left cell; a header row with a horizontally merged group cell over a second header
    row ("Contacts" over "Phone" and "E-mail") makes a two-level header: "Contacts / Phone".
    ``merges``: (first row, first col, last row, last col), 0-based within ``rows``.
    """
    grid = [list(r) for r in rows]
    width = max((len(r) for r in grid), default=0)
    for r in grid:
        r.extend([None] * (width - len(r)))
    for r0, c0, r1, c1 in merges:
        if r0 >= len(grid):
            continue
        v = grid[r0][c0] if c0 < width else None
        for i in range(r0, min(r1, len(grid) - 1) + 1):
            for j in range(c0, min(c1, width - 1) + 1):
                if _blank(grid[i][j]):
                    grid[i][j] = v
    filled = [sum(0 if _blank(v) else 1 for v in r) for r in grid]
    most = max(filled, default=0)
    h = 0
    for i, n in enumerate(filled):
        distinct = {str(v).strip() for v in grid[i] if not _blank(v)}
        if n >= 2 and n >= 0.6 * most and len(distinct) >= 2:
            h = i
            break
    header = [("" if _blank(v) else str(v).strip()) for v in grid[h]] if grid else []
    start = h + 1
    group = [m for m in merges if m[0] == h and m[2] == h and m[3] > m[1]]
    if group and h + 1 < len(grid):
        below = grid[h + 1]
        if all(isinstance(v, str) or _blank(v) for v in below) and sum(0 if _blank(v) else 1 for v in below) >= 2:
            header = []
            for top, low in zip(grid[h], below, strict=True):
                parts = [str(x).strip() for x in (top, low) if not _blank(x)]
                if len(parts) == 2 and parts[0] == parts[1]:
                    parts = parts[:1]
                header.append(" / ".join(parts))
            start = h + 2
    # trailing nameless empty columns are not columns
    while header and not header[-1]:
        header.pop()
    seen: dict[str, int] = {}
    out = []
    for j, name in enumerate(header):
        name = " ".join(name.split()) or translate("app.imports", "Column {n}").format(n=j + 1)
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out, start


# ---------------------------------------------------------------------------------------------
# XLSX
# ---------------------------------------------------------------------------------------------

_CELL = re.compile(r"([A-Z]+)(\d+)")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+):([A-Z]+\d+)"')


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _sheet_merges(path: Path, ws) -> list[tuple[int, int, int, int]]:
    """Merged ranges of a sheet (1-based rows, 0-based columns), read from the sheet's XML in
    chunks: openpyxl's read-only mode does not report them, and loading the sheet in full mode to
    learn them would cost the memory that read-only mode saves."""
    part = getattr(ws, "_worksheet_path", None)
    if not part:
        return []
    out = []
    with zipfile.ZipFile(path) as z, z.open(part.lstrip("/")) as f:
        tail = b""
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            buf = tail + chunk
            for m in _MERGE.finditer(buf):
                a, b = _CELL.fullmatch(m.group(1).decode()), _CELL.fullmatch(m.group(2).decode())
                out.append((int(a.group(2)), _col_index(a.group(1)), int(b.group(2)), _col_index(b.group(1))))
            tail = buf[-200:]
            # a match cut by the chunk border is found again in tail+next; drop duplicates below
    return sorted(set(out))


def _open_xlsx(path: Path, sheet: str | None) -> Source:
    import openpyxl

    xlsx_rows.quick_read_only_size()  # no read-through of a sheet without a <dimension>
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        names = wb.sheetnames
        if sheet:
            if sheet not in names:
                if sheet.isdigit() and 1 <= int(sheet) <= len(names):
                    sheet = names[int(sheet) - 1]
                else:
                    raise UserError(translate("app.imports", "{file} has no sheet “{sheet}” (sheets: {names}).").format(
                        file=path.name, sheet=sheet, names=", ".join(names)))
        else:
            sheet = names[0]
        ws = wb[sheet]
        head = []
        for row in ws.iter_rows(min_row=1, max_row=HEADER_SCAN_ROWS, values_only=True):
            head.append(list(row))
        merges = [(r0 - 1, c0, r1 - 1, c1) for r0, c0, r1, c1 in _sheet_merges(path, ws) if r0 <= HEADER_SCAN_ROWS]
    finally:
        wb.close()
    while head and all(_blank(v) for v in head[-1]):
        head.pop()
    if not head:
        raise UserError(translate("app.imports", "Sheet “{sheet}” of {file} is empty.").format(sheet=sheet, file=path.name))
    headers, start = _find_header(head, merges)
    return Source(path=path, format="xlsx", headers=headers, sheet=sheet, sheets=names, first_row=start + 1)


def _xlsx_rows(src: Source) -> Iterator[tuple[int, list]]:
    import openpyxl

    xlsx_rows.quick_read_only_size()  # no read-through of a sheet without a <dimension>
    wb = openpyxl.load_workbook(src.path, read_only=True, data_only=True)
    try:
        ws = wb[src.sheet]
        n = len(src.headers)
        for i, row in enumerate(ws.iter_rows(min_row=src.first_row, values_only=True), start=src.first_row):
            vals = list(row[:n])
            if len(vals) < n:
                vals.extend([None] * (n - len(vals)))
            if all(_blank(v) for v in vals):
                continue
            yield i, vals
    finally:
        wb.close()


# ---------------------------------------------------------------------------------------------
# CSV / TSV
# ---------------------------------------------------------------------------------------------

def sniff_encoding(raw: bytes) -> str:
    """The encoding of a text file from its first bytes: a BOM (UTF-8, UTF-16 as Excel's "Unicode
    text" saves it, UTF-32), then strict UTF-8, then UTF-16 without BOM (every other byte NUL),
    then charset-normalizer among the single-byte Cyrillic and Western code pages."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith(codecs.BOM_UTF32_LE) or raw.startswith(codecs.BOM_UTF32_BE):
        return "utf-32"
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    sample = raw[:SAMPLE_BYTES]
    # UTF-16 without a BOM: every other byte is the high byte of Latin (0x00) or Cyrillic (0x04)
    # characters; no 8-bit text has NUL or EOT bytes in half of its positions
    if len(sample) >= 4:
        def share(part: bytes) -> float:
            return (part.count(0) + part.count(4)) / max(len(part), 1)

        if share(sample[1::2]) > 0.8 and sample[1::2].count(0) + sample[0::2].count(0) > 0:
            return "utf-16-le"
        if share(sample[0::2]) > 0.8 and sample[1::2].count(0) + sample[0::2].count(0) > 0:
            return "utf-16-be"
    try:
        cut = sample
        # the sample may end inside a multi-byte character
        for _ in range(4):
            try:
                cut.decode("utf-8")
                return "utf-8"
            except UnicodeDecodeError as exc:
                if exc.start >= len(cut) - 3 and len(sample) == SAMPLE_BYTES:
                    cut = cut[:exc.start]
                    continue
                raise
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=list(_LEGACY)).best()
    if best is None:
        return "cp1251"
    enc = codecs.lookup(best.encoding).name
    return enc


def _sniff_delimiter(text: str) -> str:
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    if not lines:
        return ","
    try:
        d = csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=_DELIMITERS).delimiter
        if d in _DELIMITERS:
            return d
    except csv.Error:
        pass
    # fallback: the candidate that splits most lines into the same number (> 1) of fields
    best, score = ",", -1.0
    for d in _DELIMITERS:
        counts = [len(next(csv.reader([ln], delimiter=d))) for ln in lines[:20]]
        if max(counts) < 2:
            continue
        same = max(counts.count(c) for c in set(counts)) / len(counts)
        s = same * 10 + min(max(counts), 50) / 50
        if s > score:
            best, score = d, s
    return best


def _open_text(path: Path, encoding: str):
    return open(path, encoding=encoding, newline="", errors="strict")


def _open_csv(path: Path, encoding: str | None, delimiter: str | None) -> Source:
    with open(path, "rb") as f:
        raw = f.read(SAMPLE_BYTES)
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UserError(translate("app.imports", "Unknown encoding “{enc}”.").format(enc=encoding)) from None
    enc = encoding or sniff_encoding(raw)
    if enc == "utf-8" and raw.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"
    text = raw.decode(enc, errors="ignore")
    if delimiter in ("tab", "\\t"):
        delimiter = "\t"
    delim = delimiter or _sniff_delimiter(text)
    head = []
    try:
        with _open_text(path, enc) as f:
            for row in csv.reader(f, delimiter=delim):
                head.append(row)
                if len(head) >= HEADER_SCAN_ROWS:
                    break
    except UnicodeDecodeError:
        raise UserError(translate("app.imports", "{file} is not in the {enc} encoding; choose the file's encoding.").format(
            file=path.name, enc=enc)) from None
    while head and all(_blank(v) for v in head[-1]):
        head.pop()
    if not head:
        raise UserError(translate("app.imports", "{file}: the file is empty.").format(file=path.name))
    headers, start = _find_header(head, [])
    # row numbers count physical records (a quoted cell with line breaks is one record)
    return Source(path=path, format="csv", headers=headers, encoding=enc, delimiter=delim, first_row=start + 1)


def _csv_rows(src: Source) -> Iterator[tuple[int, list]]:
    n = len(src.headers)
    try:
        with _open_text(src.path, src.encoding) as f:
            for i, row in enumerate(csv.reader(f, delimiter=src.delimiter), start=1):
                if i < src.first_row:
                    continue
                vals = row[:n] + [None] * (n - len(row))
                if all(_blank(v) for v in vals):
                    continue
                yield i, vals
    except UnicodeDecodeError as exc:
        raise UserError(translate("app.imports", "{file}: a byte that is not {enc} near position {pos}; choose the "
                                                 "file's encoding.").format(file=src.path.name, enc=src.encoding,
                                                                            pos=exc.start)) from None


def write_csv_rows(path: Path, headers: list[str], rows, *, encoding: str = "utf-8-sig", delimiter: str = ";") -> None:
    """A CSV file Excel opens correctly (BOM, the given delimiter, quotes where needed)."""
    with open(path, "w", encoding=encoding, newline="") as f:
        w = csv.writer(f, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        w.writerow(headers)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


# ---------------------------------------------------------------------------------------------
# vCard 2.1 / 3.0 / 4.0
# ---------------------------------------------------------------------------------------------

VCARD_HEADERS = [
    "Full name", "Last name", "First name", "Middle name", "Organization", "Job title",
    "Mobile phone", "Work phone", "Home phone", "Fax", "Other phone", "E-mail", "Work e-mail", "Home e-mail",
    "Address", "Work address", "Home address", "City", "Region", "Postal code", "Country",
    "Birthday", "Website", "Note",
]
_H = {h: i for i, h in enumerate(VCARD_HEADERS)}


def _open_vcf(path: Path, encoding: str | None) -> Source:
    with open(path, "rb") as f:
        raw = f.read(SAMPLE_BYTES)
    enc = encoding or sniff_encoding(raw)
    versions = sorted(set(re.findall(r"VERSION:\s*([\d.]+)", raw.decode(enc, errors="ignore"), re.IGNORECASE)))
    return Source(path=path, format="vcf", headers=list(VCARD_HEADERS), encoding=enc,
                  note=", ".join(versions))


def _cards(src: Source) -> Iterator[tuple[int, list[str]]]:
    """The lines of each card (``BEGIN:VCARD`` … ``END:VCARD``) with its ordinal, one at a time."""
    n = 0
    lines: list[str] | None = None
    with open(src.path, encoding=src.encoding, errors="replace", newline="") as f:
        for line in f:
            s = line.rstrip("\r\n")
            u = s.strip().upper()
            if u == "BEGIN:VCARD":
                lines = [s.strip()]
            elif lines is not None:
                lines.append(s)
                if u == "END:VCARD":
                    n += 1
                    yield n, lines
                    lines = None


def _unfold(lines: list[str]) -> list[str]:
    """RFC folding (a line starting with a space or tab continues the previous one) and vCard
    2.1's QUOTED-PRINTABLE soft line breaks (a line ending with "=")."""
    out: list[str] = []
    qp_open = False
    for ln in lines:
        if qp_open and out:
            out[-1] = out[-1][:-1] + ln.lstrip(" \t") if out[-1].endswith("=") else out[-1] + ln
        elif ln[:1] in (" ", "\t") and out:
            out[-1] += ln[1:]
        else:
            out.append(ln)
        last = out[-1]
        head = last.split(":", 1)[0].upper()
        qp_open = "QUOTED-PRINTABLE" in head and last.endswith("=")
    return out


def _decode_qp(line: str) -> str:
    """Decode a QUOTED-PRINTABLE property (vCard 2.1) with its CHARSET, leaving a 3.0-style line."""
    name, _, value = line.partition(":")
    params = name.split(";")
    charset = "utf-8"
    keep = []
    for p in params:
        up = p.upper()
        if up in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE"):
            continue
        if up.startswith("CHARSET="):
            charset = p.split("=", 1)[1].strip('"') or "utf-8"
            continue
        keep.append(p)
    try:
        text = quopri.decodestring(value.encode("ascii", errors="replace")).decode(charset, errors="replace")
    except LookupError:
        text = quopri.decodestring(value.encode("ascii", errors="replace")).decode("utf-8", errors="replace")
    # re-escape for the 3.0 parser: line breaks, backslashes and commas are escaped in 3.0 text;
    # a structured value (N, ADR, ORG) keeps its ";" separators, any other escapes them too
    text = text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n").replace(",", "\\,")
    if keep[0].split(".")[-1].upper() not in ("N", "ADR", "ORG"):
        text = text.replace(";", "\\;")
    return ";".join(keep) + ":" + text


def _normalise_card(lines: list[str]) -> str:
    out = []
    for ln in _unfold(lines):
        head = ln.split(":", 1)[0]
        up = head.upper()
        if up.startswith("PHOTO") or up.startswith("LOGO") or up.startswith("SOUND") or up.startswith("KEY"):
            continue  # binary payloads are not imported
        if "QUOTED-PRINTABLE" in up:
            ln = _decode_qp(ln)
        else:
            # vCard 2.1 CHARSET= on 8-bit text: the file was decoded with the sniffed encoding
            parts = head.split(";")
            parts = [p for p in parts if not p.upper().startswith("CHARSET=")]
            # 2.1 bare type parameters ("TEL;CELL;VOICE:") -> 3.0 TYPE= form
            fixed = [parts[0]] + [p if "=" in p else f"TYPE={p}" for p in parts[1:]]
            ln = ";".join(fixed) + ln[len(head):]
        if up.startswith("VERSION"):
            ln = "VERSION:3.0"
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


def _types(prop) -> set[str]:
    t = set()
    for v in prop.params.get("TYPE", []):
        for x in str(v).split(","):
            t.add(x.strip().upper())
    return t


def _text(v) -> str:
    if isinstance(v, (list, tuple)):
        return " ".join(str(x) for x in v if x)
    return str(v or "").strip()


def _add(row: list, col: str, value: str) -> None:
    value = (value or "").strip()
    if not value:
        return
    i = _H[col]
    row[i] = value if not row[i] else f"{row[i]}; {value}"


def card_to_row(lines: list[str]) -> list:
    """One vCard (its raw lines) as a row of :data:`VCARD_HEADERS`. Raises ValueError if unreadable."""
    import vobject

    card = vobject.readOne(_normalise_card(lines), ignoreUnreadable=True)
    row: list = [None] * len(VCARD_HEADERS)
    c = card.contents
    if "fn" in c:
        _add(row, "Full name", _text(c["fn"][0].value))
    if "n" in c:
        n = c["n"][0].value
        _add(row, "Last name", _text(getattr(n, "family", "")))
        _add(row, "First name", _text(getattr(n, "given", "")))
        _add(row, "Middle name", _text(getattr(n, "additional", "")))
        if not row[_H["Full name"]]:
            _add(row, "Full name", " ".join(x for x in (row[_H["First name"]], row[_H["Middle name"]],
                                                       row[_H["Last name"]]) if x))
    if "org" in c:
        org = c["org"][0].value
        _add(row, "Organization", _text(org[0] if isinstance(org, list) and org else org))
    if "title" in c:
        _add(row, "Job title", _text(c["title"][0].value))
    for p in c.get("tel", []):
        t = _types(p)
        value = _text(p.value)
        if value.lower().startswith("tel:"):
            value = value[4:]
        m = re.search(r";ext=(\d+)", value, re.IGNORECASE)  # RFC 3966 extension
        if m:
            value = value[:m.start()] + " ext. " + m.group(1)
        col = ("Fax" if "FAX" in t else "Mobile phone" if ("CELL" in t or "MOBILE" in t) else
               "Work phone" if "WORK" in t else "Home phone" if "HOME" in t else "Other phone")
        _add(row, col, value)
    for p in c.get("email", []):
        t = _types(p)
        _add(row, "Work e-mail" if "WORK" in t else "Home e-mail" if "HOME" in t else "E-mail", _text(p.value))
    for p in c.get("adr", []):
        a = p.value
        t = _types(p)
        street = ", ".join(x for x in (_text(getattr(a, "street", "")), _text(getattr(a, "extended", ""))) if x)
        _add(row, "Work address" if "WORK" in t else "Home address" if "HOME" in t else "Address", street)
        if not row[_H["City"]]:
            _add(row, "City", _text(getattr(a, "city", "")))
            _add(row, "Region", _text(getattr(a, "region", "")))
            _add(row, "Postal code", _text(getattr(a, "code", "")))
            _add(row, "Country", _text(getattr(a, "country", "")))
    no_year = None
    if "bday" in c:
        b = _text(c["bday"][0].value)
        if b.startswith("--"):
            no_year = b  # a birthday without a year cannot be a date: it goes to the note, not lost
        else:
            _add(row, "Birthday", b)
    if "url" in c:
        _add(row, "Website", _text(c["url"][0].value))
    notes = [_text(p.value) for p in c.get("note", [])]
    if no_year:
        notes.append(translate("app.imports", "Birthday: {date}").format(date=no_year))
    if notes:
        row[_H["Note"]] = "\n".join(n for n in notes if n)
    return row


def _vcf_rows(src: Source) -> Iterator[tuple[int, list]]:
    for n, lines in _cards(src):
        try:
            yield n, card_to_row(lines)
        except Exception as exc:  # vobject raises its own ParseError and friends
            # an unreadable card is a failed row, not the end of the import
            row: list = [None] * len(VCARD_HEADERS)
            row[_H["Note"]] = f"\x00unreadable vCard: {exc}"
            yield n, row


def parse_date(value, *, day_first: bool = True) -> dt.date | dt.datetime | None:
    """A date or date-time from an Excel cell or text: ``datetime``/``date`` as they are, Excel
    serial numbers, ISO ``2017-03-01[ 10:00]``, Russian ``01.03.2017``, ``01/03/2017`` (day first
    unless ``day_first`` is False), vCard's ``19800131`` and ``--0131``. Raises ValueError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel serial date (1900 system)
            base = dt.datetime(1899, 12, 30) + dt.timedelta(days=float(value))
            return base.replace(microsecond=0) if value % 1 else base.date()
        raise ValueError(str(value))
    s = str(value).strip()
    m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?.*)?", s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m.group(4):
            return dt.datetime(y, mo, d, int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))
        return dt.date(y, mo, d)
    m = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?:\s*г\.?)?(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?", s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if y < 100:
            y += 2000 if y < 70 else 1900
        if m.group(2) == "/" and not day_first:
            a, b = b, a
        if b > 12 and a <= 12:  # 12/31/2017 is unambiguous
            a, b = b, a
        if m.group(5):
            return dt.datetime(y, b, a, int(m.group(5)), int(m.group(6)), int(m.group(7) or 0))
        return dt.date(y, b, a)
    m = re.fullmatch(r"--(\d{2})-?(\d{2})", s)  # vCard birthday without a year
    if m:
        raise ValueError(s)
    raise ValueError(s)


def as_text(value) -> str:
    """A cell as the text a user typed: numbers without a trailing ``.0``, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def read_text(path: Path) -> str:
    """A small text file (a mapping JSON) in whatever encoding it was saved."""
    raw = path.read_bytes()
    return raw.decode(sniff_encoding(raw))


__all__ = ["Source", "VCARD_HEADERS", "as_text", "card_to_row", "file_format", "open_source", "parse_date",
           "read_text", "sniff_encoding", "write_csv_rows"]
