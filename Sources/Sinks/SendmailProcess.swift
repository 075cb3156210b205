#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Model

/// Runs `sendmail -t -oi` with a message on its standard input and waits for
/// it: exit 0 means the local mail system took the message. Blocking; run
/// on a thread of its own (`SystemThread`), never on the cooperative pool.
struct SendmailProcess {
    let path: String

    /// nil on success, else what went wrong.
    func send(_ message: String) -> String? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return "pipe: \(String(cString: strerror(errno)))" }
        // Close-on-exec: another process spawned later must not inherit the
        // write end, or sendmail would not see the end of its input while
        // that one lives. (dup2 onto the child's stdin clears the flag there.)
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        // -t: recipients from the headers; -oi: a line with a lone "." does not end the message.
        let arguments = [path, "-t", "-oi"]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        // A bare name ("sendmail") is looked up on PATH, as a shell would.
        let spawned = path.contains("/") ? posix_spawn(&pid, path, &actions, nil, &argv, environ)
            : posix_spawnp(&pid, path, &actions, nil, &argv, environ)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return "cannot run \(path): \(String(cString: strerror(spawned)))"
        }
        // A sendmail that exits early must not kill the daemon with SIGPIPE: EPIPE instead.
        signal(SIGPIPE, SIG_IGN)
        let bytes = Array(message.utf8)
        var done = 0
        var writeError: String?
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(writeEnd, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                writeError = "writing to \(path): \(String(cString: strerror(errno)))"
                break
            }
            done += n
        }
        close(writeEnd)
        var status: Int32 = 0
        var waited: pid_t
        repeat { waited = waitpid(pid, &status, 0) } while waited < 0 && errno == EINTR
        if let writeError { return writeError }
        // Not knowing how it ended is a failure: the alert is sent again rather than lost.
        guard waited == pid else { return "cannot wait for \(path): \(String(cString: strerror(errno)))" }
        // WIFEXITED / WEXITSTATUS are macros Swift does not import.
        let signalNumber = status & 0x7f
        guard signalNumber == 0 else { return "\(path) killed by signal \(signalNumber)" }
        let code = (status >> 8) & 0xff
        return code == 0 ? nil : "\(path) exited \(code)"
    }
}
