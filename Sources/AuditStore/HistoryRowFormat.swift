/// What a reader keeps per revision in a history index (`Workspace.historyRows`): the store
/// keeps the bytes and hands them back, and asks the format to vouch for each row of an index
/// file before it is used, so that a row from another build never reaches a reader.
public protocol HistoryRowFormat {
    /// The index's file name; it must change whenever what `row` makes does.
    var indexName: String { get }
    func row(_ revision: Revision) throws -> [UInt8]
    /// Whether `row` is one that `row(_:)` could have made.
    func isWellFormed(_ row: UnsafeRawBufferPointer) -> Bool
}
