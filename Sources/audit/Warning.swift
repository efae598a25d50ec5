import Foundation

/// Something the user should know that does not stop the command: one line on stderr.
enum Warning {
    static func print(_ message: String) {
        let prefix = InterfaceLanguage.text("audit: warning: ", "audit: 警告：")
        FileHandle.standardError.write(Data("\(prefix)\(FailureExit.oneLine(message))\n".utf8))
    }
}
