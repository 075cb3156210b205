import ArgumentParser
import Bench
import Detect
import FoundationEssentials

/// `tradewatch bench-detect FILE...` (hidden): the detection benchmark
/// (`DetectBench`): the detector alone over every item of the files.
struct BenchDetectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-detect",
        abstract: "Time the detector over every item of the given feed files; print one JSON line.",
        discussion: """
            "seconds" and "items_per_s" time detection alone, best of --rounds, the text \
            already extracted; "text_seconds" times extracting the plain text the daemon \
            hands the detector (HTML to text), also best of --rounds.
            """,
        shouldDisplay: false
    )

    @Option(help: "The baseline positions (default: seeds/baseline.toml, or the installed one).")
    var baseline: String?

    @Option(help: "Time this many rounds over all items and keep the fastest.")
    var rounds = 5

    @Argument(help: "Feed files.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE") }
        if rounds < 1 { throw ValidationError("--rounds must be at least 1") }
    }

    func run() async throws {
        let detector = Detector(baseline: try BaselineLoading.load(baseline))
        var documents: [(path: String, bytes: [UInt8])] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure.unreadable(path: path)
            }
            documents.append((path, [UInt8](data)))
        }
        print(DetectBench(detector: detector, rounds: rounds).run(documents))
    }
}
