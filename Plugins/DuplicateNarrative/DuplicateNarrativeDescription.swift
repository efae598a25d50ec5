import CheckerKit

/// What `audit plugins` shows and `audit.yml` may configure for duplicate narrative. The
/// defaults were chosen by measurement on the sample report (see the README of this plugin).
enum DuplicateNarrativeDescription {
    static let shingleSize = "shingle-size"
    static let minimumLength = "minimum-length"
    static let jaccard = "jaccard"
    static let containment = "containment"
    static let extensionJaccard = "extension-jaccard"
    static let gap = "gap"
    static let substantiveLength = "substantive-length"
    static let formulaOccurrences = "formula-occurrences"
    static let previousVersion = "previous-version"
    static let corpusJaccard = "corpus-jaccard"
    static let permutations = "permutations"
    static let corpusPassages = "corpus-passages"

    static let options = [
        OptionDescription(key: shingleSize, defaultValue: .integer(5), meaning: "characters per shingle (whitespace removed)"),
        OptionDescription(key: minimumLength, defaultValue: .integer(20), meaning: "shortest sentence, in characters, that is compared at all"),
        OptionDescription(key: jaccard, defaultValue: .decimal(0.8), meaning: "two sentences match when the Jaccard similarity of their shingles reaches this"),
        OptionDescription(key: containment, defaultValue: .decimal(0.8), meaning: "…or when this share of the shorter one's shingles lies in the longer"),
        OptionDescription(key: extensionJaccard, defaultValue: .decimal(0.5), meaning: "a sentence next to a copied one joins the copy at this lower Jaccard similarity"),
        OptionDescription(key: gap, defaultValue: .integer(4), meaning: "unmatched sentences a copied passage may skip on either side"),
        OptionDescription(key: substantiveLength, defaultValue: .integer(100), meaning: "characters of non-formula text a passage must share to be a copy (warning)"),
        OptionDescription(key: formulaOccurrences, defaultValue: .integer(3), meaning: "places a sentence must recur in to count as formula wording (note)"),
        OptionDescription(key: previousVersion, defaultValue: .bool(true), meaning: "compare with the previous year's report when the workspace holds it"),
        OptionDescription(key: corpusJaccard, defaultValue: .decimal(0.5), meaning: "audit dups: paragraphs of two reports match when their Jaccard similarity reaches this"),
        OptionDescription(key: permutations, defaultValue: .integer(128), meaning: "audit dups: MinHash registers per paragraph"),
        OptionDescription(key: corpusPassages, defaultValue: .bool(true), meaning: "audit dups: also find sentences and passages shared inside paragraphs that differ"),
    ]

    static let description = CheckerDescription(
        id: DuplicateNarrative.id,
        name: LocalizedText(en: "Duplicate narrative", zh: "文字重复"),
        version: "1.0.0",
        summary: LocalizedText(
            en: "Passages pasted within the report, formula wording, text carried over from last year, and paragraphs shared between reports.",
            zh: "报告内疑似复制粘贴的段落、套话、沿用上年的文字，以及不同报告之间相同的段落。"
        ),
        rationale: "Copy-paste is the commonest defect of the narrative: one project's evaluation pasted under another, last year's explanation "
            + "left unchanged, a paragraph landing in the wrong section. A pasted passage describes some other project's facts, and a paragraph "
            + "carried over from last year may still print last year's figures.",
        defaultLevel: .warning,
        options: options,
        rules: Rule.allCases.map(\.description),
        triggeringExamples: DuplicateNarrativeExamples.triggering,
        nonTriggeringExamples: DuplicateNarrativeExamples.nonTriggering
    )
}
