#!/usr/bin/env python3
"""The peers of the ingest workload of bench/run: pdfplumber and PyMuPDF table extraction.

usage: ingest-baseline.py [--runs N] [--fixtures DIR]... REPORT.pdf...

For each PDF, its fixture is DIR/<stem>.tsv (Tests/Fixtures/shanghai-putuo/ by default; several
--fixtures are searched in order), in the format of Tests/Fixtures/shanghai-putuo/README.md: one line per cell of the nine
tables, checked by eye against the rendered pages. The TABLE PAGES of a PDF are the pages its
fixture has rows on; each peer is run on exactly those pages.

Timing (time.perf_counter, N runs per peer, default 3): one run opens the PDF and extracts every
table of every table page, cells included, as a user of the library would:
  pdfplumber  pdfplumber.open(pdf); page.extract_tables()            (default settings: ruled lines)
  PyMuPDF     pymupdf.open(pdf); [t.extract() for t in page.find_tables().tables]  (defaults)
A run's seconds are divided by the number of table pages; the fastest and the median run are
reported per PDF and over all PDFs together (the run's total time over the total pages).

Cell accuracy: the same extraction (the last run's) against the fixture. A fixture cell is
RECOVERED when some table the peer found on the cell's page has a row matching the fixture row
whose value cell at the cell's position holds the same value:
  - row match, by label or by code (whitespace removed everywhere, since the peers keep the
    printed line wraps): a peer cell equal to the label (or to code+label) is the row's label
    cell; failing that, one to three consecutive peer cells whose texts joined equal the code
    (类/款/项 printed in three columns, empty trailing code cells included), and the cell after
    them is the label cell. Of two anchors in one row (the two sides of a two-sided table), the
    left side (收入, 人员经费) takes the first and the right side the last. A fixture row with
    neither code nor label (the “三公” table's single row) may match any peer row.
  - position: the value cells are the cells after the label cell, skipping None (the placeholder
    both libraries put where a merged cell spans several grid cells, e.g. a 合计 label spanning
    the code columns); the k-th value column of the fixture row (k-th on its side) is the k-th of
    those. A row without label and code takes the row's last cells instead.
  - value: Decimal-equal after removing thousands separators and whitespace ((3.00) = -3.00);
    a blank fixture cell is recovered by an empty string, or by the text of its own column's
    header (the template's fund tables print the sub-headers 合计/基本支出/项目支出 on the 合计
    row); text that is not a number is only equal to the same text.
  - when several peer rows match, the one recovering most cells of the fixture row counts (the
    most favourable reading for the peer). Cells of a row the peer did not find are not recovered.
Accuracy = recovered / fixture cells; it is also given over the non-blank fixture cells alone,
since blank cells are most of the fixture and are easy to recover once the row is found.

Prints one JSON object per peer on stdout (a line each): the seconds per page, fastest and
median, overall and per PDF; cells correct / total and accuracy, overall, non-blank and per PDF.
A peer that is not installed gives {"peer": …, "error": "not installed"}. Exit status 2 when an
argument is wrong or no PDF has a fixture.
"""
import csv
import json
import os
import statistics
import sys
import time
from decimal import Decimal, InvalidOperation

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FIXTURES = os.path.join(REPO, "Tests", "Fixtures", "shanghai-putuo")
LEFT_SIDES = ("", "收入", "人员经费")


# ---- fixtures ---------------------------------------------------------------------------------

class FixtureRow:
    def __init__(self, table, page, side, code, label):
        self.table, self.page, self.side, self.code, self.label = table, page, side, code, label
        self.values = []  # (column, value) in printed order


