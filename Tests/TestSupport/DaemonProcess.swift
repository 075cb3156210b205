import Foundation

/// A `tradewatch run` process on a config in its own temporary folder, as a
/// user would start it.
package final class DaemonProcess {
    package let folder: String
    package let configPath: String
    package var logPath: String { folder + "/alerts.jsonl" }
    package var stderrPath: String { folder + "/daemon.stderr" }
    private var process: Process?

    /// Writes a config polling `feeds` every `interval` into a new folder.
    /// `extra`: lines in `[daemon]`; `tail`: tables after the feeds (`[report]`, `[[sink]]`).
    package init(feeds: [String], interval: String = "1s", timeout: String = "5s", extra: String = "", tail: String = "") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-d-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        configPath = folder + "/tradewatch.toml"
        let baseline = TradewatchBinary.repoRoot().appendingPathComponent("seeds/baseline.toml").path
        var text = """
            [daemon]
            state_dir = "state"
            log = "alerts.jsonl"
            socket = "alerts.sock"
            baseline = "\(baseline)"
            interval = "\(interval)"
            timeout = "\(timeout)"
            \(extra)

            """
        for feed in feeds { text += "[[feed]]\nurl = \"\(feed)\"\n\n" }
        text += tail
        try text.write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    package func start(arguments: [String] = [], environment: [String: String] = [:]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: TradewatchBinary.path)
        p.arguments = ["run", "--config", configPath] + arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        let err = FileHandle(forWritingAtPath: stderrPath)!
        err.seekToEndOfFile()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        process = p
    }

    package var pid: Int32 { process?.processIdentifier ?? 0 }

    package func signal(_ sig: Int32) { if let p = process { kill(p.processIdentifier, sig) } }

    /// Waits up to `timeout` seconds for exit; nil if still running. Polls,
    /// suspending in between: no cooperative thread is held.
    package func waitForExit(timeout: Double) async -> Int32? {
        guard let p = process else { return nil }
        guard await eventually(timeout: timeout, { !p.isRunning }) else { return nil }
        return p.terminationStatus
    }

    package var terminationReason: Process.TerminationReason? { process?.terminationReason }

    /// The log's lines (empty when it does not exist yet).
    package func logLines() -> [String] {
        guard let text = try? String(contentsOfFile: logPath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Waits until the log has at least `count` lines.
    package func waitForLog(atLeast count: Int, timeout: Double) async -> Bool {
        await eventually(timeout: timeout) { logLines().count >= count }
    }

    package var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    deinit {
        if let p = process, p.isRunning { kill(p.processIdentifier, SIGKILL) }
    }
}
