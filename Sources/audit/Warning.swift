import Foundation

/// Something the user should know that does not stop the command: one line on stderr.
enum Warning {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data("audit: warning: \(FailureExit.oneLine(message))\n".utf8))
    }
}
