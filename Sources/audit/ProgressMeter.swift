import Foundation
import Glibc
import TextEscaping

/// Progress on stderr, shown only once the work has taken a second (`AUDIT_PROGRESS_AFTER`
/// seconds, so that a test need not depend on the machine's speed): a bar redrawn in place on
/// a terminal, one plain line per step when stderr is piped or a file (a log keeps them all).
final class ProgressMeter {
    /// What a piped line says was done to each item: "checked 3/40 czj/2024@1".
    private let verb: String
    private let started = Date()
    private let terminal = isatty(STDERR_FILENO) == 1
    private let delay = ProcessInfo.processInfo.environment["AUDIT_PROGRESS_AFTER"].flatMap(TimeInterval.init) ?? 1
    private var drawn = false
    static let barWidth = 30

    init(verb: String) {
        self.verb = verb
    }

    func update(done: Int, total: Int, label: String) {
        guard Date().timeIntervalSince(started) >= delay else { return }
        let counted = "\(done)/\(total) " + TerminalText.visibleLine(label)
        if terminal {
            let filled = total > 0 ? Self.barWidth * done / total : Self.barWidth
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: Self.barWidth - filled)
            write("\r\u{1B}[K[\(bar)] \(counted)")
            drawn = true
        } else {
            write("\(verb) \(counted)\n")
        }
    }

    /// Clears the bar so the table starts on a clean line.
    func finish() {
        if drawn { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
