import CheckerKit
import Foundation
import ReportModel

/// "决算数小于预算数" and "完成年初预算的 p%" against the budget and final figures the same item
/// states. Only the figures stated since the item's last comparison count, so that one item's
/// figures never answer for the next.
struct BudgetWording {
    let report: Report

    var findings: [Finding] {
        report.paragraphs.flatMap(findings(in:))
    }

    private struct Item {
        var budgets: [(BudgetStatement.Budget, Amount)] = []
        var final: Amount?

        func budgets(named budget: BudgetStatement.Budget) -> [(BudgetStatement.Budget, Amount)] {
            budget == .unqualified ? budgets : budgets.filter { $0.0 == budget }
        }
    }

    private func findings(in paragraph: Paragraph) -> [Finding] {
        var item = Item()
        var result: [Finding] = []
        let statements = BudgetStatement.read(paragraph)
        for (position, statement) in statements.enumerated() {
            switch statement {
            case .budget(let budget, let amount, _):
                item.budgets.append((budget, amount))
            case .final(let amount, _):
                item.final = amount
            case .comparison(let direction, let budget, let match):
                let figures = position == 0 ? previousItem(before: paragraph, subject: match) : item
                result += comparison(direction, budget, match, figures).map { [$0] } ?? []
                item = Item()
            case .completion(let budget, let printed, let match):
                result += completion(budget, printed, match, item).map { [$0] } ?? []
            }
        }
        return result
    }

    /// A comparison standing alone ("2021 年度“三公”经费支出决算小于预算数的主要情况：…") speaks of
    /// the first figures of the paragraph before, when that paragraph is about the same subject.
    private func previousItem(before paragraph: Paragraph, subject match: TextMatch) -> Item {
        guard paragraph.index > 0 else { return Item() }
        let previous = report.paragraphs[paragraph.index - 1]
        guard previous.section == paragraph.section else { return Item() }
        let text = paragraph.text
        let sentenceStart = text[..<match.range.lowerBound].lastIndex { "。；：".contains($0) }.map(text.index(after:)) ?? text.startIndex
        var subject = BudgetWording.plain(text[sentenceStart..<match.range.lowerBound])
        if let year = Patterns.firstMatch(#"^\d{4}年度?"#, in: subject)?[0] { subject = String(subject.dropFirst(year.count)) }
        guard subject.count >= 2, BudgetWording.plain(previous.text).contains(subject.prefix(4)) else { return Item() }
        var item = Item()
        for statement in BudgetStatement.read(previous) {
            switch statement {
            case .budget(let budget, let amount, _) where item.budgets.isEmpty: item.budgets.append((budget, amount))
            case .final(let amount, _) where item.final == nil: item.final = amount
            default: continue
            }
        }
        return item
    }

    private static func plain<S: StringProtocol>(_ text: S) -> String {
        Compact.text(text).filter { !"“”\"".contains($0) }
    }

    private func comparison(_ direction: BudgetStatement.Direction, _ budget: BudgetStatement.Budget, _ match: TextMatch, _ item: Item) -> Finding? {
        let budgets = item.budgets(named: budget)
        guard let final = item.final, !budgets.isEmpty else { return nil }
        let holds = budgets.contains { _, amount in
            switch direction {
            case .greater: final.value > amount.value
            case .less: final.value < amount.value
            case .equal: final.value == amount.value
            }
        }
        guard !holds else { return nil }
        let (name, amount) = budgets[0]
        let should = final.value > amount.value ? "大于" : final.value < amount.value ? "小于" : "等于"
        let message = LocalizedText(
            en: "“\(match.text)” but the item states \(name.rawValue) \(amount.printed) 万元 and 决算 \(final.printed) 万元: the 决算数 is \(should) the 预算数",
            zh: "“\(match.text)”，但该项列示\(name.rawValue) \(amount.printed) 万元、决算 \(final.printed) 万元：决算数\(should)预算数"
        )
        return Locations.finding(.budgetComparison, message, [Locations.match(match, in: report)])
    }

    private func completion(_ budget: BudgetStatement.Budget, _ printed: Amount, _ match: TextMatch, _ item: Item) -> Finding? {
        guard let final = item.final else { return nil }
        let named = item.budgets(named: budget)
        guard !named.isEmpty else { return nil }
        if named.allSatisfy({ $0.1.value.isZero }) {
            guard !printed.value.isZero else { return nil }
            let source = item.budgets.first { !$0.1.value.isZero && agrees(printed, final, $0.1) }
            let instead = source.map { "; \(printed.printed)% is \(final.printed) ÷ \($0.1.printed), the \($0.0.rawValue), so it should read 完成\($0.0.rawValue)的 \(printed.printed)%" } ?? ""
            let insteadZh = source.map { "；\(printed.printed)% 是 \(final.printed) ÷ \($0.1.printed)（\($0.0.rawValue)），应为“完成\($0.0.rawValue)的 \(printed.printed)%”" } ?? ""
            let message = LocalizedText(
                en: "“\(match.text)” against a \(named[0].0.rawValue) of \(named[0].1.printed) 万元: no percentage completes a budget of 0\(instead)",
                zh: "“\(match.text)”，而\(named[0].0.rawValue)为 \(named[0].1.printed) 万元：预算为 0 无从计算完成比例\(insteadZh)"
            )
            return Locations.finding(.completionBase, message, [Locations.match(match, in: report)])
        }
        guard !named.contains(where: { agrees(printed, final, $0.1) }),
              let source = item.budgets.first(where: { $0.0 != budget && agrees(printed, final, $0.1) }) else { return nil }
        let message = LocalizedText(
            en: "“\(match.text)” is \(final.printed) ÷ \(source.1.printed), the \(source.0.rawValue), not the \(budget.rawValue) \(named[0].1.printed) 万元; it should read 完成\(source.0.rawValue)的 \(printed.printed)%",
            zh: "“\(match.text)”是按\(source.0.rawValue)计算的 \(final.printed) ÷ \(source.1.printed)，而非\(budget.rawValue) \(named[0].1.printed) 万元；应为“完成\(source.0.rawValue)的 \(printed.printed)%”"
        )
        return Locations.finding(.completionBase, message, [Locations.match(match, in: report)])
    }

    private func agrees(_ printed: Amount, _ final: Amount, _ budget: Amount) -> Bool {
        guard let check = PercentageCheck(printed: printed, numerator: Interval(final), denominator: Interval(budget)) else { return false }
        return check.consistency != .broken
    }
}
