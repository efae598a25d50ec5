import CheckerKit
import DuplicateNarrative
import InconsistentFigures
import PriorYearClaims
import ReportStructure
import TotalReconciliation

/// The one list of checker plugins. The engine knows none of them by name: adding a checker
/// means adding its module to Package.swift and its type here.
public enum RegisteredCheckers {
    public static let all: [any Checker.Type] = [
        TotalReconciliation.self,
        DuplicateNarrative.self,
        InconsistentFigures.self,
        PriorYearClaims.self,
        ReportStructure.self,
    ]
}
