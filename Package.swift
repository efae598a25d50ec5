// swift-tools-version:6.0
import PackageDescription

/// The release `audit` links the Swift runtime and Foundation statically (issue 19): loading and
/// relocating them as shared libraries was most of every command's start. Linker flags only, so
/// the modules are compiled once for both; release only, because the test bundles link XCTest,
/// which has no static library, and a target's linker flags reach every product that links it.
/// `-static-stdlib` leaves out the libraries Foundation itself needs, which are given as one
/// group after the objects (they refer to each other). lld packs the 86,000 relative relocations
/// of the static binary (DT_RELR), which the loader then applies in a tenth of the time, keeping
/// the executable position-independent (gold, the default, cannot). libstdc++, which the Swift
/// runtime needs, is linked statically too: binding its 1,700 symbols was half of what `audit
/// --version` cost (3.31 M instructions, 1.46 M without). The toolchain's link line asks for
/// `-lstdc++` before any flag of ours, so a folder holding only the archive is searched first
/// (`scripts/static-libstdc++`, a link to Debian's libstdc++-12-dev; `scripts/check-release`
/// fails when the binary still needs libstdc++.so).
let staticFoundation = [
    "Foundation", "FoundationEssentials", "FoundationInternationalization", "CoreFoundation", "_FoundationICU",
    "_FoundationCShims", "_FoundationCollections", "swiftSynchronization", "swiftDispatch", "dispatch",
    "BlocksRuntime", "swift_StringProcessing", "swift_RegexParser", "swift_Concurrency", "swiftGlibc",
]
let staticSwiftRuntimeInRelease: [LinkerSetting] = [
    .unsafeFlags(
        ["-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--start-group"]
            + staticFoundation.flatMap { ["-Xlinker", "-l\($0)"] } + ["-Xlinker", "--end-group"]
            + ["-L", Context.packageDirectory + "/scripts/static-libstdc++"],
        .when(configuration: .release)
    ),
]

/// poppler-glib's headers include GLib's and cairo's from directories of their own (what
/// `pkg-config --cflags poppler-glib` names; glibconfig.h is under the architecture's library
/// directory). Not a pkg-config system library: SwiftPM would link what `--libs` names, and
/// poppler is loaded at first use (CPopplerLoader). Only `PDF` imports the headers, with an
/// internal import, so the modules above it need none of these.
#if arch(arm64)
let multiarch = "aarch64-linux-gnu"
#else
let multiarch = "x86_64-linux-gnu"
#endif
let popplerHeaderSearchPaths = [
    "/usr/include/poppler/glib", "/usr/include/glib-2.0", "/usr/lib/\(multiarch)/glib-2.0/include", "/usr/include/cairo",
].map { "-I\($0)" }

