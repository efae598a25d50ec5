import CheckerKit
/// Limits a configuration's size and nesting before it reaches the YAML parser, whose
/// composer recurses once per level: `[[[…]]]` 20,000 deep (40 KB) overflows the stack.
/// A real `audit.yml` is a few hundred bytes, three levels deep.
///
/// The scan over-counts rather than under-counts: every indentation step, compact `- ` or `? `
/// entry and open flow bracket outside quotes and comments is one level.
enum YAMLBounds {
    static let maximumBytes = 64 * 1024
    static let maximumDepth = 32

    static func check(_ bytes: [UInt8]) throws {
        guard bytes.count <= maximumBytes else {
            throw ConfigurationError("", line: nil, LocalizedText(en: "\(bytes.count) bytes is over the limit of \(maximumBytes)", zh: "\(bytes.count) 字节，超过上限 \(maximumBytes) 字节"))
        }
        var scanner = Scanner()
        for (number, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if scanner.depth(after: line) > maximumDepth {
                throw ConfigurationError("", line: number + 1, LocalizedText(en: "nested deeper than \(maximumDepth) levels", zh: "嵌套超过 \(maximumDepth) 层"))
            }
        }
    }

    /// The deepest level seen on each line; flow collections and quotes may span lines.
    private struct Scanner {
        private var indentation: [Int] = []
        private var flowDepth = 0
        private var quote: UInt8?

        mutating func depth(after line: ArraySlice<UInt8>) -> Int {
            var index = line.startIndex
            if quote == nil, flowDepth == 0 {
                let indent = line.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
                index += indent
                let rest = line[index...]
                if rest.isEmpty || rest.first == UInt8(ascii: "#") { return indentation.count }
                while let last = indentation.last, last > indent { indentation.removeLast() }
                if indentation.last != indent { indentation.append(indent) }
            }
            var deepest = indentation.count + flowDepth
            var entries = 0
            var previous = UInt8(ascii: " ")
            while index < line.endIndex {
                let byte = line[index]
                if let open = quote {
                    if byte == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") { index += 1 } else if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "#") && Self.separates(previous) {
                    break
                } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && Self.startsToken(previous) {
                    quote = byte
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flowDepth += 1
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flowDepth = max(0, flowDepth - 1)
                } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?")) && Self.separates(previous)
                            && (index + 1 == line.endIndex || Self.separates(line[index + 1])) {
                    entries += 1
                }
                deepest = max(deepest, indentation.count + entries + flowDepth)
                previous = byte
                index += 1
            }
            return deepest
        }

        private static func separates(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
        }

        private static func startsToken(_ byte: UInt8) -> Bool {
            separates(byte) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
        }
    }
}
