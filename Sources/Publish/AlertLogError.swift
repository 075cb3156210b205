import SystemPackage

/// A failed operation on the alert log, naming the file and the OS error.
package struct AlertLogError: Error, CustomStringConvertible, Sendable {
    let path: String
    let operation: String
    let errno: Errno

    init(path: String, operation: String, errno: Errno) {
        self.path = path
        self.operation = operation
        self.errno = errno
    }

    package var description: String {
        "\(path): \(operation): \(errno)"
    }

    /// Runs a swift-system call on the log at `path`, its failure named as `operation`.
    @discardableResult
    static func naming<T>(_ path: String, _ operation: String,
                          _ body: () throws -> T) throws(AlertLogError) -> T {
        do {
            return try body()
        } catch {
            // swift-system's calls throw nothing but Errno; their signatures are untyped.
            throw AlertLogError(path: path, operation: operation, errno: error as? Errno ?? .ioError)
        }
    }
}
