import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with posix_spawn and reaped with waitpid, outside
/// Foundation's `Process`. For children that close the descriptors they
/// inherit (systemd-socket-activate does): Foundation's `Process` takes the
/// close of its watch socket for the child's exit and blocks its one
/// reaping thread in `wait4` on a child that is still running, so every
/// other `Process` in the test run waits with it.
package final class SpawnedProcess: @unchecked Sendable {
    // @unchecked: `status` is only touched with `lock` held.
    package let pid: pid_t
    private let lock = NSLock()
    private var status: Int32?

    /// Starts `executable` with `arguments`; stdin, stdout and stderr on /dev/null.
    package init(_ executable: String, _ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child = pid_t()
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "posix_spawn \(executable): \(String(cString: strerror(spawned)))"])
        }
        pid = child
    }

    /// The exit status once it has ended (reaped here), nil while it runs.
    package var exitStatus: Int32? {
        lock.lock()
        defer { lock.unlock() }
        if status == nil {
            var raw: Int32 = 0
            if waitpid(pid, &raw, WNOHANG) == pid { status = raw }
        }
        return status
    }

    /// Sends `signal`, then waits (polling, suspended in between) up to
    /// `timeout` seconds for the end; true when it ended.
    package func stop(_ signal: Int32 = SIGTERM, timeout: Double = 30) async -> Bool {
        if exitStatus == nil { kill(pid, signal) }
        return await eventually(timeout: timeout) { exitStatus != nil }
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            waitpid(pid, &raw, 0)
        }
    }
}
