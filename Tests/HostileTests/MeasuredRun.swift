import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// One run of the built binary as the kernel saw it: wall time and the
/// child's own peak resident set. The peak comes from GNU time (`%M`), not
/// from our own `wait4`: Linux carries the exec'ing process's old high-water
/// mark into `ru_maxrss`, so a child spawned straight from this (large) test
/// process would report the test's memory. A run still going at `limit` is
/// killed with its whole process group.
struct MeasuredRun: CustomStringConvertible {
    /// The exit status, or nil when a signal ended it.
    let status: Int32?
    /// The signal that ended it (SIGKILL when the limit did), or nil.
    let signal: Int32?
    let seconds: Double
    /// User + system CPU time: the work the run did, which a loaded machine
    /// stretches far less than the wall time.
    let cpuSeconds: Double
    let peakRSSMB: Double
    let stdout: String
    let stderr: String

    var description: String {
        let end = status.map { "exit \($0)" } ?? "signal \(signal ?? 0)"
        return "\(end), \(String(format: "%.2f", seconds)) s (\(String(format: "%.2f", cpuSeconds)) s CPU), \(String(format: "%.1f", peakRSSMB)) MB; stderr: \(stderr.prefix(600))"
    }

    /// Runs `tradewatch arguments` with stdin from /dev/null and the output
    /// collected in files (so a huge output cannot block the child on a pipe).
    static func tradewatch(_ arguments: [String], limit: Double = 30,
                           environment: [String: String] = [:]) async throws -> MeasuredRun {
        try await offload { try measure(arguments, limit: limit, environment: environment) }
    }

    /// On the thread `offload` gives it: waits for the child by polling `waitpid`.
    private static func measure(_ arguments: [String], limit: Double, environment: [String: String]) throws -> MeasuredRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-run-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outPath = folder + "/stdout", errPath = folder + "/stderr", rssPath = folder + "/rss"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let path = "/usr/bin/time"
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path, "-f", "%M %U %S", "-o", rssPath, TradewatchBinary.path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let started = Date()
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "posix_spawn \(path): \(String(cString: strerror(spawned)))"])
        }
        var status: Int32 = 0
        var killed = false
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0, errno != EINTR { break }
            if !killed, Date().timeIntervalSince(started) > limit {
                kill(-pid, SIGKILL)
                killed = true
            }
            usleep(2000)
        }
        let seconds = Date().timeIntervalSince(started)
        let read = { (p: String) in String(decoding: FileManager.default.contents(atPath: p) ?? Data(), as: UTF8.self) }
        // GNU time writes "Command terminated by signal N" (or "exited with
        // non-zero status N") before the figure, and exits with the child's status.
        let timeReport = read(rssPath).split(separator: "\n")
        let figures = (timeReport.last ?? "").split(separator: " ").compactMap { Double($0) }
        let kilobytes = figures.first ?? 0
        let cpu = figures.count == 3 ? figures[1] + figures[2] : seconds
        var termSignal = status & 0x7F
        if let line = timeReport.first(where: { $0.contains("terminated by signal") }), let n = Int32(line.split(separator: " ").last ?? "") {
            termSignal = n
        }
        return MeasuredRun(status: termSignal == 0 ? (status >> 8) & 0xFF : nil,
                           signal: termSignal == 0 ? nil : termSignal,
                           seconds: seconds, cpuSeconds: cpu, peakRSSMB: kilobytes / 1024,
                           stdout: read(outPath), stderr: read(errPath))
    }
}
