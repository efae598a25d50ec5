#!/usr/bin/env python3
"""Check the accounting identities of docs/report-format.md on a table fixture (the format of README.md beside it).

usage: check_identities.py FIXTURE.tsv [--quiet]

Prints one line per identity checked:
  ok        the printed figures agree exactly;
  rounding  they differ by no more than the rounding bound (a rounding note, not an error);
  FAIL      they differ by more than the bound: a transcription typo or a defect of the report.
The arithmetic is shown on every line. --quiet prints only rounding and FAIL lines (and the tally).
Exit status: 0 when nothing fails, 1 when an identity fails, 2 on unreadable input.

Amounts are decimal.Decimal, never float. A printed value with d decimals stands for
[v - ½·10⁻ᵈ, v + ½·10⁻ᵈ]; a blank cell is exactly 0. An identity Σ left = Σ right holds when
|Σ left − Σ right| ≤ the sum of the half-units of every printed term (the XBRL Calculations 1.1
rule of docs/report-format.md: Σ children's half-units + the total's half-unit). An inequality a ≤ b holds when
a − b ≤ half(a) + half(b).

Tables are recognised by title keywords, not by number, so the same script reads the three
Shanghai fixtures (and the aliases 财政拨款收支决算总表 / …支出决算明细表).
"""
import csv
import sys
from decimal import Decimal, InvalidOperation

FUNDS = ("一般公共预算", "政府性基金", "国有资本经营")
CHINESE_ORDINALS = "一二三"


class Amount:
    """A printed figure: its exact value and the half-unit of its last printed digit."""

    def __init__(self, text):
        self.text = text
        raw = text.replace(",", "").strip()
        negative = raw.startswith("(") and raw.endswith(")")
        if negative:
            raw = raw[1:-1]
        if raw == "":
            self.value, self.half = Decimal(0), Decimal(0)
            return
        value = Decimal(raw)
        if not value.is_finite():
            raise InvalidOperation(text)
        self.value = -value if negative else value
        exponent = value.as_tuple().exponent
        self.half = Decimal(5) * Decimal(10) ** (exponent - 1)

    def shown(self):
        return self.text if self.text else "(blank)"


class Row:
    def __init__(self, table, page, side, code, label):
        self.table, self.page, self.side, self.code, self.label = table, page, side, code, label
        self.cells = {}  # column -> Amount, in printed order

    def name(self):
        where = "/".join(x for x in (self.side, self.code, self.label) if x)
        return f"{self.table} p{self.page} {where or '(row)'}"

    def column(self, *keywords):
        """The first column whose header contains every keyword, or None."""
        for header in self.cells:
            if all(k in header for k in keywords):
                return header
        return None


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        header = next(reader, None)
        if header != ["table", "page", "side", "code", "label", "column", "value"]:
            raise ValueError(f"{path}: the first line is not the fixture header of README.md")
        for number, fields in enumerate(reader, start=2):
            if len(fields) != 7:
                raise ValueError(f"{path}:{number}: {len(fields)} fields, expected 7")
            table, page, side, code, label, column, value = fields
            try:
                amount = Amount(value)
            except InvalidOperation:
                raise ValueError(f"{path}:{number}: value {value!r} is not a number")
            key = (table, page, side, code, label)
            last = rows[-1] if rows else None
            if last is None or (last.table, last.page, last.side, last.code, last.label) != key \
                    or column in last.cells:
                last = Row(*key)
                rows.append(last)
            last.cells[column] = amount
    return rows


