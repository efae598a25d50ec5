import Dispatch
import ReportModel

extension ReportChanges {
    /// Parses both texts, then compares them. Parsing is most of the work and the two parses are
    /// independent, so they run side by side.
    public init(oldText: String, newText: String) {
        let texts = [oldText, newText]
        var reports = [Report?](repeating: nil, count: 2)
        reports.withUnsafeMutableBufferPointer { slots in
            let slots = slots
            DispatchQueue.concurrentPerform(iterations: 2) { slots[$0] = ReportParser.parse(texts[$0]) }
        }
        self.init(old: reports[0]!, new: reports[1]!)
    }
}
