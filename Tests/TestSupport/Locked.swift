import Foundation

/// A value shared between threads, reached only through `withLock`.
///
/// `@unchecked Sendable` because `lock` guards every access to `value`,
/// which the compiler cannot check.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    public var current: Value { withLock { $0 } }
}
