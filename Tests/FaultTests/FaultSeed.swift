import Foundation
import TestSupport

/// The seeds of the fault suite. Every case draws from its own generator, seeded from the
/// base and the case number, and a failure names that seed, so a failure replays alone:
/// `AUDIT_FAULT_SEED=<base> swift test --filter FaultTests`. CI runs the fixed default.
enum FaultSeed {
    static let base: UInt64 = ProcessInfo.processInfo.environment["AUDIT_FAULT_SEED"].flatMap { UInt64($0) } ?? 14

    static func generator(case number: Int) -> SplitMix64 {
        SplitMix64(seed: base &+ UInt64(number) &* 0x9E37_79B9)
    }

    static func describe(case number: Int) -> String {
        "AUDIT_FAULT_SEED=\(base), case \(number)"
    }
}

extension SplitMix64 {
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
}
