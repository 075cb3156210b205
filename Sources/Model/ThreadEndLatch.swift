#if canImport(Glibc)
import Glibc
#endif

/// Opened once, by a system thread when it ends; waited for from async code
/// without holding a cooperative thread (a continuation), or from plain
/// synchronous code (a condition variable).
package final class ThreadEndLatch: @unchecked Sendable {
    // @unchecked: `open` and `waiters` are only touched with `mutex` held.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var open = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    package init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// Opens the latch: every waiter, present and future, goes on.
    package func signal() {
        pthread_mutex_lock(mutex)
        open = true
        let resumed = waiters
        waiters = []
        pthread_cond_broadcast(condition)
        pthread_mutex_unlock(mutex)
        for waiter in resumed { waiter.resume() }
    }

    /// Blocks the calling thread until the latch opens. Not for async code.
    package func waitBlocking() {
        pthread_mutex_lock(mutex)
        while !open { pthread_cond_wait(condition, mutex) }
        pthread_mutex_unlock(mutex)
    }

    /// Suspends until the latch opens.
    package func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            pthread_mutex_lock(mutex)
            if open {
                pthread_mutex_unlock(mutex)
                continuation.resume()
                return
            }
            waiters.append(continuation)
            pthread_mutex_unlock(mutex)
        }
    }
}
