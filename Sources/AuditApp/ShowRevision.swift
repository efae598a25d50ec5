import AuditStore
import Foundation
import Localization
import ReportModel
import StoredReports

/// `audit show`: a stored revision as text, original bytes, parsed model or outline.
public struct ShowRevision {
    public enum View: CaseIterable {
        case text, raw, json, outline
    }

    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(_ ref: String, view: View, language: Language = .en) throws -> Data {
        let revision = try workspace.resolve(ref)
        let model = { try workspace.report(of: revision, reading: ReportReading.configured(for: workspace)) }
        switch view {
        case .raw: return try workspace.original(of: revision)
        case .text: return Data(try workspace.text(of: revision).utf8)
        case .json: return try model().json() + Data("\n".utf8)
        case .outline: return Data(try model().outline(pages: workspace.pages(of: revision), language: language).utf8)
        }
    }
}