class Report:
    def __init__(self, quiet):
        self.quiet = quiet
        self.tally = {"ok": 0, "rounding": 0, "FAIL": 0}
        self.failures = []

    def equal(self, what, left, right):
        """left and right: lists of (name, Amount); checks Σ left = Σ right."""
        terms = left + right
        difference = sum(a.value for _, a in left) - sum(a.value for _, a in right)
        bound = sum(a.half for _, a in terms)
        arithmetic = f"{self.render(left)} vs {self.render(right)}: |Δ| = {abs(difference)}"
        if difference == 0:
            self.emit("ok", what, arithmetic)
        elif abs(difference) <= bound:
            self.emit("rounding", what, f"{arithmetic} ≤ bound {bound}")
        else:
            self.emit("FAIL", what, f"{arithmetic} > bound {bound}")

    def at_most(self, what, small, large):
        excess = small[1].value - large[1].value
        bound = small[1].half + large[1].half
        arithmetic = f"{small[0]} {small[1].shown()} ≤ {large[0]} {large[1].shown()}"
        if excess <= 0:
            self.emit("ok", what, arithmetic)
        elif excess <= bound:
            self.emit("rounding", what, f"{arithmetic}: excess {excess} ≤ bound {bound}")
        else:
            self.emit("FAIL", what, f"{arithmetic}: excess {excess} > bound {bound}")

    def skip(self, what, why):
        if not self.quiet:
            print(f"skip      {what}: {why}")

    @staticmethod
    def render(terms):
        total = sum(a.value for _, a in terms)
        if len(terms) == 1:
            return f"{terms[0][0]} {terms[0][1].shown()}"
        parts = " + ".join(f"{n} {a.shown()}" for n, a in terms)
        return f"[{parts}] = {total}"

    def emit(self, status, what, arithmetic):
        self.tally[status] += 1
        line = f"{status:<9} {what}: {arithmetic}"
        if status == "FAIL":
            self.failures.append(line)
        if status != "ok" or not self.quiet:
            print(line)


def kind_of(title):
    """The table's role by its title (docs/report-format.md: recognise tables by title, not number)."""
    if "三公" in title:
        return "sangong"
    if "政府性基金预算" in title:
        return "fund-gov"
    if "国有资本经营预算" in title:
        return "fund-soe"
    if "基本支出" in title:
        return "basic"
    if "一般公共预算财政拨款支出" in title:
        return "gpb"
    if "财政拨款收入支出决算总表" in title or "财政拨款收支决算总表" in title:
        return "fiscal-summary"
    if "收入支出决算总表" in title or "收支决算总表" in title:
        return "summary"
    if "收入决算表" in title:
        return "income"
    if "支出决算表" in title:
        return "spending"
    return None


def by_kind(rows):
    tables = {}
    for row in rows:
        tables.setdefault(kind_of(row.table), []).append(row)
    return tables


def is_total(row):
    return not row.code and row.label in ("合计", "总计") or row.label.endswith("经费合计")


def cell(row, column):
    key = row.code or row.label
    return (f"{key}·{column}" if key else column, row.cells[column])


def leaf_column(row, keyword, kind):
    """The 预算数/决算数 column whose lowest header above it contains keyword (“三公” table):
    so that 运行 finds 公务用车运行费, not the 公务用车购置及运行费 banner over 小计."""
    for header in row.cells:
        levels = header.split("·")
        if levels[-1] == kind and len(levels) >= 2 and keyword in levels[-2]:
            return header
    return None


# ---- within tables ----------------------------------------------------------------------------

def check_codes(report, rows):
    """Every coded parent = Σ its children; the 合计 row = Σ 类 rows (per side, per column)."""
    for side in dict.fromkeys(r.side for r in rows):
        coded = [r for r in rows if r.side == side and r.code]
        for parent in coded:
            children = [r for r in coded
                        if len(r.code) == len(parent.code) + 2 and r.code.startswith(parent.code)]
            if children:
                for column in parent.cells:
                    report.equal(f"{parent.name()} · {column} = Σ children",
                                 [cell(c, column) for c in children], [cell(parent, column)])
        classes = [r for r in coded if len(r.code) == 3]
        for total in (r for r in rows if r.side == side and is_total(r) and "合计" in r.label):
            for column in total.cells:
                report.equal(f"{total.name()} · {column} = Σ 类 rows",
                             [cell(c, column) for c in classes], [cell(total, column)])


def check_row_sums(report, rows, total_keywords, part_keywords):
    """In each row, the total column = Σ the part columns (found by header keywords)."""
    for row in rows:
        total = row.column(*total_keywords)
        parts = [c for c in row.cells if c != total] if part_keywords is None else \
            [row.column(*k) for k in part_keywords]
        if total is None or None in parts or not parts:
            report.skip(row.name(), f"no columns {total_keywords} / {part_keywords}")
            continue
        report.equal(f"{row.name()} · {total} = Σ columns",
                     [cell(row, c) for c in parts], [cell(row, total)])


