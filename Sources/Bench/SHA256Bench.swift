import Model

/// How fast the daemon fingerprints a feed body (`SHA256.hex`, as the poll
/// cycle calls it), best of `rounds` (`tradewatch bench-sha256`). The digest
/// is in the result too, so a faster build can be checked against `sha256sum`.
package struct SHA256Bench: Sendable {
    let rounds: Int

    package init(rounds: Int) {
        self.rounds = max(1, rounds)
    }

    /// One JSON line: bytes, rounds, seconds, MB/s, the digest and the engine.
    package func run(_ bytes: [UInt8]) -> String {
        let clock = ContinuousClock()
        var digest = ""
        var best = Duration.seconds(Int64.max)
        for _ in 0..<rounds {
            best = min(best, clock.measure { digest = SHA256.hex(bytes) })
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        var w = JSONWriter()
        w.object { w in
            w.field("bytes", bytes.count)
            w.field("rounds", rounds)
            w.field("seconds", (seconds * 1e6).rounded() / 1e6)
            w.field("mb_per_s", seconds > 0 ? (Double(bytes.count) / 1e6 / seconds * 10).rounded() / 10 : nil)
            w.field("sha256", digest)
            w.field("engine", SHA256.engine)
        }
        return w.output
    }
}
