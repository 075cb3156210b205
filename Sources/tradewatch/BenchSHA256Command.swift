import ArgumentParser
import FoundationEssentials
import Model

/// `tradewatch bench-sha256 FILE` (hidden): how fast the daemon fingerprints
/// a feed body (`SHA256.hex`, as DaemonRuntime calls it), best of --rounds.
/// One JSON line; the digest is printed too, so a faster build can be checked
/// against `sha256sum`.
struct BenchSHA256Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-sha256",
        abstract: "Time SHA-256 over a file's bytes; print one JSON line with MB/s and the digest.",
        shouldDisplay: false
    )

    @Option(help: "Hash the file this many times and keep the fastest.")
    var rounds = 3

    @Argument(help: "The file to hash.")
    var file: String

    func validate() throws {
        if rounds < 1 { throw ValidationError("--rounds must be at least 1") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("\(file): cannot read file")
        }
        let bytes = [UInt8](data)
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
        print(w.output)
    }
}
