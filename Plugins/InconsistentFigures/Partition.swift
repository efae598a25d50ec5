/// Categories that split every whole they are named of into parts, with nothing left over: a
/// department's people are 男 or 女, its staff 在职 or 离退休, its posts 行政 or 事业 编制, its
/// spending 基本 or 项目, a car's cost 购置 or 运行, government purchases 货物, 工程 or 服务.
/// A 其中 list whose items name every category of one partition, each item one category, is
/// complete even without 分别为 or a closing 其他.
enum Partition {
    private static let all: [[String]] = [
        ["男", "女"],
        ["在职", "退休"],
        ["行政", "事业"],
        ["基本支出", "项目支出"],
        ["购置", "运行"],
        ["货物", "工程", "服务"],
    ]

    /// Whether the labels, in order, name the categories of one partition once each.
    static func isCovered(by labels: [String]) -> Bool {
        all.contains { categories in
            guard categories.count == labels.count else { return false }
            let named = labels.map { label in categories.filter(label.hasSubstring) }
            return named.allSatisfy { $0.count == 1 } && Set(named.map { $0[0] }).count == categories.count
        }
    }
}
