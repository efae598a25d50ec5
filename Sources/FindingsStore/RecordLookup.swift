/// What the store holds for a revision's findings.
public enum RecordLookup {
    case recorded(FindingsRecord)
    /// Nothing recorded, e.g. the commit was interrupted before its findings were written.
    case missing
    /// Something is recorded but cannot be used; the reason says what.
    case damaged(String)
}
