import Foundation

/// Runs blocking test work (waiting for a process, polling a file) on a
/// thread of its own, so it does not hold one of the cooperative pool's few
/// threads (two on a 2-core machine) that other suites' async work needs.
/// `body` may capture non-Sendable test state: the caller is suspended until
/// it returns, so nothing else touches that state meanwhile.
package func offThePool<T: Sendable>(_ body: @escaping () throws -> T) async throws -> T {
    nonisolated(unsafe) let body = body
    return try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
