extension String {
    /// Whether `needle` occurs in the string, compared byte by byte in UTF-8 (which finds
    /// exactly the scalar sequences). With Foundation imported, `contains` on Linux goes through
    /// NSString and costs more than the search itself on the short phrases the narrative rules
    /// test by the thousand.
    func hasSubstring(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty else { return true }
                guard pattern.count <= bytes.count else { return false }
                let first = pattern[0]
                var index = 0
                while index <= bytes.count - pattern.count {
                    if bytes[index] == first, (1..<pattern.count).allSatisfy({ bytes[index + $0] == pattern[$0] }) { return true }
                    index += 1
                }
                return false
            }
        }
    }
}
