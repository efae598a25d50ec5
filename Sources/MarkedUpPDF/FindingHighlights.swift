import CheckerKit

/// A finding's boxes by page: its own place and its related places (the other figure of a
/// contradiction, the terms of a sum), all in its level's colour and with its number.
public enum FindingHighlights {
    public static func of(_ finding: Finding, number: Int?, in boxes: SpanBoxes) -> [Int: [PageHighlight]] {
        let own = finding.locations.compactMap(\.span).flatMap(boxes.boxes(of:)).map { ($0.page, $0.box, false) }
        let related = finding.relatedLocations.compactMap(\.span).flatMap(boxes.boxes(of:)).map { ($0.page, $0.box, true) }
        return Dictionary(grouping: own + related, by: \.0).mapValues { onPage in
            onPage.map { PageHighlight(box: $0.1, level: finding.level, number: number, isRelated: $0.2) }
        }
    }

    /// The page of the finding's own place, else of its first related place with words.
    public static func primaryPage(of finding: Finding, in boxes: SpanBoxes) -> Int? {
        (finding.locations + finding.relatedLocations).lazy.compactMap(\.span).compactMap { boxes.boxes(of: $0).first?.page }.first
    }
}
