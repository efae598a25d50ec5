import Localization
/// The page of each line of a stored text whose pages are separated by form feeds, as the
/// layout text of a committed PDF and `pdftotext` output are: a line's page is 1 + the form
/// feeds before it (docs/pdf-text.md), so a line opening with `\f` is the first of its page.
public struct PageMap: Codable, Hashable, Sendable {
    /// `firstLines[i]` is the 1-based line on which page i + 1 starts.
    public let firstLines: [Int]

    public init(text: String) {
        var firstLines = [1]
        var line = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
            } else if scalar == "\u{0C}" {
                firstLines.append(line)
            }
        }
        self.firstLines = firstLines
    }

    /// The map as archived (`ArchivedValues`).
    init(firstLines: [Int]) {
        self.firstLines = firstLines
    }

    public var pageCount: Int { firstLines.count }

    /// Whether the text has pages at all: a text without form feeds is one undivided page.
    public var hasPages: Bool { pageCount > 1 }

    public func page(ofLine line: Int) -> Int {
        var low = 0, high = firstLines.count
        while low < high {
            let middle = (low + high) / 2
            if firstLines[middle] <= line { low = middle + 1 } else { high = middle }
        }
        return max(1, low)
    }

    /// "p. 7, line 12", or "line 12" for a text without pages.
    public func place(ofLine line: Int) -> String {
        place(ofLine: line, in: .en)
    }

    /// The same in `language`: "第 7 页第 12 行", "第 12 行".
    public func place(ofLine line: Int, in language: Language) -> String {
        hasPages
            ? language("p. \(page(ofLine: line)), line \(line)", "第 \(page(ofLine: line)) 页第 \(line) 行")
            : language("line \(line)", "第 \(line) 行")
    }
}
