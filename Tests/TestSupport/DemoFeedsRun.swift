import Foundation

/// A real state store filled the way a user fills it: the bundled demo feeds
/// (config/demo-feeds) copied into a temporary folder, then one
/// `tradewatch run --once` over them. For the commands that read the state.
package enum DemoFeedsRun {
    /// The daemon, its config and state after the cycle; `extra` adds lines
    /// to `[daemon]`, `tail` tables after the feeds (as `DaemonProcess`);
    /// `moreFeeds` are polled too (e.g. a `LiveFeedServer`'s URL).
    package static func make(extra: String = "", tail: String = "", moreFeeds: [String] = [],
                            environment: [String: String] = [:]) async throws -> DaemonProcess {
        let source = TradewatchBinary.repoRoot().appendingPathComponent("config/demo-feeds")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tw-feeds-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        var feeds: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted() {
            let target = scratch.appendingPathComponent(name)
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: target)
            feeds.append(target.path)
        }
        // The demo items are dated November 2026: not old news on first contact.
        let daemon = try DaemonProcess(feeds: feeds + moreFeeds, extra: "max_age = \"36500d\"\n" + extra, tail: tail)
        try daemon.start(arguments: ["--once"], environment: environment)
        guard await daemon.waitForExit(timeout: 60) == 0 else {
            throw DemoFeedsRunError(description: "run --once failed: \(daemon.stderr)")
        }
        return daemon
    }
}

package struct DemoFeedsRunError: Error, CustomStringConvertible {
    package let description: String
}
