import ArgumentParser
import AuditApp
import Foundation
import Glibc

/// A format `--format` can name; `standard` is what a command prints unless told otherwise.
protocol OutputChoice: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {
    static var standard: Self { get }
}

/// `--format` and `-o/--output`, the same for every command that prints a report.
struct OutputOptions<Format: OutputChoice>: ParsableArguments {
    @Option(help: InterfaceLanguage.help(
        "One of: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).",
        "取值之一：\(Format.allCases.map(\.rawValue).joined(separator: "、"))。",
        valueName: "format"
    ))
    var format: Format = .standard

    @Option(name: .shortAndLong, help: InterfaceLanguage.help("Write to this file instead of standard output.", "写入此文件，而不是标准输出。", valueName: "file"))
    var output: String?

    func validate() throws {
        if output?.isEmpty == true { throw InterfaceLanguage.usage("--output needs a file", "--output 需要一个文件") }
    }

    /// Whether the output goes to a terminal: coloured text may, a binary file (XLSX) may not.
    var writesToTerminal: Bool {
        output == nil && isatty(STDOUT_FILENO) == 1
    }

    /// Colour only for a terminal, and not when the user opts out (https://no-color.org).
    var colour: Bool {
        writesToTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// To standard output, or atomically to `--output`, which may not lie inside any of `stores`.
    func write(_ text: String, outside stores: [URL]) throws {
        try write(Data(text.utf8), outside: stores)
    }

    func write(_ data: Data, outside stores: [URL]) throws {
        guard let output else { return FileHandle.standardOutput.write(data) }
        try OutputFile.write(data, to: output, outside: stores)
    }
}
