#!/usr/bin/env python3
"""An external checker for `audit`: narrative that cites a table the report does not have.

A paragraph that sends the reader to a table ("详见表10", "（见附表3）", "如表5所示") whose
number the report's tables do not carry points at nothing: the table was left out, or the
number is wrong (reports are renumbered from year to year, and the narrative is copied). Only
citations count: "初始化库表 113 张" (113 database tables) in the sample report is a count,
not a reference. A report whose tables carry no 表N numbers (Shanghai's) is not checked.

Reads the report model (schemas/report-model.schema.json) on stdin, writes findings
(schemas/external-findings.schema.json) on stdout. Standard library only.
"""
import json
import re
import sys

CHECKER = "table-references"
RULE = CHECKER + ".missing-table"

# A citation word, optionally 附, then 表 and a number; not a count ("库表 113 张").
CITATION = re.compile(r"(?:详见|参见|见|如|按)\s*附?\s*表\s*([0-9０-９]+)(?!\s*[0-9０-９]*\s*[张个项份])")
FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def position(paragraph, offset):
    """The source line and column of the character at `offset` of the paragraph's text."""
    pieces = [piece for piece in paragraph["pieces"] if piece["offset"] <= offset]
    if not pieces:
        return paragraph["span"]["startLine"], paragraph["span"]["startColumn"]
    piece = pieces[-1]
    return piece["line"], piece["column"] + offset - piece["offset"]


def numbers(tables):
    found = set()
    for table in tables:
        match = re.fullmatch(r"表\s*([0-9]+)", (table.get("number") or "").translate(FULL_WIDTH))
        if match:
            found.add(int(match.group(1)))
    return found


def span(numbers_present):
    ordered = sorted(numbers_present)
    if ordered == list(range(ordered[0], ordered[-1] + 1)):
        return "表%d–表%d" % (ordered[0], ordered[-1])
    return "、".join("表%d" % number for number in ordered)


def findings(model):
    present = numbers(model["tables"])
    if not present:
        return [], 0
    result, checked = [], 0
    for paragraph in model["paragraphs"]:
        seen = {}
        for match in CITATION.finditer(paragraph["text"]):
            checked += 1
            cited = int(match.group(1).translate(FULL_WIDTH))
            if cited in present:
                continue
            seen[cited] = seen.get(cited, 0) + 1
            line, column = position(paragraph, match.start())
            result.append({
                "rule": RULE,
                "message": "«%s» cites 表%d, but the report's tables are %s: the table is missing or the number is wrong"
                % (match.group(0), cited, span(present)),
                "messageZh": "“%s”引用了表%d，但报告中的表为 %s：该表缺失或表号有误"
                % (match.group(0), cited, span(present)),
                "locations": [{"line": line, "column": column}],
                "identity": "表%d #%d" % (cited, seen[cited]),
            })
    return result, checked


def main():
    model = json.load(sys.stdin)
    if model.get("schemaVersion") != 1:
        print("table-references reads model schema version 1, got %r" % model.get("schemaVersion"), file=sys.stderr)
        return 1
    found, checked = findings(model)
    json.dump({
        "schemaVersion": 1,
        "rules": [{
            "id": RULE,
            "name": "Reference to a missing table",
            "summary": "The narrative cites a table number the report's tables do not carry.",
            "help": "Find the table the sentence means: add the missing table, or correct the number it cites.",
            "level": "warning",
        }],
        "findings": found,
        "identitiesChecked": checked,
    }, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
