import Foundation
import TestSupport
import XCTest

/// The mean colour of a rectangle of a picture (PNG or PPM), read by Pillow: a judge
/// independent of the cairo that drew it.
struct RegionColour: CustomStringConvertible {
    var red: Double
    var green: Double
    var blue: Double

    /// `x0`...`y1` in pixels of the picture.
    static func mean(of picture: URL, x0: Double, y0: Double, x1: Double, y1: Double, line: UInt = #line) throws -> RegionColour {
        let script = """
            import sys
            from PIL import Image, ImageStat
            box = tuple(round(float(v)) for v in sys.argv[2:6])
            print(*ImageStat.Stat(Image.open(sys.argv[1]).convert('RGB').crop(box)).mean)
            """
        let result = try ExternalCommand.run(["python3", "-c", script, picture.path, "\(x0)", "\(y0)", "\(x1)", "\(y1)"])
        let values = result.output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard result.status == 0, values.count == 3 else {
            XCTFail("Pillow could not read \(picture.path): \(result.output)", line: line)
            return RegionColour(red: 0, green: 0, blue: 0)
        }
        return RegionColour(red: values[0], green: values[1], blue: values[2])
    }

    /// Red above green and blue alike: an error's translucent box over black-on-white text
    /// (a related place's, lighter, is about 18 above).
    var isRed: Bool { red > green + 12 && red > blue + 12 && abs(green - blue) < 8 }
    /// Blue above red and green: a note's box.
    var isBlue: Bool { blue > red + 12 && blue > green + 6 }
    /// Grey or white: no box.
    var isNeutral: Bool { abs(red - green) < 5 && abs(red - blue) < 5 && abs(green - blue) < 5 }

    var description: String { String(format: "rgb(%.0f, %.0f, %.0f)", red, green, blue) }
}
