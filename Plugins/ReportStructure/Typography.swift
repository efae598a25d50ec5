import CheckerKit
import ReportModel

/// Typing slips worth a look: doubled punctuation, a percentage printed without its %, a word twice.
struct Typography {
    let report: Report

    static let doubledPunctuation = #"([。，；、！？：])\1(?!\1)"#
    static let repeatedWord = #"(\p{Han}{2,6})\1|(的|了|和|与|在|是)\2"#
    /// A share, growth or completion word right before a number: where the % belongs.
    static let percentContext = #"(占|增长|下降|的)\s*$"#

    var findings: [Finding] {
        let slips = report.paragraphs.flatMap { paragraph in
            TextMatch.all(Typography.doubledPunctuation, in: paragraph).map { note($0, LocalizedText(en: "“\($0.text)” doubled punctuation", zh: "“\($0.text)”标点重复")) }
                + TextMatch.all(Typography.repeatedWord, in: paragraph).filter(Typography.isRepetition).map { note($0, LocalizedText(en: "“\($0.text)” repeats a word", zh: "“\($0.text)”词语重复")) }
        }
        return slips + missingPercents
    }

    /// "共建共治共享" reads as 建共建共 but is a parallel series: the unit's last character comes
    /// back right after the next one.
    static func isRepetition(_ match: TextMatch) -> Bool {
        let text = match.paragraph.text
        guard let unit = match.groups[0], unit.count == 2,
              let after = text.index(match.range.upperBound, offsetBy: 1, limitedBy: text.endIndex), after < text.endIndex
        else { return true }
        return text[after] != unit.last
    }

    private var missingPercents: [Finding] {
        let percents = Set(report.figures.filter { $0.unit == "%" || $0.unit == "％" }.map(\.amount.printed))
        return report.figures.compactMap { figure -> Finding? in
            guard figure.unit == nil, figure.amount.decimals > 0, percents.contains(figure.amount.printed) else { return nil }
            let paragraph = report.paragraphs[figure.paragraph]
            let before = String(paragraph.text.unicodeScalars.prefix(figure.range.lowerBound))
            guard Patterns.firstMatch(Typography.percentContext, in: before) != nil else { return nil }
            let location = FindingLocation(span: figure.span, logical: "\(figure.phrase) \(figure.amount.printed)")
            return Locations.finding(.typography, LocalizedText(en: "\(figure.phrase) \(figure.amount.printed) has no % sign, though \(figure.amount.printed)% is printed elsewhere", zh: "\(figure.phrase) \(figure.amount.printed) 缺少 % 号，而别处印有 \(figure.amount.printed)%"), [location])
        }
    }

    private func note(_ match: TextMatch, _ message: LocalizedText) -> Finding {
        Locations.finding(.typography, LocalizedText(en: "\(message.en): “\(match.quote)”", zh: "\(message.zh)：“\(match.quote)”"), [Locations.match(match, in: report)])
    }
}
