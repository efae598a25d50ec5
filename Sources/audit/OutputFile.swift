import Foundation

/// `--output FILE` or standard output. A file is written whole or not at all, so a failed
/// command leaves no half report behind.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