def split_at(rows, label_keyword):
    for i, row in enumerate(rows):
        if label_keyword in row.label:
            return rows[:i], row, rows[i + 1:]
    return rows, None, []


def only_cell(row):
    return cell(row, next(iter(row.cells)))


def check_summary(report, rows):
    """收入支出决算总表: 本年收入合计 = Σ income rows; 本年支出合计 = Σ spending rows;
    总计 = 本年合计 + the carry-over rows; 总计 (收入) = 总计 (支出)."""
    grand = {}
    for side, total_word in (("收入", "本年收入合计"), ("支出", "本年支出合计")):
        lines = [r for r in rows if r.side == side]
        before, total, after = split_at(lines, total_word)
        if total is None:
            report.skip(f"收入支出决算总表 {side}", f"no {total_word} row")
            continue
        report.equal(f"{total.name()} = Σ rows above", [only_cell(r) for r in before],
                     [only_cell(total)])
        middle, overall, _ = split_at(after, "总计")
        if overall is None:
            report.skip(f"收入支出决算总表 {side}", "no 总计 row")
            continue
        report.equal(f"{overall.name()} = {total_word} + carry-over rows",
                     [only_cell(total)] + [only_cell(r) for r in middle], [only_cell(overall)])
        grand[side] = overall
    if len(grand) == 2:
        report.equal("收入支出决算总表 总计 收入 = 总计 支出", [only_cell(grand["收入"])],
                     [only_cell(grand["支出"])])


def fund_of(text):
    for i, fund in enumerate(FUNDS):
        if fund in text:
            return i
    return None


def fiscal_summary_parts(rows):
    """The pieces of 财政拨款收入支出决算总表 the identities need, found by label."""
    income = [r for r in rows if r.side == "收入"]
    spending = [r for r in rows if r.side == "支出"]
    funds_in, income_total, after = split_at(income, "本年收入合计")
    carry_lines, income_grand, _ = split_at(after, "总计")
    opening = next((r for r in carry_lines if "结转和结余" in r.label), None)
    opening_funds = [r for r in carry_lines if r is not opening and fund_of(r.label) is not None]
    classes, spending_total, after_s = split_at(spending, "本年支出合计")
    closing_lines, spending_grand, _ = split_at(after_s, "总计")
    closing = next((r for r in closing_lines if "结转和结余" in r.label), None)
    return dict(funds_in=[r for r in funds_in if fund_of(r.label) is not None],
                income_total=income_total, opening=opening, opening_funds=opening_funds,
                income_grand=income_grand, classes=classes, spending_total=spending_total,
                closing=closing, spending_grand=spending_grand, spending=spending)


def check_fiscal_summary(report, rows):
    """财政拨款收入支出决算总表: sides add up, 合计 = Σ funds per row, and per fund
    年初 + 本年收入 = 本年支出 + 年末. The fund lines under 年初 break it down (docs/report-format.md)."""
    p = fiscal_summary_parts(rows)
    name = "财政拨款收入支出决算总表"
    if p["income_total"] is None or p["spending_total"] is None:
        report.skip(name, "no 本年收入合计 / 本年支出合计 row")
        return
    report.equal(f"{p['income_total'].name()} = Σ fund rows",
                 [only_cell(r) for r in p["funds_in"]], [only_cell(p["income_total"])])
    if p["opening"] is not None and p["opening_funds"]:
        report.equal(f"{p['opening'].name()} = Σ its fund lines",
                     [only_cell(r) for r in p["opening_funds"]], [only_cell(p["opening"])])
    if p["income_grand"] is not None:
        carried = [only_cell(p["opening"])] if p["opening"] is not None else []
        report.equal(f"{p['income_grand'].name()} = 本年收入合计 + 年初结转和结余",
                     [only_cell(p["income_total"])] + carried, [only_cell(p["income_grand"])])
    for row in p["spending"]:
        total = row.column("合计")
        parts = [c for c in row.cells if fund_of(c) is not None]
        if total is not None and parts:
            report.equal(f"{row.name()} · 合计 = Σ fund columns", [cell(row, c) for c in parts],
                         [cell(row, total)])
    for column in p["spending_total"].cells:
        report.equal(f"{p['spending_total'].name()} · {column} = Σ rows above",
                     [cell(r, column) for r in p["classes"]], [cell(p["spending_total"], column)])
    if p["spending_grand"] is not None:
        for column in p["spending_grand"].cells:
            closing = [cell(p["closing"], column)] if p["closing"] is not None else []
            report.equal(f"{p['spending_grand'].name()} · {column} = 本年支出合计 + 年末结转和结余",
                         [cell(p["spending_total"], column)] + closing,
                         [cell(p["spending_grand"], column)])
    if p["income_grand"] is not None and p["spending_grand"] is not None:
        total = p["spending_grand"].column("合计")
        if total is not None:
            report.equal(f"{name} 总计 收入 = 总计 支出 · 合计", [only_cell(p["income_grand"])],
                         [cell(p["spending_grand"], total)])
    check_fund_balances(report, p)


