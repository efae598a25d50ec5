import PDF

/// Why a PDF cannot be stored as a report: each says what the user can do about it.
public enum PDFReadError: Error, Equatable, CustomStringConvertible {
    case encrypted
    case damaged(String)
    case truncated
    case noPages
    /// `pages` have no text layer (all pages, or those that show only images), out of `of`.
    case noText(pages: [Int], of: Int)

    public var description: String {
        switch self {
        case .encrypted:
            return "it is encrypted and needs a password; commit a copy saved without one"
        case .damaged(let reason):
            return "it is damaged: \(reason)"
        case .truncated:
            return "it is truncated or damaged: it does not end with %%EOF"
        case .noPages:
            return "it has no pages"
        case .noText(let pages, let count):
            let which: String
            if pages.count < count {
                let plural = pages.count > 1
                which = "page\(plural ? "s" : "") \(Self.ranges(pages)) of \(count) \(plural ? "show" : "shows") only images, no text"
            } else {
                which = count == 1 ? "its page has no text" : "none of its \(count) pages has text"
            }
            return "\(which) (scanned?); it needs OCR first"
        }
    }

    /// 1, 3-5, 9: consecutive pages shortened to a range.
    public static func ranges(_ pages: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < pages.count {
            var end = index
            while end + 1 < pages.count, pages[end + 1] == pages[end] + 1 { end += 1 }
            parts.append(end == index ? "\(pages[index])" : "\(pages[index])-\(pages[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
