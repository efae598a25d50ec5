/// The values unwrapped, or nil if any is missing: an identity needs every one of its figures.
func allPresent<T>(_ values: [T?]) -> [T]? {
    let present = values.compactMap { $0 }
    return present.count == values.count ? present : nil
}