def check_fund_balances(report, p):
    for index, fund in enumerate(FUNDS):
        income = next((r for r in p["funds_in"] if fund_of(r.label) == index), None)
        opening = next((r for r in p["opening_funds"] if fund_of(r.label) == index), None)
        column = next((c for c in p["spending_total"].cells if fund_of(c) == index), None)
        what = f"财政拨款收入支出决算总表 {fund}: 年初 + 本年收入 = 本年支出 + 年末"
        if income is None or column is None:
            report.skip(what, "fund row or column missing")
            continue
        left = ([only_cell(opening)] if opening is not None else []) + [only_cell(income)]
        right = [cell(p["spending_total"], column)]
        if p["closing"] is not None and column in p["closing"].cells:
            right.append(cell(p["closing"], column))
        report.equal(what, left, right)


def check_basic(report, rows):
    """基本支出决算表: each list's 合计 = Σ its 类 codes; parents = Σ children."""
    check_codes(report, rows)


def check_sangong(report, rows):
    """“三公”: for 预算数 and 决算数 each, 合计 = 出国 + 公务用车小计 + 接待; 小计 = 购置 + 运行."""
    for row in rows:
        for kind in ("预算数", "决算数"):
            total, abroad, subtotal, purchase, running, reception = (
                leaf_column(row, keyword, kind)
                for keyword in ("合计", "出国", "小计", "购置费", "运行", "接待"))
            if None in (total, abroad, subtotal, purchase, running, reception):
                report.skip(f"{row.name()} {kind}", "“三公” columns not all found")
                continue
            report.equal(f"{row.name()} {kind}: 合计 = 出国 + 公务用车小计 + 接待",
                         [cell(row, abroad), cell(row, subtotal), cell(row, reception)],
                         [cell(row, total)])
            report.equal(f"{row.name()} {kind}: 公务用车小计 = 购置 + 运行",
                         [cell(row, purchase), cell(row, running)], [cell(row, subtotal)])


def check_fund_table(report, rows):
    """政府性基金 / 国有资本经营 tables: parents and 合计 add up; 本年支出 = 基本 + 项目."""
    check_codes(report, rows)
    for row in rows:
        total = row.column("本年支出", "小计") or row.column("本年支出", "合计")
        basic, project = row.column("基本支出"), row.column("项目支出")
        if None in (total, basic, project):
            report.skip(row.name(), "本年支出 columns not found")
            continue
        report.equal(f"{row.name()} · 本年支出 = 基本 + 项目", [cell(row, basic), cell(row, project)],
                     [cell(row, total)])


# ---- across tables ----------------------------------------------------------------------------

def total_row(rows):
    return next((r for r in rows if not r.code and r.label == "合计"), None)


def class_rows(rows):
    return {r.code: r for r in rows if len(r.code) == 3}


def strip_ordinal(label):
    return label.split("、", 1)[1] if "、" in label else label


