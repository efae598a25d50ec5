import Foundation

/// A report file read and refused exactly as `commit` reads it (size, type, emptiness,
/// decoding), for commands that read reports without storing them.
public enum ReportFile {
    public static func text(of url: URL) throws -> String {
        try SourceFile.load(url).decoded.text
    }
}
