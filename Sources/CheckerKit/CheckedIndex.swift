extension Collection {
    /// The element at `index`, or nil outside the collection. Indices a checker reads from the
    /// parsed report (a figure's paragraph, a cell's column) are data, so they are looked up
    /// through this rather than trusted: a trap would lose every finding of the checker.
    public subscript(checked index: Index) -> Element? {
        index >= startIndex && index < endIndex ? self[index] : nil
    }
}