def read_fixture(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        if next(reader, None) != ["table", "page", "side", "code", "label", "column", "value"]:
            raise ValueError(f"{path}: not a table fixture (Tests/Fixtures/shanghai-putuo/README.md)")
        for fields in reader:
            table, page, side, code, label, column, value = fields
            key = (table, int(page), side, code, label)
            last = rows[-1] if rows else None
            if last is None or (last.table, last.page, last.side, last.code, last.label) != key \
                    or any(c == column for c, _ in last.values):
                last = FixtureRow(*key)
                rows.append(last)
            last.values.append((column, value))
    return rows


def find_fixture(pdf, directories):
    stem = os.path.splitext(os.path.basename(pdf))[0]
    for directory in directories:
        path = os.path.join(directory, stem + ".tsv")
        if os.path.exists(path):
            return path
    return None


# ---- the peers --------------------------------------------------------------------------------

def pdfplumber_tables(pdf, pages):
    import pdfplumber
    with pdfplumber.open(pdf) as document:
        return {p: document.pages[p - 1].extract_tables() for p in pages}


def pymupdf_tables(pdf, pages):
    import pymupdf
    with pymupdf.open(pdf) as document:
        return {p: [t.extract() for t in document[p - 1].find_tables().tables] for p in pages}


def pdfplumber_version():
    import pdfplumber
    return pdfplumber.__version__


def pymupdf_version():
    import pymupdf
    return f"{pymupdf.__version__} (MuPDF {pymupdf.VersionFitz})"


PEERS = (
    ("pdfplumber extract_tables", "pdfplumber", pdfplumber_tables, pdfplumber_version),
    ("PyMuPDF find_tables", "pymupdf", pymupdf_tables, pymupdf_version),
)


# ---- matching ---------------------------------------------------------------------------------

def norm(text):
    return "" if text is None else "".join(str(text).split())


def number(text):
    raw = norm(text).replace(",", "")
    negative = raw.startswith("(") and raw.endswith(")")
    if negative:
        raw = raw[1:-1]
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    return -value if negative else value


def same_value(expected, got):
    if expected == "":
        return norm(got) == ""
    want, have = number(expected), number(got)
    if want is not None and have is not None:
        return want == have
    return norm(expected) == norm(got)


def label_anchors(cells, row):
    """Indices of the row's label cell in a peer row: by label, else by code."""
    texts = [norm(c) for c in cells]
    if row.label:
        found = [i for i, t in enumerate(texts) if t in (row.label, row.code + row.label)]
        if found:
            return found
    if not row.code:
        return []
    found = []
    for start, text in enumerate(texts):
        if not text or not row.code.startswith(text):
            continue
        end = None
        for width in range(1, 4):
            if start + width <= len(texts) and "".join(texts[start:start + width]) == row.code:
                end = start + width
        if end is not None and end < len(texts):
            found.append(end)
    return found


def value_cells(cells, anchor, count):
    if anchor is None:
        present = [c for c in cells if c is not None]
        return present[-count:] if count else []
    return [c for c in cells[anchor + 1:] if c is not None][:count]


def hits_in(cells, row):
    """For each value of the fixture row, whether this peer row recovers it; None when the peer
    row does not match the fixture row."""
    anchor = None
    if row.label or row.code:
        anchors = label_anchors(cells, row)
        if not anchors:
            return None
        anchor = anchors[0] if row.side in LEFT_SIDES else anchors[-1]
    got = value_cells(cells, anchor, len(row.values))
    got += [None] * (len(row.values) - len(got))  # no cell there: nothing recovered
    return [have is not None and (same_value(want, have) or want == "" and is_header(column, have))
            for (column, want), have in zip(row.values, got)]


def is_header(column, text):
    """The template's fund tables print the 本年支出 sub-headers (合计, 基本支出, 项目支出) on the
    合计 row itself: a peer cell holding its own column's header text holds no value."""
    return norm(text) == column.split("·")[-1]


def score(fixture, tables_by_page):
    correct = nonblank_correct = nonblank_total = total = 0
    for row in fixture:
        best = [False] * len(row.values)
        for table in tables_by_page.get(row.page, []):
            for cells in table:
                hits = hits_in(cells, row)
                if hits is not None and sum(hits) > sum(best):
                    best = hits
        total += len(best)
        correct += sum(best)
        for (_, value), hit in zip(row.values, best):
            if value != "":
                nonblank_total += 1
                nonblank_correct += hit
    return dict(cells_correct=correct, cells_total=total, nonblank_correct=nonblank_correct,
                nonblank_total=nonblank_total)


# ---- the run ----------------------------------------------------------------------------------

def seconds_per_page(run_seconds, pages):
    per_page = [s / pages for s in run_seconds]
    return {"fastest": min(per_page), "median": statistics.median(per_page)}


def measure(peer, extract, version, documents, runs):
    name, module = peer
    try:
        __import__(module)
    except ImportError:
        return {"peer": name, "error": "not installed"}
    per_pdf, totals = [], [0.0] * runs
    counts = dict(cells_correct=0, cells_total=0, nonblank_correct=0, nonblank_total=0)
    for pdf, fixture in documents:
        pages = sorted({r.page for r in fixture})
        seconds = []
        for run in range(runs):
            start = time.perf_counter()
            tables = extract(pdf, pages)
            seconds.append(time.perf_counter() - start)
            totals[run] += seconds[-1]
        result = score(fixture, tables)
        for key in counts:
            counts[key] += result[key]
        per_pdf.append(dict(pdf=os.path.basename(pdf), table_pages=len(pages),
                            seconds_per_page=seconds_per_page(seconds, len(pages)),
                            accuracy=result["cells_correct"] / result["cells_total"], **result))
    pages = sum(p["table_pages"] for p in per_pdf)
    return dict(peer=name, version=version(), runs=runs, table_pages=pages,
                seconds_per_page=seconds_per_page(totals, pages),
                accuracy=counts["cells_correct"] / counts["cells_total"],
                nonblank_accuracy=counts["nonblank_correct"] / max(counts["nonblank_total"], 1),
                **counts, pdfs=per_pdf)


def parse_arguments(argv):
    runs, directories, pdfs = 3, [], []
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--runs":
            runs = int(next(arguments, "0"))
        elif argument == "--fixtures":
            directories.append(next(arguments, ""))
        elif argument.startswith("--"):
            raise ValueError(f"unknown option {argument}")
        else:
            pdfs.append(argument)
    if runs < 1 or not pdfs:
        raise ValueError("usage: ingest-baseline.py [--runs N] [--fixtures DIR]... REPORT.pdf...")
    return runs, directories or [DEFAULT_FIXTURES], pdfs


def main(argv):
    try:
        runs, directories, pdfs = parse_arguments(argv)
        documents = []
        for pdf in pdfs:
            if not os.path.exists(pdf):
                raise ValueError(f"{pdf}: no such file")
            path = find_fixture(pdf, directories)
            if path is None:
                print(f"ingest-baseline: {pdf}: no fixture in {', '.join(directories)}; skipped",
                      file=sys.stderr)
                continue
            documents.append((pdf, read_fixture(path)))
        if not documents:
            raise ValueError("no PDF has a fixture")
    except ValueError as error:
        print(f"ingest-baseline: {error}", file=sys.stderr)
        return 2
    for name, module, extract, version in PEERS:
        print(json.dumps(measure((name, module), extract, version, documents, runs),
                         ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
