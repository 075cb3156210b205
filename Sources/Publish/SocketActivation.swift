#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

/// systemd socket activation (sd_listen_fds without libsystemd): the
/// listening socket systemd passed as fd 3, when it was meant for us.
package enum SocketActivation {
    /// SD_LISTEN_FDS_START.
    static let firstFD: Int32 = 3

    /// The passed socket when `LISTEN_PID` is this process and `LISTEN_FDS` >= 1,
    /// made non-blocking and close-on-exec; nil otherwise. Unsets the
    /// variables so child processes do not take the socket for theirs.
    package static func takeListeningSocket(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        pid: Int32 = getpid()
    ) throws(SocketError) -> Int32? {
        guard let pidText = environment["LISTEN_PID"], Int32(pidText) == pid,
              let countText = environment["LISTEN_FDS"], let count = Int(countText), count >= 1 else { return nil }
        unsetenv("LISTEN_PID")
        unsetenv("LISTEN_FDS")
        unsetenv("LISTEN_FDNAMES")
        let name = "systemd socket (fd \(firstFD))"
        try UnixSocket.setNonBlocking(firstFD, path: name)
        try UnixSocket.setCloseOnExec(firstFD, path: name)
        return firstFD
    }
}
