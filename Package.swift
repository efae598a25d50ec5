// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "audit",
    products: [
        .executable(name: "audit", targets: ["audit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.0.0"),
    ],
    targets: [
        // libgit2 from the system (Debian: libgit2-dev), wrapped in Swift by `Git`.
        .systemLibrary(
            name: "CLibgit2",
            path: "Sources/CLibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "Git", dependencies: ["CLibgit2"], path: "Sources/Git"),
        // Report versions in a git repository; knows nothing of report contents.
        .target(name: "AuditStore", dependencies: ["Git"], path: "Sources/AuditStore"),
        // Stored text -> sections, paragraphs, tables, figures.
        .target(name: "ReportModel", path: "Sources/ReportModel"),
        // Each revision's parsed model, archived at commit beside the store and loaded instead of parsed.
        .target(name: "StoredReports", dependencies: ["AuditStore", "ReportModel"], path: "Sources/StoredReports"),
        // What changed between two parsed reports: tables, paragraphs, figures; and its renderers.
        .target(name: "ReportDiff", dependencies: ["ReportModel"], path: "Sources/ReportDiff"),
        // What a checker plugin sees: the model, findings, its own description and examples.
        .target(name: "CheckerKit", dependencies: ["ReportModel"], path: "Sources/CheckerKit"),
        // Runs checkers in isolation, applies configuration, renders findings.
        .target(
            name: "AuditEngine",
            dependencies: ["CheckerKit", "ReportModel", "Yams", "Rainbow"],
            path: "Sources/AuditEngine"
        ),
        // Findings recorded with each revision, baselines, triage decisions and their history.
        .target(
            name: "FindingsStore",
            dependencies: ["Git", "AuditStore", "StoredReports", "CheckerKit", "AuditEngine", "ReportModel"],
            path: "Sources/FindingsStore"
        ),
        // The reviewer report: findings with context, status and history, and the diff's highlights.
        .target(
            name: "ReviewReport",
            dependencies: ["FindingsStore", "AuditEngine", "CheckerKit", "ReportDiff"],
            path: "Sources/ReviewReport"
        ),
        // Checker plugins: each depends on CheckerKit only.
        .target(name: "TotalReconciliation", dependencies: ["CheckerKit"], path: "Plugins/TotalReconciliation"),
        .target(name: "PriorYearClaims", dependencies: ["CheckerKit"], path: "Plugins/PriorYearClaims"),
        .target(name: "InconsistentFigures", dependencies: ["CheckerKit"], path: "Plugins/InconsistentFigures"),
        .target(name: "DuplicateNarrative", dependencies: ["CheckerKit"], path: "Plugins/DuplicateNarrative", exclude: ["README.md"]),
        .target(name: "ReportStructure", dependencies: ["CheckerKit", "ReportModel"], path: "Plugins/ReportStructure"),
        // The one list of plugins the command line hands to the engine.
        .target(name: "CheckerRegistry", dependencies: ["CheckerKit", "TotalReconciliation", "InconsistentFigures", "DuplicateNarrative", "PriorYearClaims", "ReportStructure"], path: "Plugins/Registry"),
        .executableTarget(
            name: "audit",
            dependencies: [
                "AuditStore", "StoredReports", "ReportModel", "ReportDiff", "AuditEngine", "CheckerRegistry", "FindingsStore", "ReviewReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/audit"
        ),
        // Benchmarks (bench/run), built in release mode only there.
        .executableTarget(
            name: "audit-bench",
            dependencies: [
                "AuditStore", "StoredReports", "ReportModel", "ReportDiff", "DuplicateNarrative", "AuditEngine", "CheckerKit", "CheckerRegistry",
            ],
            path: "bench/Sources/audit-bench"
        ),
        // Helpers the test suites share: scratch directories, the git CLI as judge, GB18030 input.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GitTests", dependencies: ["Git", "TestSupport"], path: "Tests/GitTests"),
        .testTarget(name: "AuditStoreTests", dependencies: ["AuditStore", "TestSupport"], path: "Tests/AuditStoreTests"),
        .testTarget(name: "StoredReportsTests", dependencies: ["StoredReports", "AuditStore", "ReportModel", "TestSupport"], path: "Tests/StoredReportsTests"),
        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel"], path: "Tests/ReportModelTests"),
        // ReportDiffTests also run the built `audit diff`.
        .testTarget(name: "ReportDiffTests", dependencies: ["ReportDiff", "ReportModel", "audit"], path: "Tests/ReportDiffTests"),
        .testTarget(
            name: "CheckerTests",
            dependencies: ["CheckerKit", "AuditEngine", "CheckerRegistry", "ReportModel"],
            path: "Tests/CheckerTests",
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CLITests", dependencies: ["audit", "TestSupport"], path: "Tests/CLITests"),
        // Runs `audit-bench --smoke`, which drives the `audit` binary built beside it.
        .testTarget(name: "BenchSmokeTests", dependencies: ["audit-bench", "audit"], path: "Tests/BenchSmokeTests"),
        .testTarget(
            name: "DuplicateNarrativeTests",
            dependencies: ["DuplicateNarrative", "CheckerKit", "ReportModel", "audit"],
            path: "Tests/DuplicateNarrativeTests"
        ),
        .testTarget(
            name: "FindingsStoreTests",
            dependencies: ["FindingsStore", "AuditStore", "AuditEngine", "CheckerKit", "CheckerRegistry", "Git", "ReportModel"],
            path: "Tests/FindingsStoreTests"
        ),
        .testTarget(
            name: "PriorYearClaimsTests",
            dependencies: ["PriorYearClaims", "CheckerKit", "ReportModel"],
            path: "Tests/PriorYearClaimsTests"
        ),
        .testTarget(
            name: "ReviewReportTests",
            dependencies: ["ReviewReport", "FindingsStore", "AuditEngine", "CheckerKit", "ReportDiff", "ReportModel"],
            path: "Tests/ReviewReportTests"
        ),
        .testTarget(name: "FindingsCLITests", dependencies: ["audit"], path: "Tests/FindingsCLITests"),
        .testTarget(
            name: "InconsistentFiguresTests",
            dependencies: ["InconsistentFigures", "CheckerKit", "ReportModel"],
            path: "Tests/InconsistentFiguresTests"
        ),
        // Runs pdftotext (poppler-utils) as an independent source of the Shanghai reports' text.
        .testTarget(
            name: "ReportStructureTests",
            dependencies: ["ReportStructure", "CheckerKit", "ReportModel"],
            path: "Tests/ReportStructureTests"
        ),
    ],
    swiftLanguageModes: [.v5]
)