def check_across(report, t):
    summary, income, spending = t.get("summary", []), t.get("income", []), t.get("spending", [])
    gpb, fiscal, basic, sangong = t.get("gpb", []), t.get("fiscal-summary", []), \
        t.get("basic", []), t.get("sangong", [])
    check_summary_against_income(report, summary, income)
    check_summary_against_spending(report, summary, spending)
    check_spending_against_gpb(report, spending, gpb)
    if fiscal:
        check_fiscal_against_tables(report, fiscal, gpb, t.get("fund-gov", []), t.get("fund-soe", []))
    check_basic_against_gpb(report, basic, gpb)
    check_basic_against_sangong(report, basic, sangong)


def summary_total_against(report, summary, side, total_label, detail):
    """收入支出决算总表's 本年…合计 = the detail table's 合计 (first column). Returns the side's
    rows above that total, the detail's 合计 row and its first column, or None when missing."""
    rows = [r for r in summary if r.side == side]
    above, total, _ = split_at(rows, total_label)
    detail_total = total_row(detail)
    if total is None or detail_total is None:
        report.skip(f"收入支出决算总表 {total_label} vs the detail table", "a 合计 row is missing")
        return None
    first = next(iter(detail_total.cells))
    report.equal(f"收入支出决算总表 {total_label} = {detail_total.table} 合计", [only_cell(total)],
                 [cell(detail_total, first)])
    return above, detail_total, first


def check_summary_against_income(report, summary, income):
    found = summary_total_against(report, summary, "收入", "本年收入合计", income)
    if found is None:
        return
    side, income_total, first = found
    fiscal = [r for r in side if "财政拨款收入" in r.label]
    column = income_total.column("财政拨款")
    if fiscal and column:
        report.equal("收入支出决算总表 Σ 财政拨款收入 rows = 收入决算表 合计 · 财政拨款收入",
                     [only_cell(r) for r in fiscal], [cell(income_total, column)])
    for row in side:
        name = strip_ordinal(row.label)
        if name in income_total.cells and name != first:
            report.equal(f"收入支出决算总表 {row.label} = 收入决算表 合计 · {name}",
                         [only_cell(row)], [cell(income_total, name)])


def check_summary_against_spending(report, summary, spending):
    found = summary_total_against(report, summary, "支出", "本年支出合计", spending)
    if found is None:
        return
    classes, _, first = found
    by_label = {r.label: r for r in class_rows(spending).values()}
    for row in classes:
        match = by_label.pop(strip_ordinal(row.label), None)
        if match is not None:
            report.equal(f"收入支出决算总表 {row.label} = 支出决算表 {match.code}",
                         [only_cell(row)], [cell(match, first)])
        elif row.cells[next(iter(row.cells))].value != 0:
            report.emit("FAIL", f"收入支出决算总表 {row.label}", "has money but no 类 row in 支出决算表")
    for label, row in by_label.items():
        report.emit("FAIL", f"支出决算表 {row.code} {label}", "no matching row in 收入支出决算总表")


def check_spending_against_gpb(report, spending, gpb):
    """Row by row where all money is 一般公共预算, i.e. when the two 合计 rows agree."""
    s_total, g_total = total_row(spending), total_row(gpb)
    if s_total is None or g_total is None:
        report.skip("支出决算表 vs 一般公共预算财政拨款支出决算表", "a 合计 row is missing")
        return
    if list(s_total.cells.values())[0].value != list(g_total.cells.values())[0].value:
        report.skip("支出决算表 vs 一般公共预算财政拨款支出决算表",
                    "the 合计 rows differ: not all money is 一般公共预算, rows need not agree")
        return
    g_rows = {r.code or r.label: r for r in gpb}
    for s_row in spending:
        g_row = g_rows.get(s_row.code or s_row.label)
        if g_row is None:
            report.emit("FAIL", f"{s_row.name()}", "no matching row in 一般公共预算财政拨款支出决算表")
            continue
        for s_col, g_col in zip(s_row.cells, g_row.cells):
            report.equal(f"支出决算表 {s_row.code or s_row.label} · {s_col} = 一般公共预算表 · {g_col}",
                         [cell(s_row, s_col)], [cell(g_row, g_col)])


