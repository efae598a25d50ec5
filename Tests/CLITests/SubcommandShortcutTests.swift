import Foundation
import TestSupport
import XCTest

/// `audit <subcommand> ...` is parsed by the subcommand alone when it accepts the arguments as a
/// run of its own (issue 19); an option before the subcommand's name sends the same arguments
/// through the whole command tree's parse, as before. Both must end the same way: output, errors
/// and exit status, for runs, usage errors and help alike.
final class SubcommandShortcutTests: WorkspaceTestCase {
    func testTheSubcommandAloneEndsAsTheWholeTreeDoes() throws {
        try commit("2020", packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt"))
        try commit("2021", sampleReport)
        let cases: [[String]] = [
            ["diff", "2020", "2021"],
            ["diff", "2020@1", "2021", "--format", "json", "--lang", "zh"],
            ["log", "2021"],
            ["remote"],
            ["remote", "-v"],
            ["rules"],
            ["diff", "2020"],
            ["diff", "2020", "2021", "--format", "pdf"],
            ["diff", "2020", "2022"],
            ["diff", "2020", "2021", "--version"],
            ["diff", "--help"],
            ["remote", "add", "--help"],
            ["remote", "help", "add"],
            ["log", "--generate-completion-script", "bash"],
            ["diff", "--generate-completion-script", "zsh"],
            ["remote", "add", "--generate-completion-script"],
        ]
        for arguments in cases {
            let shortcut = try AuditBinary.run(arguments + ["--workspace", workspace.path], in: root, scratch: root)
            let wholeTree = try AuditBinary.run(["--workspace", workspace.path] + arguments, in: root, scratch: root)
            let name = arguments.joined(separator: " ")
            XCTAssertEqual(shortcut.status, wholeTree.status, name)
            XCTAssertEqual(shortcut.output, wholeTree.output, name)
            XCTAssertEqual(shortcut.stderr, wholeTree.stderr, name)
        }
    }

    /// The shortcut's cases must include real runs and real refusals, or the test above would
    /// compare nothing but errors.
    func testTheCasesRunAndFailAsExpected() throws {
        try commit("2020", packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt"))
        try commit("2021", sampleReport)
        let diff = try audit(["diff", "2020", "2021"])
        XCTAssertEqual(diff.status, 0, diff.stderr)
        XCTAssertTrue(diff.output.contains("2020@1"), diff.output)
        let missing = try audit(["diff", "2020"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.hasPrefix("audit: "), missing.stderr)
        let help = try audit(["diff", "--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.output.contains("USAGE: audit diff"), help.output)
    }
}
