import Foundation

/// Work split into one consecutive range per core, each run on a thread of its own. Plain
/// threads rather than Dispatch: checkers run in a forked child, where libdispatch refuses to
/// start once the parent has used it.
enum ParallelChunks {
    /// Below this many items the threads cost more than they save.
    static let minimumItems = 4_096

    /// How many ranges `forEach` cuts `count` items into when the whole job is `work` items.
    static func chunks(_ count: Int, work: Int) -> Int {
        work < minimumItems ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, count))
    }

    /// Calls `body` with each chunk's number and range of `0..<count`, concurrently; returns
    /// when all have returned. `work` (by default `count`) is the job's size in items, which
    /// decides whether threads are worth starting. `body` must only write what its chunk owns.
    static func forEach(_ count: Int, work: Int? = nil, _ body: @escaping (_ chunk: Int, _ range: Range<Int>) -> Void) {
        let chunks = chunks(count, work: work ?? count)
        guard chunks > 1 else { return body(0, 0..<count) }
        let size = (count + chunks - 1) / chunks
        let ranges = stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
        let threads = ranges.indices.dropFirst().map { chunk in start { body(chunk, ranges[chunk]) } }
        body(0, ranges[0])
        for case let thread? in threads {
            pthread_join(thread, nil)
        }
    }

    /// `transform` of each range of `0..<count`, computed on every core as `forEach` shares
    /// them out and joined in range order, so the result does not depend on the threads.
    static func flatMap<Element>(_ count: Int, work: Int? = nil, _ transform: @escaping (Range<Int>) -> [Element]) -> [Element] {
        let results = ChunkResults<[Element]>(count: chunks(count, work: work ?? count))
        forEach(count, work: work) { chunk, range in results.set(chunk, transform(range)) }
        return Array(results.values.joined())
    }

    private final class Work {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// The thread running `run`, or nil when none could be started and `run` has run here.
    private static func start(_ run: @escaping () -> Void) -> pthread_t? {
        var thread = pthread_t()
        let work = Unmanaged.passRetained(Work(run)).toOpaque()
        let status = pthread_create(&thread, nil, { pointer in
            let work = Unmanaged<Work>.fromOpaque(pointer!).takeRetainedValue()
            work.run()
            return nil
        }, work)
        // Without a thread the work is done here, so the result is the same, only slower.
        guard status == 0 else {
            Unmanaged<Work>.fromOpaque(work).takeRetainedValue().run()
            return nil
        }
        return thread
    }
}

/// One result per chunk of `ParallelChunks.forEach`, each slot written by its chunk's thread
/// alone and read after all have joined.
final class ChunkResults<Value> {
    // A buffer rather than an array property: threads write their own slots at once, and an
    // array would be a shared mutable value.
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ chunk: Int, _ value: Value) {
        slots[chunk] = value
    }

    /// The chunks' values in chunk order.
    var values: [Value] { slots.compactMap { $0 } }
}
