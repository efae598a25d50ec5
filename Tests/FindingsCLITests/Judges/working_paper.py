#!/usr/bin/env python3
"""Judges an `audit findings --format csv|xlsx` export against `audit findings --format json`
of the same ref and the stored text (`audit show`): computes every expected cell from those
alone and compares it with the cell the spreadsheet reader (Python's csv, openpyxl) reads.
Prints one line per mismatch and exits 1 when there is any; prints the row count otherwise."""
import csv, io, json, sys
from decimal import Decimal, ROUND_HALF_UP

COLUMNS = ["id", "department", "year", "revision", "rule", "level", "page", "line", "quoted text", "message",
           "expected", "actual", "difference", "baseline state", "triage status", "reviewer", "reason"]


def printed_places(printed):
    if "." not in printed:
        return 0
    tail = printed.split(".", 1)[1]
    count = 0
    while count < len(tail) and tail[count].isdigit() and tail[count].isascii():
        count += 1
    return count


def number(quantity):
    if quantity is None:
        return None
    return Decimal(quantity["value"]).quantize(Decimal(1).scaleb(-printed_places(quantity["printed"])), rounding=ROUND_HALF_UP)


def expected_rows(document, text):
    lines = text.split("\n")
    label = document["subject"]["label"]
    version = label.rsplit("@", 1)[0]
    department = version.rsplit("/", 1)[0] if "/" in version else None
    last = version.rsplit("/", 1)[-1]
    year = int(last) if len(last) == 4 and last.isdigit() and last.isascii() else None
    is_pdf = "originalURI" in document["subject"]
    reviews = document.get("reviews", {})
    rows = []
    for finding in document["findings"]:
        review = reviews.get(finding["fingerprint"], {})
        suppression = review.get("suppression") or {}
        span = finding["locations"][0].get("span") if finding["locations"] else None
        # A line's page is 1 + the form feeds before it (a form feed opens each page after the first).
        page = 1 + "\n".join(lines[:span["startLine"]]).count("\f") if span and is_pdf else None
        quoted = "\n".join(lines[n - 1].strip().strip("\f").strip() for n in range(span["startLine"], span["endLine"] + 1)) if span else None
        evidence = finding.get("evidence") or {}
        rows.append([
            finding["fingerprint"][:10], department, year, label, finding["ruleID"], finding["level"], page,
            span["startLine"] if span else None, quoted, finding["message"],
            number(evidence.get("expected")), number(evidence.get("actual")), number(evidence.get("difference")),
            review.get("baselineState"), suppression.get("decision"), suppression.get("reviewer"), suppression.get("justification"),
        ])
    return rows


def shown(text):
    """Control characters other than line feed and tab as a terminal shows them: ␛ for ESC."""
    def symbol(c):
        code = ord(c)
        if code < 0x20 and c not in "\n\t":
            return chr(0x2400 + code)
        if code == 0x7F:
            return "\u2421"
        if 0x80 <= code <= 0x9F:
            return f"<U+{code:04X}>"
        return c
    return "".join(symbol(c) for c in text)


def csv_text(value):
    """What the CSV must hold for a cell: text a spreadsheet would evaluate gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = shown(value)
        return "'" + value if value[:1] in ("=", "+", "-", "@", "\t") else value
    return str(value)


def read_csv(path):
    raw = open(path, "rb").read()
    problems = [] if raw.startswith(b"\xef\xbb\xbf") else ["no UTF-8 byte-order mark"]
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    return rows, problems


def compare_csv(path, expected):
    rows, problems = read_csv(path)
    if rows[0] != COLUMNS:
        problems.append(f"header {rows[0]}")
    for index, (want, got) in enumerate(zip(expected, rows[1:]), start=2):
        for column, (w, g) in enumerate(zip(want, got)):
            same = Decimal(g) == w if isinstance(w, Decimal) and g else csv_text(w) == g
            if not same:
                problems.append(f"row {index} {COLUMNS[column]}: expected {csv_text(w)!r}, read {g!r}")
    return rows[1:], problems


def compare_xlsx(path, expected):
    import openpyxl
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    problems = []
    if rows[0] != COLUMNS:
        problems.append(f"header {rows[0]}")
    if not all(cell.font.b for cell in sheet[1]):
        problems.append("header not bold")
    if sheet.freeze_panes != "A2":
        problems.append(f"frozen panes {sheet.freeze_panes}")
    if sheet.auto_filter.ref != f"A1:Q{len(rows)}":
        problems.append(f"filter {sheet.auto_filter.ref}")
    if any(not sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJKLMNOPQ"):
        problems.append("a column without a width")
    for index, (want, got) in enumerate(zip(expected, rows[1:]), start=2):
        for column, (w, g) in enumerate(zip(want, got)):
            if isinstance(w, Decimal):
                same = isinstance(g, (int, float)) and g == float(w)
            elif isinstance(w, int):
                same = type(g) is int and g == w
            else:
                same = (shown(w) if isinstance(w, str) else w) == g
            if not same:
                problems.append(f"row {index} {COLUMNS[column]}: expected {w!r}, read {g!r}")
    return rows[1:], problems


def main():
    kind, export, document_path, text_path = sys.argv[1:5]
    document = json.load(open(document_path, encoding="utf-8"))
    text = open(text_path, encoding="utf-8", newline="").read()
    expected = expected_rows(document, text)
    read, problems = (compare_csv if kind == "csv" else compare_xlsx)(export, expected)
    if len(read) != len(expected):
        problems.append(f"{len(read)} rows, {len(expected)} findings")
    for problem in problems:
        print(problem)
    if problems:
        sys.exit(1)
    print(f"{len(read)} rows")


main()
