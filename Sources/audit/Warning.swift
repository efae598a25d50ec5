import Foundation
import Localization

/// Something the user should know that does not stop the command: one line on stderr.
enum Warning {
    static func print(_ message: LocalizedText) {
        let prefix = InterfaceLanguage.text("audit: warning: ", "audit: 警告：")
        FileHandle.standardError.write(Data("\(prefix)\(FailureExit.oneLine(message.text(in: InterfaceLanguage.current)))\n".utf8))
    }
}
