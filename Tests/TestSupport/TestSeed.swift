import Foundation

/// The seed of a test's random choices: `TRADEWATCH_TEST_SEED` when set (to
/// replay a failure), else a fresh one. Printed, and meant to be named in the
/// test's failure messages, so every failure can be run again as it was.
package enum TestSeed {
    package static func make(_ test: String) -> UInt64 {
        let seed = ProcessInfo.processInfo.environment["TRADEWATCH_TEST_SEED"].flatMap { UInt64($0) }
            ?? UInt64.random(in: 1...UInt64(UInt32.max))
        print("\(test): seed \(seed) (TRADEWATCH_TEST_SEED=\(seed) replays it)")
        return seed
    }
}
