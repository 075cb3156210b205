import Foundation
import Testing
import TestSupport

/// Hostile documents through the built binary: `tradewatch parse` on each, and
/// the daemon on all of them at once next to a good feed. Each run must end
/// in under 5 s and 200 MB, exit 0 or exit 1 naming the file, and never let a
/// local file's content or a network request out of an entity.
@Suite(.serialized) struct HostileXMLTests {
    static let secondsLimit = HostileBounds.seconds
    static let megabytesLimit = HostileBounds.megabytes

    /// Records every request: an entity that reaches the network shows up here.
    private static func probeServer() throws -> HTTPTestServer {
        try HTTPTestServer { request in
            .ok("<!ENTITY leak \"LEAKED\">", contentType: "application/xml-dtd")
        }
    }

    @Test func everyHostileDocumentParsesOrFailsCleanlyInBoundedTimeAndMemory() async throws {
        let probe = try Self.probeServer()
        let documents = try HostileDocuments(probe: probe.url("").dropLastSlash)
        defer { documents.remove() }
        var table: [String] = []
        for hostile in documents.cases {
            let run = try await MeasuredRun.tradewatch(["parse", hostile.path], limit: 20)
            table.append("\(hostile.name): \(run.status.map { "exit \($0)" } ?? "signal \(run.signal ?? 0)") "
                         + String(format: "%.2f s %.1f MB", run.seconds, run.peakRSSMB))
            #expect(run.status == 0 || run.status == 1, "\(hostile.name): \(run)")
            #expect(run.cpuSeconds < Self.secondsLimit, "\(hostile.name): \(run)")
            #expect(run.peakRSSMB < Self.megabytesLimit, "\(hostile.name): \(run)")
            if run.status == 1 {
                #expect(run.stderr.hasPrefix("tradewatch: ") && run.stderr.contains(hostile.path),
                        "\(hostile.name): the message names the file: \(run.stderr)")
                #expect(run.stdout.isEmpty, "\(hostile.name): no half output on failure")
            } else if run.status == 0 {
                #expect((try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) != nil,
                        "\(hostile.name): exit 0 prints one JSON document")
            }
            #expect(!run.stdout.contains(documents.marker) && !run.stderr.contains(documents.marker),
                    "\(hostile.name): the local file's content leaked")
            #expect(!run.stdout.contains("LEAKED"), "\(hostile.name): a fetched entity was expanded")
        }
        #expect(probe.requests.isEmpty, "entities reached the network: \(probe.requests.map(\.path))")
        print("hostile parse:\n  " + table.joined(separator: "\n  "))
    }

    @Test func notFeedsFailNamingTheFileAndTheProblem() async throws {
        let probe = try Self.probeServer()
        let documents = try HostileDocuments(probe: probe.url("").dropLastSlash)
        defer { documents.remove() }
        let expected = ["empty.xml": "empty", "json.xml": "JSON", "html.xml": "<html>", "random-bytes.xml": "not a feed"]
        for hostile in documents.cases {
            guard let problem = expected[hostile.name] else { continue }
            let run = try await MeasuredRun.tradewatch(["parse", hostile.path])
            #expect(run.status == 1, "\(hostile.name): \(run)")
            #expect(run.stderr.contains(hostile.path) && run.stderr.contains(problem), "\(hostile.name): \(run.stderr)")
        }
    }

    @Test func externalEntitiesLeaveTheFeedReadable() async throws {
        let probe = try Self.probeServer()
        let documents = try HostileDocuments(probe: probe.url("").dropLastSlash)
        defer { documents.remove() }
        for name in ["xxe-file.xml", "xxe-http.xml", "xxe-parameter.xml", "xxe-external-dtd.xml", "xinclude.xml"] {
            let path = try #require(documents.cases.first { $0.name == name }).path
            let run = try await MeasuredRun.tradewatch(["parse", path])
            #expect(run.status == 0, "\(name): the feed around a refused entity still parses: \(run)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(name)")
            #expect((json["items"] as? [Any])?.count == 1, "\(name): \(run.stdout.prefix(300))")
            #expect(!run.stdout.contains(documents.marker))
        }
        #expect(probe.requests.isEmpty, "\(probe.requests.map(\.path))")
    }

    /// Regression: any E2 xx character other than E2 80 xx punctuation ("€",
    /// "→", "™") sent the tokenizer into an endless loop that ate all memory.
    @Test func scanOfTextWithEuroSignsAndArrowsFinishes() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-euro-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/euro.xml"
        try GoodFeed.rss(tag: "euro", count: 1)
            .replacingOccurrences(of: "<title>China", with: "<title>€5bn → China™")
            .replacingOccurrences(of: "immediate effect.", with: "immediate effect, worth €3bn→€4bn ™")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let run = try await MeasuredRun.tradewatch(["scan", path], limit: 10)
        #expect(run.status == 0, "\(run)")
        #expect(run.cpuSeconds < Self.secondsLimit && run.peakRSSMB < Self.megabytesLimit, "\(run)")
        #expect(GoodFeed.records(run.stdout).count == 1, "the move is still found: \(run.stdout)")
    }

    /// Regression: detection tokenised the whole summary, so an item just
    /// under the 16 MB body cap took 16 s and 370 MB in `scan` and the daemon.
    @Test func itemJustUnderTheBodyCapIsScannedInBoundedTimeAndMemory() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-big-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/big.xml"
        let filler = String(repeating: "Officials met again on Tuesday &amp; talked &#150; at length. ", count: 15_000_000 / 64)
        try GoodFeed.rss(tag: "big", count: 1)
            .replacingOccurrences(of: "immediate effect.", with: "immediate effect. " + filler)
            .write(toFile: path, atomically: true, encoding: .utf8)
        for arguments in [["scan", path], ["parse", path]] {
            let run = try await MeasuredRun.tradewatch(arguments, limit: 30)
            print("15 MB item, \(arguments[0]): " + String(format: "%.2f s %.1f MB", run.seconds, run.peakRSSMB))
            #expect(run.status == 0, "\(run)")
            #expect(run.cpuSeconds < Self.secondsLimit && run.peakRSSMB < Self.megabytesLimit, "\(arguments[0]): \(run)")
            if arguments[0] == "scan" { #expect(GoodFeed.records(run.stdout).count == 1, "the move in the first sentence") }
        }
    }

    /// Regression (found by FuzzFeedParser): bytes that do not convert from
    /// the declared encoding made libxml2 print "encoding error : input
    /// conversion failed" on stderr despite XML_PARSE_NOERROR.
    @Test func undecodableBytesInADeclaredEncodingKeepStderrQuiet() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-enc-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/gb2312.xml"
        var bytes = Array("<?xml version=\"1.0\" encoding=\"gb2312\"?>\r\n<rss version=\"2.0\"><channel><title>".utf8)
        bytes += [0xCD, 0xB6, 0xD7, 0xCA, 0xCB, 0x3A, 0x74, 0x61, 0xFF, 0x6C, 0x69, 0x20, 0x80, 0x2E]
        bytes += Array("</title><item><title>t</title></item></channel></rss>".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        for arguments in [["parse", path], ["scan", path]] {
            let run = try await MeasuredRun.tradewatch(arguments, limit: 10)
            #expect(run.status == 0, "\(arguments[0]): \(run)")
            #expect(run.stderr.isEmpty, "\(arguments[0]): libxml2 wrote to stderr: \(run.stderr)")
        }
    }

    @Test func daemonSurvivesEveryHostileDocumentAndStillAlertsOnTheGoodFeed() async throws {
        let probe = try Self.probeServer()
        let documents = try HostileDocuments(probe: probe.url("").dropLastSlash)
        defer { documents.remove() }
        let good = try GoodFeed.write(to: documents.folder, count: 3)
        let daemon = try DaemonProcess(feeds: [good] + documents.cases.map(\.path))
        let run = try await MeasuredRun.tradewatch(["run", "--config", daemon.configPath, "--once"], limit: 60)
        print("hostile daemon --once over \(documents.cases.count + 1) feeds: "
              + String(format: "%.2f s %.1f MB", run.seconds, run.peakRSSMB))
        #expect(run.status == 0, "\(run)")
        #expect(run.peakRSSMB < Self.megabytesLimit, "\(run)")
        #expect(run.cpuSeconds < 30, "\(run)")
        let logged = GoodFeed.records((try? String(contentsOfFile: daemon.logPath, encoding: .utf8)) ?? "")
        #expect(GoodFeed.feeds(logged).filter { $0.hasSuffix("/good.xml") }.count == 3,
                "the good feed's three alerts: \(GoodFeed.feeds(logged)); \(run.stderr.suffix(2000))")
        let everything = run.stderr + ((try? String(contentsOfFile: daemon.logPath, encoding: .utf8)) ?? "")
        #expect(!everything.contains(documents.marker), "a local file's content reached the log")
        for name in ["empty.xml", "json.xml", "html.xml"] {
            #expect(run.stderr.split(separator: "\n").contains { $0.contains("feed failed") && $0.contains(name) },
                    "\(name) is named as failed: \(run.stderr.suffix(3000))")
        }
        #expect(probe.requests.isEmpty, "\(probe.requests.map(\.path))")
    }
}

extension String {
    /// Without a trailing "/": a base to append paths to.
    var dropLastSlash: String { hasSuffix("/") ? String(dropLast()) : self }
}
