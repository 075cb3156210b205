/// A failed operation on the alert log, naming the file and the OS error.
public struct AlertLogError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let operation: String
    let errno: Int32

    public var description: String {
        "\(path): \(operation): \(String(cString: strerror(errno)))"
    }
}

#if canImport(Glibc)
import Glibc
#endif
