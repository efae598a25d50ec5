import CheckerKit
import ReportModel

/// The wording of a blank template among the corpus (the Shanghai 2024 template: department
/// "上海市 XX 局", figures "XXX 万元", lists "基本工资、津贴补贴、奖金……"). Two departments that
/// fill the same template paragraph share its wording without one having pasted from the
/// other, so text the two share is template text when what they share beyond the template's
/// own words (its blanks, XX runs and ellipses taken as wildcards) is shorter than a
/// substantive passage: what they filled in differs, only the template's words are common.
struct TemplateText {
    /// Names of the corpus documents that are blank templates.
    let templates: [String]
    /// Hashed shingles of the templates' literal wording, each piece between two wildcards
    /// shingled on its own so that no shingle spans a blank.
    private let shingles: Set<UInt64>
    private let shingleSize: Int
    private let substantiveLength: Int

    init(_ documents: [CorpusDocument], settings: Settings) {
        // Every paragraph of every report is scanned for placeholders, so on every core.
        let work = documents.reduce(0) { $0 + $1.report.paragraphs.count }
        let blanks = ParallelChunks.flatMap(documents.count, work: work) { range in
            range.filter { Self.isBlankTemplate(documents[$0]) }
        }.map { documents[$0] }
        var shingles = Set<UInt64>()
        for text in blanks.flatMap(Self.texts) {
            for piece in Self.literalPieces(text) where piece.count >= settings.shingleSize {
                Shingles.forEachHash(of: piece[...], size: settings.shingleSize) { shingles.insert($0) }
            }
        }
        self.init(templates: blanks.map(\.name), shingles: shingles, shingleSize: settings.shingleSize, substantiveLength: settings.substantiveLength)
    }

    private init(templates: [String], shingles: Set<UInt64>, shingleSize: Int, substantiveLength: Int) {
        self.templates = templates
        self.shingles = shingles
        self.shingleSize = shingleSize
        self.substantiveLength = substantiveLength
    }

    /// No template among the inputs: nothing is template text.
    static let none = TemplateText(templates: [], shingles: [], shingleSize: 1, substantiveLength: 0)

    /// The template a shared text comes from, when `left` and `right` share no more than
    /// template wording and short fills; nil when they share text of their own.
    func template(sharedBy left: Shingles, _ right: Shingles) -> String? {
        guard let name = templates.first, !shingles.isEmpty else { return nil }
        let shared = left.intersection(right)
        let fromTemplate = shared.filter(shingles.contains).count
        let beyond = shared.count - fromTemplate
        // A run of n shingles spans n + size − 1 characters.
        let beyondCharacters = beyond == 0 ? 0 : beyond + shingleSize - 1
        guard fromTemplate > 0, beyondCharacters < substantiveLength else { return nil }
        return name
    }

    /// A blank template: its department is a placeholder, or it is full of them.
    static func isBlankTemplate(_ document: CorpusDocument) -> Bool {
        if ReportIdentity(document.report).department?.contains("XX") == true { return true }
        var marked = 0
        for paragraph in document.report.paragraphs where hasPlaceholder(paragraph.text) {
            marked += 1
            if marked == minimumPlaceholderParagraphs { return true }
        }
        return false
    }

    /// Whether `text` holds "XX", scanned as UTF-8 bytes: Foundation's string search, run over
    /// every paragraph of a season of reports, cost as much as sketching them.
    private static func hasPlaceholder(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "X"), previous == byte { return true }
            previous = byte
        }
        return false
    }

    /// As many paragraphs with an XX placeholder as make a report a template (the structure
    /// checker's `templatePlaceholderCount`).
    static let minimumPlaceholderParagraphs = 20

    private static func texts(_ document: CorpusDocument) -> [[Unicode.Scalar]] {
        (document.report.paragraphs.map(\.text) + document.report.sections.map(\.title)).map { text in
            text.unicodeScalars.filter { !Shingles.isSpace($0) }
        }
    }

    /// The template's wording between its wildcards: runs of X (a blank of any length, "XX局",
    /// "XXX万元", "XX（类）"), ellipses (a list the department completes) and the bracketed
    /// instructions, which a filled report drops.
    static func literalPieces(_ text: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var text = text
        for instruction in instructions {
            text = replacing(instruction, in: text)
        }
        return text.split(whereSeparator: isWildcard).map(Array.init)
    }

    private static let instructions: [[Unicode.Scalar]] = ["（不涉及的不列）", "（如持平作持平表述）", "（制度名称）"].map { Array($0.unicodeScalars) }

    private static func isWildcard(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "X" || scalar == "x" || scalar == "…" || scalar == "\u{0}"
    }

    /// `text` with each occurrence of `pattern` replaced by one wildcard.
    private static func replacing(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var index = 0
        while index < text.count {
            if text[index...].starts(with: pattern) {
                result.append("\u{0}")
                index += pattern.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }
}

extension TemplateText {
    /// Why a shared text is a note and not a paste, for the finding's message.
    static func explanation(_ template: String) -> LocalizedText {
        LocalizedText(
            en: "the wording of the blank template \(template) filled in by each (its blanks taken as wildcards), not a paste between them",
            zh: "系各自填写空白模板 \(template) 的文字（模板空白处视为通配），并非相互复制粘贴"
        )
    }
}
