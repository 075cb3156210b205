import Foundation

/// A value shared between threads, reached only through `withLock`.
///
/// `@unchecked Sendable` because `lock` guards every access to `value`,
/// which the compiler cannot check.
package final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    package init(_ value: Value) { self.value = value }

    package func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    package var current: Value { withLock { $0 } }
}
