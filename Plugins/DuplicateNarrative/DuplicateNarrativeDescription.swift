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
        OptionDescription(key: shingleSize, defaultValue: .integer(5), meaning: LocalizedText(en: "characters per shingle (whitespace removed)", zh: "每个片段（shingle）的字数（去掉空白后）")),
        OptionDescription(key: minimumLength, defaultValue: .integer(20), meaning: LocalizedText(en: "shortest sentence, in characters, that is compared at all", zh: "参与比较的句子的最短字数")),
        OptionDescription(key: jaccard, defaultValue: .decimal(0.8), meaning: LocalizedText(en: "two sentences match when the Jaccard similarity of their shingles reaches this", zh: "两句片段的 Jaccard 相似度达到此值即视为相同")),
        OptionDescription(key: containment, defaultValue: .decimal(0.8), meaning: LocalizedText(en: "…or when this share of the shorter one's shingles lies in the longer", zh: "……或较短一句的片段有此比例出现在较长一句中")),
        OptionDescription(key: extensionJaccard, defaultValue: .decimal(0.5), meaning: LocalizedText(en: "a sentence next to a copied one joins the copy at this lower Jaccard similarity", zh: "紧邻雷同句的句子，Jaccard 相似度达到此较低值即并入雷同段落")),
        OptionDescription(key: gap, defaultValue: .integer(4), meaning: LocalizedText(en: "unmatched sentences a copied passage may skip on either side", zh: "雷同段落两侧可跳过的不相同句子数")),
        OptionDescription(key: substantiveLength, defaultValue: .integer(100), meaning: LocalizedText(en: "characters of non-formula text a passage must share to be a copy (warning)", zh: "一段文字须有多少字的非套话内容相同才算雷同（警告）")),
        OptionDescription(key: formulaOccurrences, defaultValue: .integer(3), meaning: LocalizedText(en: "places a sentence must recur in to count as formula wording (note)", zh: "一句话须在多少处重复出现才算套话（提示）")),
        OptionDescription(key: previousVersion, defaultValue: .bool(true), meaning: LocalizedText(en: "compare with the previous year's report when the workspace holds it", zh: "工作区中有上年报告时与之比较")),
        OptionDescription(key: corpusJaccard, defaultValue: .decimal(0.5), meaning: LocalizedText(en: "audit dups: paragraphs of two reports match when their Jaccard similarity reaches this", zh: "audit dups：两份报告的段落 Jaccard 相似度达到此值即视为相同")),
        OptionDescription(key: permutations, defaultValue: .integer(128), meaning: LocalizedText(en: "audit dups: MinHash registers per paragraph", zh: "audit dups：每个段落的 MinHash 寄存器数")),
        OptionDescription(key: corpusPassages, defaultValue: .bool(true), meaning: LocalizedText(en: "audit dups: also find sentences and passages shared inside paragraphs that differ", zh: "audit dups：在不相同的段落中也查找相同的句子和文字")),
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
