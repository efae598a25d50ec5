import CheckerKit

/// The rules this checker reports under.
public enum Rule: String, CaseIterable, Sendable {
    case copiedPassage = "copied-passage"
    case repeatedFormula = "repeated-formula"
    case unchangedSincePrevious = "unchanged-since-previous"
    case staleFigures = "stale-figures"
    case sharedAcrossReports = "shared-across-reports"

    public var id: String { "\(DuplicateNarrative.id).\(rawValue)" }

    public var description: RuleDescription {
        RuleDescription(
            id: id, name: LocalizedText(en: name, zh: nameZh), summary: LocalizedText(en: summary, zh: summaryZh),
            help: LocalizedText(en: help, zh: helpZh), defaultLevel: level
        )
    }

    var level: Level {
        switch self {
        case .copiedPassage, .staleFigures, .sharedAcrossReports: .warning
        case .repeatedFormula, .unchangedSincePrevious: .note
        }
    }

    private var name: String {
        switch self {
        case .copiedPassage: "Narrative passage copied within the report"
        case .repeatedFormula: "Formula repeated across the report"
        case .unchangedSincePrevious: "Narrative unchanged since the previous version"
        case .staleFigures: "Narrative keeps last year's figures"
        case .sharedAcrossReports: "Narrative shared with another report"
        }
    }

    private var summary: String {
        switch self {
        case .copiedPassage: "A run of sentences (one or many paragraphs) appears twice: pasted under another project or section, or repeated in place."
        case .repeatedFormula: "A short sentence recurs in many places, such as the standard 经济性/效率性 wording; listed once with every place."
        case .unchangedSincePrevious: "Paragraphs carried over word for word from the previous year's report."
        case .staleFigures: "A paragraph carried over from last year still prints figures that were in last year's tables and are not in this year's."
        case .sharedAcrossReports: "A paragraph, or a passage of sentences inside a paragraph, of one report appears nearly unchanged in another report of the corpus."
        }
    }

    private var help: String {
        switch self {
        case .copiedPassage: "Check that the passage belongs where it stands; if it was pasted, replace it with this project's own account."
        case .repeatedFormula: "Usually harmless; check that each place's figures and names are its own."
        case .unchangedSincePrevious: "Check that what the paragraph says still holds this year."
        case .staleFigures: "Update the figures from this year's tables, or explain why last year's still apply."
        case .sharedAcrossReports: "Check which report the text was written for and that the other states its own facts."
        }
    }

    private var nameZh: String {
        switch self {
        case .copiedPassage: "报告内疑似复制粘贴"
        case .repeatedFormula: "套话多处重复"
        case .unchangedSincePrevious: "文字与上一版本相同"
        case .staleFigures: "文字沿用上年数字"
        case .sharedAcrossReports: "与其他报告文字相同"
        }
    }

    private var summaryZh: String {
        switch self {
        case .copiedPassage: "一组句子（一段或多段）出现两次：粘贴到其他项目或章节下，或在原处重复。"
        case .repeatedFormula: "一个短句在多处重复出现，如标准的经济性/效率性表述；合并为一条，列出全部位置。"
        case .unchangedSincePrevious: "逐字沿用上年报告的段落。"
        case .staleFigures: "沿用上年的段落仍列示上年表中有、本年表中没有的数字。"
        case .sharedAcrossReports: "一份报告的某段或段内若干句，几乎原样出现在语料中的另一份报告里。"
        }
    }

    private var helpZh: String {
        switch self {
        case .copiedPassage: "核对该段是否属于所在位置；如系粘贴，应改写为本项目自己的情况。"
        case .repeatedFormula: "通常无碍；请核对各处的数字和名称是否为本处所有。"
        case .unchangedSincePrevious: "核对该段所述本年是否仍然成立。"
        case .staleFigures: "按本年表格更新数字，或说明为何仍适用上年数字。"
        case .sharedAcrossReports: "核对该文字原为哪份报告所写，另一份报告是否陈述了自己的情况。"
        }
    }
}
