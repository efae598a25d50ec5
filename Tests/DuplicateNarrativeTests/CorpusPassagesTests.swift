import CheckerKit
@testable import DuplicateNarrative
import XCTest

/// `audit dups` below the paragraph: sentences and passages shared by two reports inside
/// paragraphs that differ, on generated reports (each paragraph one line, so a paragraph's
/// line is 5 + 2 × its position).
final class CorpusPassagesTests: XCTestCase {
    private let configuration = CheckerConfiguration(defaults: DuplicateNarrative.description.options)

    /// Report 3's paragraph 1 is its own sentence, two pasted sentences, its own sentence;
    /// report 8's paragraph 2 is the same two sentences and one of its own. The paragraphs'
    /// Jaccard is about 0.4 (120 shared characters of 240 and 180), below `corpus-jaccard`.
    func testAPassageInsideALongerParagraphOfTheOtherReportIsAWarning() throws {
        var generator = GeneratedCorpus(seed: 11)
        let passage = generator.paragraph(length: 59) + generator.paragraph(length: 59)
        let documents = reports(10, generator: &generator) { number, paragraphs, generator in
            if number == 3 { paragraphs[1] = generator.paragraph(length: 59) + passage + generator.paragraph(length: 59) }
            if number == 8 { paragraphs[2] = passage + generator.paragraph(length: 59) }
        }
        let findings = try CorpusSearch(configuration: configuration).findings(documents)

        XCTAssertEqual(findings.count, 1, "\(findings.map(\.message))")
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.ruleID, "duplicate-narrative.shared-across-reports")
        XCTAssertEqual(finding.level, .warning)
        XCTAssertEqual((finding.locations + finding.relatedLocations).map(\.logical), ["report-03:7", "report-08:9"])
        XCTAssertTrue(finding.message.hasPrefix("2 sentences (120 characters) shared by report-03:7 and report-08:9: «\(passage.prefix(40))…»"), finding.message)
        XCTAssertTrue(finding.message.hasSuffix("identical"), finding.message)

