import CheckerKit
import FindingsModel
import Foundation

/// Writes a run as one SARIF 2.1.0 log, so findings open in any SARIF viewer and code-review
/// tool. Locations point into the stored text of the version (`2021@1/text.txt`, relative to
/// the workspace), columns count Unicode code points, and `versionControlProvenance` names the
/// commit that holds the version.
struct SARIFRenderer {
    static let workspaceBase = "WORKSPACE"
    static let fingerprintKey = "auditFingerprint/v1"

    /// Reviews by fingerprint: each adds `baselineState` and `suppressions` to its result.
    var reviews: [String: FindingReview] = [:]
    /// The language of every `message.text` and rule description; `run.language` names it.
    var language: Language = .en

    func render(_ run: AuditRun, subject: RunSubject) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(log(run, subject: subject)), as: UTF8.self) + "\n"
    }

    func log(_ run: AuditRun, subject: RunSubject) -> SARIF.Log {
        let components = ToolComponents(run)
        let results = run.findings.map { finding in
            reviewed(result(finding, place: components.place(of: finding.ruleID), subject: subject))
        }
        let extensions = components.extensions.map { SARIF.ToolComponent(name: $0.checker.id, version: $0.checker.version, informationUri: nil, rules: $0.rules.map(descriptor)) }
        let sarifRun = SARIF.Run(
            tool: SARIF.Tool(
                driver: SARIF.ToolComponent(name: "audit", version: AuditVersion.current, informationUri: nil, rules: components.driver.map(descriptor)),
                extensions: extensions.isEmpty ? nil : extensions
            ),
            originalUriBaseIds: subject.repositoryURI.map { [Self.workspaceBase: SARIF.ArtifactLocation(uri: directoryURI($0), uriBaseId: nil)] },
            versionControlProvenance: subject.repositoryURI.map { [SARIF.VersionControlDetails(repositoryUri: $0, revisionId: subject.revisionID, branch: subject.label)] },
            results: results,
            language: language == .zh ? "zh-CN" : nil,
            properties: ["identitiesChecked": run.identitiesChecked]
        )
        return SARIF.Log(runs: [sarifRun])
    }

    private func descriptor(_ rule: RuleDescription) -> SARIF.ReportingDescriptor {
        SARIF.ReportingDescriptor(
            id: rule.id,
            name: rule.name,
            shortDescription: SARIF.Message(text: rule.name(in: language)),
            fullDescription: SARIF.Message(text: rule.summary(in: language)),
            help: SARIF.Message(text: rule.help(in: language)),
            defaultConfiguration: SARIF.ReportingConfiguration(level: rule.defaultLevel.rawValue)
        )
    }

    private func result(_ finding: Finding, place: ToolComponents.RulePlace, subject: RunSubject) -> SARIF.Result {
        let related = finding.relatedLocations.enumerated().map { index, location in
            self.location(location, id: index + 1, subject: subject)
        }
        return SARIF.Result(
            ruleId: finding.ruleID,
            ruleIndex: place.index,
            rule: place.component.map { component in
                SARIF.ReportingDescriptorReference(
                    id: finding.ruleID, index: place.index, toolComponent: SARIF.ToolComponentReference(name: component.name, index: component.index)
                )
            },
            level: finding.level.rawValue,
            message: SARIF.Message(text: finding.message(in: language)),
            locations: finding.locations.map { location($0, id: nil, subject: subject) },
            relatedLocations: related.isEmpty ? nil : related,
            partialFingerprints: [Self.fingerprintKey: finding.fingerprint],
            properties: finding.evidence.map { SARIF.ResultProperties(evidence: $0) }
        )
    }

    private func reviewed(_ result: SARIF.Result) -> SARIF.Result {
        guard let review = result.partialFingerprints[Self.fingerprintKey].flatMap({ reviews[$0] }) else { return result }
        var reviewed = result
        reviewed.baselineState = review.baselineState?.rawValue
        reviewed.suppressions = review.suppression.map { suppression in
            [SARIF.Suppression(
                status: suppression.status.rawValue, justification: suppression.justification,
                properties: ["decision": suppression.decision, "reviewer": suppression.reviewer]
            )]
        }
        return reviewed
    }

    private func location(_ location: FindingLocation, id: Int?, subject: RunSubject) -> SARIF.Location {
        // For a PDF the artifact is the original; the region's lines are those of its stored
        // text, and its page property the page they are printed on.
        let physical = location.span.map { span in
            SARIF.PhysicalLocation(
                artifactLocation: SARIF.ArtifactLocation(
                    uri: subject.originalURI ?? subject.artifactURI,
                    uriBaseId: subject.repositoryURI == nil ? nil : Self.workspaceBase
                ),
                region: SARIF.Region(
                    startLine: span.startLine, startColumn: span.startColumn, endLine: span.endLine, endColumn: span.endColumn,
                    properties: subject.pages.map { ["page": $0.page(ofLine: span.startLine)] }
                )
            )
        }
        let name = location.logical.components(separatedBy: " / ").last ?? location.logical
        return SARIF.Location(
            id: id,
            physicalLocation: physical,
            logicalLocations: [SARIF.LogicalLocation(name: name, fullyQualifiedName: location.logical)],
            message: location.note(in: language).map { SARIF.Message(text: $0) }
        )
    }

    /// Base URIs must end in "/" for relative URIs to resolve beneath them.
    private func directoryURI(_ uri: String) -> String {
        uri.hasSuffix("/") ? uri : uri + "/"
    }
}
