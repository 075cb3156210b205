#if canImport(Glibc)
import Glibc
#endif

/// A failed operation on the subscriber socket, naming the socket path, what
/// was being done, and the OS error (or a plain reason).
package struct SocketError: Error, CustomStringConvertible, Sendable, Equatable {
    package let path: String
    let operation: String
    /// The OS error number, 0 when `reason` says it all.
    let errno: Int32
    let reason: String?

    package init(path: String, operation: String, errno: Int32) {
        self.path = path
        self.operation = operation
        self.errno = errno
        self.reason = nil
    }

    package init(path: String, operation: String, reason: String) {
        self.path = path
        self.operation = operation
        self.errno = 0
        self.reason = reason
    }

    package var description: String {
        "\(path): \(operation): \(reason ?? String(cString: strerror(errno)))"
    }

    /// Another process accepts connections on `path`: a second daemon must not steal it.
    static func inUse(_ path: String) -> SocketError {
        SocketError(path: path, operation: "bind", reason: "another tradewatch is listening on \(path)")
    }
}
