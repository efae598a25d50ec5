import Dispatch

extension Array {
    /// `map` with the elements transformed on as many threads as the machine has cores, no more.
    public func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = slots
            DispatchQueue.concurrentPerform(iterations: count) { slots[$0] = transform(self[$0]) }
        }
        return results.map { $0! }
    }
}
