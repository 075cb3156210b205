#if canImport(Glibc)
import Glibc
#endif

/// The few Unix stream socket calls the server and the client need, each
/// turning a failed C call into a `SocketError` that names the path.
/// `package`: the fan-out benchmark (Bench) connects its subscribers with it.
package enum UnixSocket {
    /// A socket path fits in `sun_path` (108 bytes with its NUL on Linux).
    static func address(_ path: String) throws(SocketError) -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity else {
            throw SocketError(path: path, operation: "address",
                              reason: "a socket path must be 1 to \(capacity - 1) bytes long, this one has \(bytes.count)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        return address
    }

    static func makeSocket(_ path: String) throws(SocketError) -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError(path: path, operation: "socket", errno: errno) }
        return fd
    }

    /// A blocking connection to `path`.
    package static func connect(_ path: String) throws(SocketError) -> Int32 {
        var address = try address(path)
        let fd = try makeSocket(path)
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw SocketError(path: path, operation: "connect", errno: code)
        }
        return fd
    }

    /// A listening socket bound at `path` with `mode` and, when given, `group`.
    ///
    /// A socket file left by a crashed daemon (nobody accepts on it) is
    /// replaced; one that accepts connections belongs to a live daemon and is
    /// an error. Anything else at the path is never removed.
    static func listen(_ path: String, mode: UInt32, group: String?, backlog: Int32 = 128) throws(SocketError) -> Int32 {
        var address = try address(path)
        try removeStale(path)
        let fd = try makeSocket(path)
        do throws(SocketError) {
            let bound = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            guard bound == 0 else {
                if errno == EADDRINUSE { throw SocketError.inUse(path) }
                throw SocketError(path: path, operation: "bind", errno: errno)
            }
            // chmod after bind: bind applies the umask, and the mode must not depend on it.
            guard chmod(path, mode_t(mode)) == 0 else { throw SocketError(path: path, operation: "chmod", errno: errno) }
            if let group {
                guard let entry = getgrnam(group) else {
                    throw SocketError(path: path, operation: "chown", reason: "no such group '\(group)'")
                }
                guard chown(path, uid_t.max, entry.pointee.gr_gid) == 0 else {
                    throw SocketError(path: path, operation: "chown to group \(group)", errno: errno)
                }
            }
            guard Glibc.listen(fd, backlog) == 0 else { throw SocketError(path: path, operation: "listen", errno: errno) }
            try setNonBlocking(fd, path: path)
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
        return fd
    }

    private static func removeStale(_ path: String) throws(SocketError) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw SocketError(path: path, operation: "stat", errno: errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFSOCK else {
            throw SocketError(path: path, operation: "bind", reason: "the path exists and is not a socket; not replacing it")
        }
        do throws(SocketError) {
            let probe = try connect(path)
            close(probe)
            throw SocketError.inUse(path)
        } catch where error.errno == ECONNREFUSED {
            guard unlink(path) == 0 || errno == ENOENT else {
                throw SocketError(path: path, operation: "remove stale socket", errno: errno)
            }
        }
    }

    static func setNonBlocking(_ fd: Int32, path: String) throws(SocketError) {
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else {
            throw SocketError(path: path, operation: "set non-blocking", errno: errno)
        }
    }

    static func setCloseOnExec(_ fd: Int32, path: String) throws(SocketError) {
        let flags = fcntl(fd, F_GETFD)
        guard flags >= 0, fcntl(fd, F_SETFD, flags | FD_CLOEXEC) == 0 else {
            throw SocketError(path: path, operation: "set close-on-exec", errno: errno)
        }
    }

    /// The pid, uid and gid of the process at the other end (SO_PEERCRED).
    static func peer(_ fd: Int32) -> PeerCredentials? {
        // struct ucred is three 32-bit ints (pid, uid, gid); read it as such
        // so we need no _GNU_SOURCE-only type.
        var triple: (Int32, UInt32, UInt32) = (0, 0, 0)
        var length = socklen_t(MemoryLayout.size(ofValue: triple))
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &triple, &length) == 0 else { return nil }
        return PeerCredentials(pid: triple.0, uid: triple.1, gid: triple.2)
    }
}
