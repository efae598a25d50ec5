import Foundation

/// The fixed texts swift-argument-parser writes itself (help headings, its `--help` and
/// `--version` lines, its usage errors) and their Chinese. ArgumentParser has no localisation,
/// so a front end speaking Chinese maps what it rendered through this table; whatever matches
/// no row stays as ArgumentParser wrote it. The user's input inside a message is carried over
/// exactly as ArgumentParser quoted it.
public enum ParserWording {
    /// A rendered `--help` page in Chinese: its headings and ArgumentParser's own lines. The
    /// texts of the commands themselves are already in the chosen language.
    public static func helpInChinese(_ rendered: String) -> String {
        helpRows.reduce(rendered) { text, row in
            text.replacingOccurrences(of: row.pattern, with: row.chinese, options: .regularExpression)
        }
    }

    /// One usage error in Chinese, or nil when it has a form this table does not know.
    public static func usageErrorInChinese(_ message: String) -> String? {
        let whole = NSRange(message.startIndex..., in: message)
        for row in usageRows {
            guard let match = row.expression.firstMatch(in: message, options: [], range: whole) else { continue }
            let parts = (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: message).map { String(message[$0]) } ?? ""
            }
            return row.chinese(parts)
        }
        return nil
    }

    private struct HelpRow {
        let pattern: String
        let chinese: String
    }

    /// Anchored where ArgumentParser puts them: headings at a line's start, the value lists in
    /// parentheses (which a wrapped line may split after their first word).
    private static let helpRows: [HelpRow] = [
        HelpRow(pattern: "(?m)^OVERVIEW: ", chinese: "概述："),
        HelpRow(pattern: "(?m)^USAGE: ", chinese: "用法："),
        HelpRow(pattern: "(?m)^ARGUMENTS:$", chinese: "参数："),
        HelpRow(pattern: "(?m)^OPTIONS:$", chinese: "选项："),
        HelpRow(pattern: "(?m)^SUBCOMMANDS:$", chinese: "子命令："),
        HelpRow(pattern: "(?m)^( *)See '([^']*) <subcommand>' for detailed help\\.$", chinese: "$1各子命令的详细帮助：'$2 <subcommand>'。"),
        HelpRow(pattern: "Show help information\\.", chinese: "显示帮助信息。"),
        HelpRow(pattern: "Show the version\\.", chinese: "显示版本号。"),
        HelpRow(pattern: " ?\\(values:(\\s+)([^;)]*); default:(\\s+)([^)]*)\\)", chinese: "（可选值：$2；默认：$4）"),
        HelpRow(pattern: " ?\\(values:(\\s+)([^)]*)\\)", chinese: "（可选值：$2）"),
        HelpRow(pattern: " ?\\(default:(\\s+)([^)]*)\\)", chinese: "（默认：$2）"),
    ]

    private struct UsageRow {
        let expression: NSRegularExpression
        let chinese: ([String]) -> String

        init(_ pattern: String, _ chinese: @escaping ([String]) -> String) {
            // The patterns are constants of this file: one that does not compile is a bug here.
            expression = try! NSRegularExpression(pattern: "^" + pattern + "$", options: [.dotMatchesLineSeparators])
            self.chinese = chinese
        }
    }

    /// ArgumentParser 1.x's message forms (Usage/UsageGenerator.swift), most specific first.
    private static let usageRows: [UsageRow] = [
        UsageRow("Missing expected argument (.*)") { "缺少参数 \($0[1])" },
        UsageRow("Missing one of: (.*)") { "缺少以下参数之一：\($0[1])" },
        UsageRow("Missing required subcommand\\.") { _ in "缺少子命令" },
        UsageRow("Missing value for (.*)") { "选项 \($0[1]) 缺少值" },
        UsageRow("Unknown option ('[^']*')\\. Did you mean ('[^']*')\\?") { "未知选项 \($0[1])；是否想用 \($0[2])？" },
        UsageRow("Unknown option (.*)") { "未知选项 \($0[1])" },
        UsageRow("Unexpected argument (.*)") { "多余的参数 \($0[1])（不是子命令，也不是此命令的参数）" },
        UsageRow("([0-9]+) unexpected arguments: (.*)") { "多余的参数 \($0[1]) 个：\($0[2])" },
        UsageRow("The option ('[^']*') does not take any value, but (.*) was specified\\.") { "选项 \($0[1]) 不带值，却给了 \($0[2])" },
        UsageRow("Value to be set with (.*) had already been set with (.*)") { "\(flag($0[1])) 与已给出的 \(flag($0[2])) 不能同时使用" },
        UsageRow("The value (.*) is invalid for ('[^']*')\\. Please provide one of (.*)\\.") {
            "值 \($0[1]) 对 \($0[2]) 无效；请给出以下之一：\(choices($0[3]))"
        },
        UsageRow("The value (.*) is invalid for ('[^']*'): (.*)") { "值 \($0[1]) 对 \($0[2]) 无效：\($0[3])" },
        UsageRow("The value (.*) is invalid for ('[^']*')") { "值 \($0[1]) 对 \($0[2]) 无效" },
        UsageRow("Invalid option: (.*)") { "无效的选项：\($0[1])" },
    ]

    /// `'a', 'b' or 'c'` and `'a' and 'b'`, as ArgumentParser lists allowed values, joined with 、.
    private static func choices(_ list: String) -> String {
        list.replacingOccurrences(of: "', '", with: "'、'")
            .replacingOccurrences(of: "' or '", with: "'、'")
            .replacingOccurrences(of: "' and '", with: "'、'")
    }

    /// `flag '--raw'` as ArgumentParser names an exclusive flag it found.
    private static func flag(_ named: String) -> String {
        named.hasPrefix("flag ") ? "标志 " + named.dropFirst(5) : named
    }
}
