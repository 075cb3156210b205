import ArgumentParser
import Bench
import FoundationEssentials

/// `tradewatch bench-sha256 FILE` (hidden): how fast the daemon fingerprints
/// a feed body (`SHA256Bench`), best of --rounds. One JSON line; the digest
/// is printed too, so a faster build can be checked against `sha256sum`.
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
            throw CommandFailure.unreadable(path: file)
        }
        print(SHA256Bench(rounds: rounds).run([UInt8](data)))
    }
}
