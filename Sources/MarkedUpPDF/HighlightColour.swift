import Cairo
import CheckerKit

/// The colour of a level, the same on the boxes, their numbers and the legend: red for an
/// error, amber for a warning, blue for a note.
enum HighlightColour {
    static func of(_ level: Level) -> CairoColour {
        switch level {
        case .error: CairoColour(red: 0.85, green: 0.1, blue: 0.1)
        case .warning: CairoColour(red: 0.95, green: 0.6, blue: 0)
        case .note: CairoColour(red: 0.1, green: 0.4, blue: 0.9)
        }
    }

    /// How opaque a box's fill is: enough to see at a glance, little enough to read through.
    static let fillAlpha = 0.22
}
