#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Config
import Detect
import FoundationEssentials
import Model

/// `tradewatch eval LABELS.jsonl...`: precision, recall, F1 and reversals of
/// the detector on each labelled set, its misses, false alarms and reversals,
/// and its throughput.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Scores the detector on a labelled set (format of ../shared/eval/dev.jsonl).")

    @Argument(help: "The labelled sets, one JSON object per line; each is scored on its own.")
    var labels: [String]

    @Option(help: "The baseline positions (default: seeds/baseline.toml, then the installed copy).")
    var baseline: String?

    @Flag(help: "Print every miss and false alarm with its evidence.")
    var verbose = false

    @Flag(help: "Print, per topic, how many claims were right, reversed or wrong.")
    var byTopic = false

    @Flag(help: "Print one JSON line with the scores instead of text.")
    var json = false

    @Flag(help: "Score each item as a news-search feed carries it: the headline and the outlet's name, no lede.")
    var headlineOnly = false

    @Flag(help: "Score the hand-written rules alone, without the learned gate.")
    var rulesAlone = false

    @Option(help: "Print every claim found in this item (by id) before claims on one topic are merged, then exit.")
    var explain: String?

    @Option(name: .customLong("repeat"), help: "Run detection over the set this many times to time it.")
    var rounds: Int = 200

    func validate() throws {
        guard rounds >= 1 else { throw ValidationError("--repeat must be at least 1") }
        guard !labels.isEmpty else { throw ValidationError("name at least one labelled set") }
    }

    func run() async throws {
        let positions = try BaselineLoading.load(baseline)
        let detector = rulesAlone ? Detector(baseline: positions, gate: nil) : Detector(baseline: positions)
        var total = EvalReport(items: 0, positives: 0, alerted: 0, hits: 0, misses: [], falseAlarms: [])
        var all: [LabelledItem] = []
        if let explain {
            for path in labels {
                for item in (try? LabelFile.load(path: path)) ?? [] where item.id == explain {
                    print(item.title)
                    for c in detector.extractor.allClaims(title: item.title, text: item.summary) {
                        print("  \(c.topic.rawValue) \(c.actor.rawValue) \(c.direction.rawValue) \(c.modality.rawValue) title=\(c.inTitle) implied=\(c.implied) \(c.matched)")
                    }
                }
            }
            return
        }
        var scored: [(name: String, report: EvalReport)] = []
        for path in labels {
            var items: [LabelledItem]
            do throws(LabelFile.LoadError) {
                items = try LabelFile.load(path: path)
            } catch {
                throw CommandFailure.labels(error)
            }
            if headlineOnly { items = items.map(\.asHeadlineOnly) }
            let report = Evaluator.evaluate(items, detector: detector)
            total.absorb(report)
            all += items
            scored.append((path, report))
        }
        if labels.count > 1 { scored.append(("all", total)) }
        let throughput = Self.throughput(all, detector: detector, rounds: rounds)
        // --json: one line a set; the last (the only set, or all of them) also
        // carries the throughput, so one set prints one JSON object as before.
        for (n, entry) in scored.enumerated() {
            let last = n == scored.count - 1
            if labels.count > 1, !json { print(last ? "== all \(labels.count) sets" : "== \(entry.name)") }
            emit(entry.report, name: entry.name, findings: verbose && !(labels.count > 1 && last),
                 throughput: last ? throughput : nil)
        }
        if !json {
            print("throughput \(throughput.cpu.formatted(places: 0)) items/s on one core's CPU time, \(throughput.wall.formatted(places: 0)) by the wall clock"
                  + " (\(all.count) items x \(rounds) rounds; \((throughput.cpu / Double(Self.floor)).formatted(places: 1))x the \(Self.floor) items/s floor)")
        }
    }

    private func emit(_ report: EvalReport, name: String, findings: Bool, throughput: (cpu: Double, wall: Double)?) {
        if json {
            var w = JSONWriter()
            w.object { w in
                w.field("set", name)
                w.field("items", report.items)
                w.field("positives", report.positives)
                w.field("alerted", report.alerted)
                w.field("hits", report.hits)
                w.field("misses", report.misses.count)
                w.field("false_alarms", report.falseAlarms.count)
                w.field("reversals", report.reversals.count)
                w.field("precision", Self.round(report.precision))
                w.field("recall", Self.round(report.recall))
                w.field("f1", Self.round(report.f1))
                w.field("actor_checked", report.actorChecked)
                w.field("actor_right", report.actorRight)
                if let throughput {
                    w.field("items_per_s", throughput.cpu.rounded())
                    w.field("items_per_s_wall", throughput.wall.rounded())
                }
            }
            print(w.output)
            return
        }
        if findings { report.findingsText.forEach { print($0) } }
        print(report.countsLine)
        print(report.scoresLine)
        print(report.actorLine)
        if byTopic { report.byTopicLines.forEach { print($0) } }
    }

    /// The detector must keep up with this many items per second on one core.
    static let floor = 20_000

    private static func round(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// Items per second of claim extraction on one core: by the thread's CPU
    /// time (stable when other processes share the cores) and by the wall clock.
    private static func throughput(_ items: [LabelledItem], detector: Detector, rounds: Int) -> (cpu: Double, wall: Double) {
        guard !items.isEmpty else { return (0, 0) }
        let clock = ContinuousClock()
        var sink = 0
        let cpuStart = threadCPUSeconds()
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for item in items { sink &+= detector.claims(title: item.title, text: item.summary).count }
            }
        }
        let cpu = threadCPUSeconds() - cpuStart
        let wall = elapsed.inSeconds
        if sink == -1 { print("") }  // keeps the work observable to the optimiser
        let n = Double(items.count * rounds)
        return (n / max(cpu, 1e-9), n / max(wall, 1e-9))
    }

    private static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