        var paragraphsOnly = configuration
        paragraphsOnly.values["corpus-passages"] = .bool(false)
        XCTAssertEqual(try CorpusSearch(configuration: paragraphsOnly).findings(documents).map(\.message), [], "the paragraph search alone misses it")
    }

    /// Report 5's sentence (110 characters) follows, in report 12, a 250-character clause
    /// without its full stop (a line the layout joined to it): the two sentences' Jaccard is
    /// about 0.3, which the sentence sketch alone finds with probability about 0.1; the
    /// host's tail window holds the whole pasted ending.
    func testASentenceAfterAJoinedUnfinishedSentenceIsAWarning() throws {
        var generator = GeneratedCorpus(seed: 12)
        let pasted = generator.paragraph(length: 109)
        let unfinished = String(generator.paragraph(length: 250).dropLast())
        let documents = reports(15, generator: &generator) { number, paragraphs, generator in
            if number == 5 { paragraphs[0] = generator.paragraph(length: 70) + pasted }
            if number == 12 { paragraphs[3] = unfinished + pasted + generator.paragraph(length: 40) }
        }
        let findings = try CorpusSearch(configuration: configuration).findings(documents)

        XCTAssertEqual(findings.map(\.level), [.warning], "\(findings.map(\.message))")
        XCTAssertEqual(findings.first.map { ($0.locations + $0.relatedLocations).map(\.logical) }, ["report-05:5", "report-12:11"])
        XCTAssertTrue(findings.first?.message.hasPrefix("1 sentence (110 characters) shared by report-05:5 and report-12:11: «\(pasted.prefix(40))…»") == true,
                      findings.first?.message ?? "")
    }

    /// A stock phrase of 40 characters inside different paragraphs of two reports is too short
    /// to be a copy (`substantive-length` 100), and a 120-character sentence inside paragraphs
    /// of five reports is standard wording (`formula-occurrences` 3): neither is reported.
    func testAStockPhraseAndWordingSharedByManyReportsStaySilent() throws {
        var generator = GeneratedCorpus(seed: 13)
        let phrase = generator.paragraph(length: 39)
        let standard = generator.paragraph(length: 119)
        let documents = reports(12, generator: &generator) { number, paragraphs, generator in
            if number == 2 || number == 9 { paragraphs[number % 4] = generator.paragraph(length: 80) + phrase + generator.paragraph(length: 80) }
            if number < 5 { paragraphs[5] = generator.paragraph(length: 90) + standard + generator.paragraph(length: 90) }
        }
        let findings = try CorpusSearch(configuration: configuration).findings(documents)

        XCTAssertEqual(findings.map(\.message), [])
        // Not silent by being missed: the exact matches are there, and are dropped by rule.
        let all = CorpusSentences(documents, shingleSize: 5)
        let matched = try CorpusPassages(settings: Settings(configuration)).matches(all)
        XCTAssertEqual(matched.count, 1 + 10, "the phrase in 2 reports, the standard sentence in 5 (5 × 4 / 2 pairs)")
    }

    /// 150 reports of 8 paragraphs of 2–5 sentences each; 300 sentences and runs of two
    /// copied, with 0–3 % of characters changed, into a paragraph of another report: between
    /// sentences, after an unfinished clause, or replacing a sentence. The exact search
    /// compares every pair of sentences from different reports (an inverted index of all their
    /// shingles, no estimate); the LSH search must find at least 98 % of its pairs.
    func testRecallAgainstExactSearchOnAGeneratedCorpus() throws {
        var generator = GeneratedCorpus(seed: 14)
        var texts = (0..<150).map { _ in
            (0..<8).map { _ in (0..<(2 + Int(generator.next() % 4))).map { _ in generator.paragraph(length: 20 + Int(generator.next() % 120)) } }
        }
        for _ in 0..<300 {
            let (from, to) = (Int(generator.next() % 150), Int(generator.next() % 150))
            guard from != to else { continue }
            let source = texts[from][Int(generator.next() % 8)]
            let start = Int(generator.next() % UInt64(source.count))
            let copied = source[start..<min(source.count, start + 1 + Int(generator.next() % 2))].map { edited($0, rate: Double(generator.next() % 4) / 100, generator: &generator) }
            let paragraph = Int(generator.next() % 8)
            let position = Int(generator.next() % UInt64(texts[to][paragraph].count + 1))
            switch generator.next() % 3 {
            case 0: texts[to][paragraph].insert(contentsOf: copied, at: position)
            case 1: texts[to][paragraph].insert(contentsOf: [String(generator.paragraph(length: 30).dropLast()) + copied[0]] + copied.dropFirst(), at: position)
            default: texts[to][paragraph].replaceSubrange(min(position, texts[to][paragraph].count - 1)..., with: copied)
            }
        }
        let documents = texts.enumerated().map { number, paragraphs in
            CorpusDocument(name: "report-\(number)", report: GeneratedCorpus.report(paragraphs.map { $0.joined() }))
        }
        let settings = try Settings(configuration)
        let all = CorpusSentences(documents, shingleSize: settings.shingleSize)
        let found = Set(try CorpusPassages(settings: settings).matches(all).map { CandidatePair($0.left, $0.right) })
        let comparable = all.sentences.map { $0.text.count >= settings.minimumLength }
        let exact = Set(settings.exactPairs.within(all.sentences.map(\.shingles)) { comparable[$0] }
            .filter { all.documents[$0.left] != all.documents[$0.right] }.map { CandidatePair($0.left, $0.right) })

        XCTAssertGreaterThan(exact.count, 250)
        let recall = Double(exact.intersection(found).count) / Double(exact.count)
        XCTAssertGreaterThanOrEqual(recall, 0.98, "\(exact.intersection(found).count) of \(exact.count)")
        XCTAssertTrue(found.isSubset(of: exact), "every reported pair is confirmed exactly")
    }

    /// `count` reports of six generated paragraphs of 60–180 characters, changed by `plant`.
    private func reports(_ count: Int, generator: inout GeneratedCorpus,
                         plant: (Int, inout [String], inout GeneratedCorpus) -> Void) -> [CorpusDocument] {
        (0..<count).map { number in
            var paragraphs = (0..<6).map { _ in generator.paragraph(length: 59 + Int(generator.next() % 120)) }
            plant(number, &paragraphs, &generator)
            return CorpusDocument(name: String(format: "report-%02d", number), report: GeneratedCorpus.report(paragraphs))
        }
    }

    /// `sentence` with each character but the full stop replaced with probability `rate`.
    private func edited(_ sentence: String, rate: Double, generator: inout GeneratedCorpus) -> String {
        var scalars = Array(sentence.unicodeScalars)
        for position in scalars.indices.dropLast() where Double(generator.next() % 10_000) / 10_000 < rate {
            scalars[position] = Unicode.Scalar(0x4E00 + UInt32(generator.next() % 3000))!
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
