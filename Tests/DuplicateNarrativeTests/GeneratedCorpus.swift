import DuplicateNarrative
import ReportModel

/// Reports of random Chinese text, reproducible from a seed, into which tests plant shared
/// paragraphs.
struct GeneratedCorpus {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A paragraph of `length` characters drawn from 3000 common CJK code points.
    mutating func paragraph(length: Int) -> String {
        String(String.UnicodeScalarView((0..<length).map { _ in Unicode.Scalar(0x4E00 + UInt32(next() % 3000))! })) + "。"
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A report whose narrative holds `paragraphs` under one heading, in the stored-text form.
    static func report(_ paragraphs: [String]) -> Report {
        let lines = [" 第三部分：示例单位 2021 年部门决算情况说明 ", "", "四、其他重要事项的情况说明 ", ""] + paragraphs.flatMap { [$0 + " ", ""] }
        return ReportParser.parse(lines.joined(separator: "\n"))
    }
}
