import TextEscaping
import XCTest

/// The three escapers against the payloads an adversarial run used.
final class EscapingTests: XCTestCase {
    func testHTMLLeavesNoTagOrAttributeOpen() {
        XCTAssertEqual(HTMLText.escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;")
        XCTAssertEqual(HTMLText.escape("<img src=x onerror=\"alert(2)\">"), "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;")
        XCTAssertEqual(HTMLText.escape("&lt; 收入 & 支出"), "&amp;lt; 收入 &amp; 支出")
    }

    func testMarkdownEscapesMarkupAndKeepsTextInItsBlock() {
        XCTAssertEqual(MarkdownText.escape("<script>x</script>"), "\\<script\\>x\\</script\\>")
        XCTAssertEqual(MarkdownText.escape("<img src=x onerror=alert(2)>"), "\\<img src=x onerror=alert(2)\\>")
        XCTAssertEqual(MarkdownText.escape("[点此](javascript:alert(3))"), "\\[点此\\](javascript:alert(3))")
        XCTAssertEqual(MarkdownText.escape("a | b\n# 标题\r\n*强调* `代码` ~删~ _x_ \\"), "a \\| b \\# 标题 \\*强调\\* \\`代码\\` \\~删\\~ \\_x\\_ \\\\")
        XCTAssertEqual(MarkdownText.escape("收入 1,234.56 万元，增长 3.5%。"), "收入 1,234.56 万元，增长 3.5%。")
        XCTAssertEqual(MarkdownText.escape("\u{1B}[31mred\u{07}"), "␛\\[31mred␇")
        XCTAssertEqual(HTMLText.escape("\u{1B}]8;;x\u{07}<b>\n"), "␛]8;;x␇&lt;b&gt;\n")
    }

    func testAFenceIsLongerThanAnyBacktickRunItEncloses() {
        XCTAssertEqual(MarkdownText.fence(for: ["plain"]), "```")
        XCTAssertEqual(MarkdownText.fence(for: ["a ``` b", "````"]), "`````")
    }

    func testTerminalShowsEveryControlCharacter() {
        XCTAssertEqual(TerminalText.visible("\u{1B}[31mred\u{1B}[0m"), "␛[31mred␛[0m")
        XCTAssertEqual(TerminalText.visible("\u{1B}]8;;http://evil/\u{07}link\u{1B}]8;;\u{07}"), "␛]8;;http://evil/␇link␛]8;;␇")
        XCTAssertEqual(TerminalText.visible("bell\u{07} nul\u{0} del\u{7F} csi\u{9B}2J"), "bell␇ nul␀ del␡ csi<U+009B>2J")
        XCTAssertEqual(TerminalText.visible("two\nlines\tand a tab\r"), "two\nlines\tand a tab␍")
        XCTAssertEqual(TerminalText.visibleLine("forged\nline"), "forged␊line")
        XCTAssertEqual(TerminalText.visible("部门决算 2021"), "部门决算 2021")
    }
}
