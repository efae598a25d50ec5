import Foundation

/// The package's root directory, found from this file's path.
public let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The real 2021 report of the sample corpus.
public let sampleReport = packageRoot.appendingPathComponent("reports/shanwei-zsj/2021.txt")