def check_fiscal_against_tables(report, fiscal, gpb, fund_gov, fund_soe):
    p = fiscal_summary_parts(fiscal)
    if p["spending_total"] is None:
        return
    targets = {0: gpb, 1: fund_gov, 2: fund_soe}
    for index, rows in targets.items():
        column = next((c for c in p["spending_total"].cells if fund_of(c) == index), None)
        total = total_row(rows)
        if column is None or total is None:
            report.skip(f"财政拨款收入支出决算总表 {FUNDS[index]}", "column or table missing")
            continue
        target = total.column("本年支出", "小计") or total.column("本年支出", "合计") \
            or next(iter(total.cells))
        report.equal(f"财政拨款收入支出决算总表 本年支出合计 · {column} = {total.table} 合计",
                     [cell(p["spending_total"], column)], [cell(total, target)])
    gpb_classes = {r.label: r for r in class_rows(gpb).values()}
    g_column = next((c for c in p["spending_total"].cells if fund_of(c) == 0), None)
    for row in p["classes"]:
        match = gpb_classes.pop(strip_ordinal(row.label), None)
        if match is not None and g_column is not None:
            report.equal(f"财政拨款收入支出决算总表 {row.label} · {g_column} = 一般公共预算表 {match.code}",
                         [cell(row, g_column)], [cell(match, next(iter(match.cells)))])
    for label, row in gpb_classes.items():
        report.emit("FAIL", f"一般公共预算表 {row.code} {label}", "no matching row in 财政拨款收入支出决算总表")


def check_basic_against_gpb(report, basic, gpb):
    totals = [r for r in basic if r.label.endswith("经费合计")]
    g_total = total_row(gpb)
    column = g_total.column("基本支出") if g_total else None
    if len(totals) != 2 or column is None:
        report.skip("基本支出决算表 vs 一般公共预算表", "the two 经费合计 rows or 基本支出 column missing")
        return
    report.equal("基本支出决算表 人员经费合计 + 公用经费合计 = 一般公共预算表 合计 · 基本支出",
                 [only_cell(r) for r in totals], [cell(g_total, column)])


SANGONG_ITEMS = (("30212", "出国"), ("30217", "接待"), ("30231", "运行"), ("31013", "购置费"))


def check_basic_against_sangong(report, basic, sangong):
    if not basic or not sangong:
        report.skip("基本支出决算表 vs “三公”表", "a table is missing")
        return
    row = sangong[0]
    codes = {r.code: r for r in basic if r.code}
    for code, keyword in SANGONG_ITEMS:
        column = leaf_column(row, keyword, "决算数")
        if code not in codes or column is None:
            report.skip(f"基本支出决算表 {code} ≤ “三公” {keyword}", "row or column missing")
            continue
        report.at_most(f"基本支出决算表 {code} ≤ “三公” {column}", only_cell(codes[code]),
                       cell(row, column))


def main(argv):
    paths = [a for a in argv[1:] if not a.startswith("--")]
    if len(paths) != 1:
        print("usage: check_identities.py FIXTURE.tsv [--quiet]", file=sys.stderr)
        return 2
    try:
        rows = read_rows(paths[0])
    except (OSError, ValueError, UnicodeDecodeError) as error:
        print(f"check_identities: {error}", file=sys.stderr)
        return 2
    report = Report("--quiet" in argv)
    t = by_kind(rows)
    for kind in ("income", "spending", "gpb"):
        check_codes(report, t.get(kind, []))
    check_row_sums(report, t.get("income", []), ("合计",), None)
    check_row_sums(report, t.get("spending", []), ("合计",), None)
    check_row_sums(report, t.get("gpb", []), ("合计",), [("基本支出",), ("项目支出",)])
    check_summary(report, t.get("summary", []))
    check_fiscal_summary(report, t.get("fiscal-summary", []))
    check_basic(report, t.get("basic", []))
    check_sangong(report, t.get("sangong", []))
    check_fund_table(report, t.get("fund-gov", []))
    check_fund_table(report, t.get("fund-soe", []))
    check_across(report, t)
    print(f"identities: {sum(report.tally.values())} checked, {report.tally['ok']} exact, "
          f"{report.tally['rounding']} within rounding, {report.tally['FAIL']} failed")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