let package = Package(
    name: "audit",
    products: [
        .executable(name: "audit", targets: ["audit"]),
        // The browser workbench (issue 20), apart so that `audit` does not load SwiftNIO at start-up.
        .executable(name: "audit-serve", targets: ["audit-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // libgit2's headers from the system (Debian: libgit2-dev), wrapped in Swift by `Git`; the
        // library itself is loaded with dlopen by CLibgit2Init when the first store is opened.
        .systemLibrary(
            name: "CLibgit2",
            path: "Sources/CLibgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // libgit2 loaded and initialised without mbedTLS's CA certificates (a few ms of every
        // start). The executable exports its definition of the certificate loader, so that the
        // libgit2 loaded later finds it before mbedTLS's.
        // Forwarders to a C library loaded with dlopen at its first use (libgit2, libxlsxwriter,
        // poppler-glib, cairo), and where each is found (lazy_libraries.h).
        .target(name: "CLazyLibrary", path: "Sources/CLazyLibrary", linkerSettings: [.linkedLibrary("dl")]),
        .target(
            name: "CLibgit2Init", dependencies: ["CLibgit2", "CLazyLibrary"], path: "Sources/CLibgit2Init",
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic-symbol=mbedtls_x509_crt_parse_file"])]
        ),
        .target(name: "Git", dependencies: ["CLibgit2", "CLibgit2Init"], path: "Sources/Git"),
        // poppler-glib's headers from the system (Debian: libpoppler-glib-dev), wrapped in Swift by
        // `PDF`; the library is loaded with dlopen by CPopplerLoader at the first PDF.
        .systemLibrary(name: "CPoppler", path: "Sources/CPoppler", providers: [.apt(["libpoppler-glib-dev"])]),
        .target(
            name: "CPopplerLoader", dependencies: ["CPoppler", "CLazyLibrary"], path: "Sources/CPopplerLoader",
            cSettings: [.unsafeFlags(popplerHeaderSearchPaths)]
        ),
        .target(
            name: "PDF", dependencies: ["CPoppler", "CPopplerLoader"], path: "Sources/PDF",
            swiftSettings: [.unsafeFlags(popplerHeaderSearchPaths.flatMap { ["-Xcc", $0] })]
        ),
        // cairo's headers from the system (Debian: libcairo2-dev), wrapped in Swift by `Cairo`:
        // PDF and PNG surfaces in memory, boxes, text; the library is loaded with dlopen by
        // CCairoLoader at the first drawing.
        .systemLibrary(name: "CCairo", path: "Sources/CCairo", providers: [.apt(["libcairo2-dev"])]),
        .target(name: "CCairoLoader", dependencies: ["CCairo", "CLazyLibrary"], path: "Sources/CCairoLoader"),
        .target(name: "Cairo", dependencies: ["CCairo", "CCairoLoader"], path: "Sources/Cairo"),
        // A PDF's words with boxes, in reading order, and the layout text made from them.
        .target(name: "PDFText", dependencies: ["PDF", "ReportModel"], path: "Sources/PDFText"),
        // Report versions in a git repository; knows nothing of report contents.
        .target(name: "AuditStore", dependencies: ["Git", "PDFText", "Localization"], path: "Sources/AuditStore"),
        // libxlsxwriter's headers from the system (Debian: libxlsxwriter-dev), wrapped in Swift by
        // `WorkingPapers`; the library is loaded with dlopen by CXlsxWriterLoader at the first workbook.
        .systemLibrary(
            name: "CXlsxWriter",
            path: "Sources/CXlsxWriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "CXlsxWriterLoader", dependencies: ["CXlsxWriter", "CLazyLibrary"], path: "Sources/CXlsxWriterLoader"),
        // Tables for auditors' working papers (typed cells, named columns) written as CSV or XLSX.
        .target(name: "WorkingPapers", dependencies: ["CXlsxWriter", "CXlsxWriterLoader", "ReportModel", "TextEscaping"], path: "Sources/WorkingPapers"),
        // Both wordings of what the reader sees (English, Chinese) and the language a front end chose.
        .target(name: "Localization", path: "Sources/Localization"),
        // Untrusted text made safe for HTML, Markdown and terminals: one escaper of each.
        .target(name: "TextEscaping", path: "Sources/TextEscaping"),
        // Stored text -> sections, paragraphs, tables, figures.
        .target(name: "ReportModel", dependencies: ["Localization"], path: "Sources/ReportModel"),
        // Each revision's parsed model, archived at commit beside the store and loaded instead of parsed.
        .target(name: "StoredReports", dependencies: ["AuditStore", "ReportModel", "PDFText"], path: "Sources/StoredReports"),
        // What changed between two parsed reports: tables, paragraphs, figures; and its renderers.
        .target(name: "ReportDiff", dependencies: ["ReportModel", "TextEscaping", "Localization"], path: "Sources/ReportDiff"),
        // A report format as plain data (issue 16): tables, vocabulary, identities over named cells.
        .target(name: "RulePackModel", dependencies: ["ReportModel"], path: "Sources/RulePackModel"),
        // Rule packs read from YAML with their marks: the built-in ones (resources) and a
        // workspace's rules/*.yml, checked before any report is; detection of a report's format.
        .target(name: "RulePacks", dependencies: ["RulePackModel", "ReportModel", "Yams", "Localization"], path: "Sources/RulePacks",
                resources: [.copy("Packs")]),
        // What a checker plugin sees: the model, findings, its own description and examples.
        .target(name: "CheckerKit", dependencies: ["ReportModel", "RulePackModel", "Localization"], path: "Sources/CheckerKit"),
        // The plain values of a check run: findings with their checkers' outcomes, baseline
        // states, reviewers' suppressions. The engine produces them, the store keeps them.
        .target(name: "FindingsModel", dependencies: ["CheckerKit"], path: "Sources/FindingsModel"),
        // prctl for the engine's checker children (variadic, so not callable from Swift).
        .target(name: "CChildProcess", path: "Sources/CChildProcess"),
        // Runs checkers in isolation, applies configuration, renders findings.
        .target(
            name: "AuditEngine",
            dependencies: ["CheckerKit", "FindingsModel", "ReportModel", "TextEscaping", "CChildProcess", "Yams", "Rainbow"],
            path: "Sources/AuditEngine"
        ),
        // Findings recorded with each revision, baselines, triage decisions and their history;
        // stores what the engine found, never runs it.
        .target(
            name: "FindingsStore",
            dependencies: ["Git", "AuditStore", "CheckerKit", "FindingsModel", "Localization"],
            path: "Sources/FindingsStore"
        ),
        // The reviewer report: findings with context, status and history, and the diff's highlights.
        .target(
            name: "ReviewReport",
            dependencies: ["FindingsStore", "FindingsModel", "CheckerKit", "ReportDiff", "ReportModel", "TextEscaping"],
            path: "Sources/ReviewReport"
        ),
        // The reviewer report drawn over the committed PDF (boxes, numbers, legends, a cover),
        // and one page as a PNG with a finding's boxes.
        .target(
            name: "MarkedUpPDF",
            dependencies: ["ReviewReport", "FindingsModel", "CheckerKit", "ReportModel", "PDF", "PDFText", "Cairo", "TextEscaping", "Localization"],
            path: "Sources/MarkedUpPDF"
        ),
        // Checker plugins: the checker API and the report model it hands them, nothing else.
        .target(name: "TotalReconciliation", dependencies: ["CheckerKit", "ReportModel", "RulePackModel"], path: "Plugins/TotalReconciliation"),
        .target(name: "PriorYearClaims", dependencies: ["CheckerKit", "ReportModel"], path: "Plugins/PriorYearClaims"),
        .target(name: "InconsistentFigures", dependencies: ["CheckerKit", "ReportModel"], path: "Plugins/InconsistentFigures"),
        .target(name: "DuplicateNarrative", dependencies: ["CheckerKit", "ReportModel"], path: "Plugins/DuplicateNarrative", exclude: ["README.md"]),
        .target(name: "ReportStructure", dependencies: ["CheckerKit", "ReportModel", "RulePackModel"], path: "Plugins/ReportStructure"),
        // The one list of plugins the application layer hands to the engine.
        .target(name: "CheckerRegistry", dependencies: ["CheckerKit", "TotalReconciliation", "InconsistentFigures", "DuplicateNarrative", "PriorYearClaims", "ReportStructure"], path: "Plugins/Registry"),
        // The use cases every front end calls: the stores and the engine wired together.
        .target(
            name: "AuditApp",
            dependencies: [
                "AuditStore", "StoredReports", "ReportModel", "ReportDiff", "CheckerKit", "FindingsModel", "AuditEngine", "FindingsStore", "ReviewReport", "CheckerRegistry", "Git",
                "PDFText", "WorkingPapers", "RulePacks", "RulePackModel", "MarkedUpPDF", "Localization",
            ],
            path: "Sources/AuditApp"
        ),
        .executableTarget(
            name: "audit",
            dependencies: [
                "AuditApp", "AuditStore", "ReportDiff", "AuditEngine", "FindingsModel", "CheckerKit", "CheckerRegistry", "FindingsStore", "ReviewReport", "TextEscaping", "WorkingPapers", "RulePacks", "RulePackModel",
                "Localization",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/audit",
            linkerSettings: staticSwiftRuntimeInRelease
        ),
        // The browser workbench's pages, routes and security over the application layer (issue 20).
        .target(
            name: "AuditServer",
            dependencies: [
                "AuditApp", "AuditStore", "FindingsStore", "FindingsModel", "CheckerKit", "ReportDiff", "TextEscaping",
                "ReviewReport", .product(name: "Hummingbird", package: "hummingbird"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"), .product(name: "HTTPTypes", package: "swift-http-types"),
                "Localization",
            ],
            path: "Sources/AuditServer"
        ),
        // `audit serve` execs it; its own binary keeps NIO out of every other command's start-up.
        .executableTarget(
            name: "audit-serve",
            dependencies: ["AuditServer", "Localization", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/audit-serve"
        ),
        // Benchmarks (bench/run), built in release mode only there.
        .executableTarget(
            name: "audit-bench",
            dependencies: [
                "AuditStore", "StoredReports", "ReportModel", "ReportDiff", "DuplicateNarrative", "AuditEngine", "FindingsModel", "CheckerKit", "CheckerRegistry",
                "RulePacks",
                // The Shanghai fixtures and their cell comparison, for the ingest row's accuracy.
                "PDFText", "TestSupport",
            ],
            path: "bench/Sources/audit-bench"
        ),
        // Helpers the test suites share: scratch directories, the git CLI as judge, GB18030 input.
        .target(name: "TestSupport", dependencies: ["ReportModel", "PDFText", "CheckerKit", "RulePacks"], path: "Tests/TestSupport"),
        .testTarget(name: "PDFTextTests", dependencies: ["PDFText", "PDF", "ReportModel", "TestSupport"], path: "Tests/PDFTextTests"),
        .testTarget(name: "GitTests", dependencies: ["Git", "TestSupport"], path: "Tests/GitTests"),
        .testTarget(name: "AuditStoreTests", dependencies: ["AuditStore", "TestSupport"], path: "Tests/AuditStoreTests"),
        .testTarget(name: "StoredReportsTests", dependencies: ["StoredReports", "AuditStore", "ReportModel", "PDFText", "TestSupport"], path: "Tests/StoredReportsTests"),
        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel", "TestSupport"], path: "Tests/ReportModelTests"),
        // ReportDiffTests also run the built `audit diff`.
        .testTarget(name: "ReportDiffTests", dependencies: ["ReportDiff", "ReportModel", "audit"], path: "Tests/ReportDiffTests"),
        .testTarget(
            name: "CheckerTests",
            dependencies: ["CheckerKit", "AuditEngine", "FindingsModel", "CheckerRegistry", "ReportModel", "TestSupport"],
            path: "Tests/CheckerTests",
            exclude: ["Fixtures"]
        ),
        // CLITests also take checkers' own examples as report text.
        .testTarget(name: "CLITests", dependencies: ["audit", "TestSupport", "CheckerKit", "TotalReconciliation", "PDFText", "ReportModel", "AuditStore", "StoredReports"], path: "Tests/CLITests"),
        // Runs `audit-bench --smoke`, which drives the `audit` binary built beside it.
        .testTarget(name: "BenchSmokeTests", dependencies: ["audit-bench", "audit"], path: "Tests/BenchSmokeTests"),
        .testTarget(
            name: "DuplicateNarrativeTests",
            dependencies: ["DuplicateNarrative", "CheckerKit", "ReportModel", "audit", "TestSupport"],
            path: "Tests/DuplicateNarrativeTests"
        ),
        .testTarget(
            name: "FindingsStoreTests",
            dependencies: ["FindingsStore", "FindingsModel", "AuditApp", "AuditStore", "AuditEngine", "CheckerKit", "CheckerRegistry", "Git", "ReportModel"],
            path: "Tests/FindingsStoreTests"
        ),
        .testTarget(
            name: "PriorYearClaimsTests",
            dependencies: ["PriorYearClaims", "CheckerKit", "ReportModel"],
            path: "Tests/PriorYearClaimsTests"
        ),
        .testTarget(
            name: "ReviewReportTests",
            dependencies: ["ReviewReport", "FindingsStore", "FindingsModel", "AuditEngine", "CheckerKit", "ReportDiff", "ReportModel"],
            path: "Tests/ReviewReportTests"
        ),
        // FindingsCLITests judge the spreadsheets `audit findings` writes with Python's csv and openpyxl.
        .testTarget(name: "FindingsCLITests", dependencies: ["audit", "TestSupport"], path: "Tests/FindingsCLITests", exclude: ["Judges"]),
        .testTarget(name: "WorkingPapersTests", dependencies: ["WorkingPapers", "TestSupport"], path: "Tests/WorkingPapersTests"),
        // The marked-up PDF and a page's PNG, judged by poppler-utils (pdftotext, pdftoppm) and Pillow.
        .testTarget(name: "MarkedUpPDFTests", dependencies: ["MarkedUpPDF", "AuditApp", "AuditStore", "PDF", "PDFText", "ReportModel", "CheckerKit", "TestSupport", "audit"], path: "Tests/MarkedUpPDFTests"),
        .testTarget(name: "TextEscapingTests", dependencies: ["TextEscaping"], path: "Tests/TextEscapingTests"),
        // push / pull / clone between workspaces through a bare remote on disk and git daemon, judged by git.
        .testTarget(name: "SyncTests", dependencies: ["audit", "TestSupport"], path: "Tests/SyncTests"),
        // Each use case called as a front end calls it, without the binary.
        .testTarget(
            name: "AuditAppTests",
            dependencies: ["AuditApp", "AuditStore", "FindingsStore", "FindingsModel", "CheckerKit", "ReportDiff", "ReviewReport", "TestSupport"],
            path: "Tests/AuditAppTests"
        ),
        // Seeded faults in the store, the cache and concurrent or killed writers, judged by the git CLI.
        .testTarget(
            name: "StoreFaultTests",
            dependencies: ["audit", "AuditStore", "StoredReports", "ReportModel", "TestSupport"],
            path: "Tests/StoreFaultTests"
        ),
        // The adversarial suite, engine side: fuzzed reports through every checker, hostile
        // configurations, extreme numbers, children outliving their parent.
        .testTarget(
            name: "FaultTests",
            dependencies: ["AuditEngine", "FindingsModel", "CheckerKit", "CheckerRegistry", "ReportModel", "TestSupport", "audit"],
            path: "Tests/FaultTests"
        ),
        .testTarget(
            name: "InconsistentFiguresTests",
            dependencies: ["InconsistentFigures", "CheckerKit", "ReportModel", "TestSupport"],
            path: "Tests/InconsistentFiguresTests"
        ),
        // Rule packs: loading and its errors, detection, forcing, a workspace's own pack, through
        // the library and through the built `audit`.
        .testTarget(
            name: "RulePacksTests",
            dependencies: ["RulePacks", "RulePackModel", "AuditEngine", "CheckerKit", "CheckerRegistry", "ReportModel", "TestSupport", "audit",
                           "Localization"],
            path: "Tests/RulePacksTests"
        ),
        // The workbench through HTTP: the built audit-serve started on a free port, judged with the CLI.
        .testTarget(name: "AuditServerTests", dependencies: ["AuditServer", "TestSupport", "audit", "audit-serve"], path: "Tests/AuditServerTests", exclude: ["Browser"]),
        .testTarget(
            name: "ReportStructureTests",
            dependencies: ["ReportStructure", "CheckerKit", "ReportModel", "RulePacks", "TestSupport"],
            path: "Tests/ReportStructureTests"
        ),
    ],
    swiftLanguageModes: [.v5]
)
