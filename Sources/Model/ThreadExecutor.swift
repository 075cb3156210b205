#if canImport(Glibc)
import Glibc
#endif

/// A serial executor that runs its jobs, in order, on one POSIX thread of its
/// own (SE-0392, "Custom Actor Executors"). For actors whose work blocks: the
/// state store (SQLite, with its busy timeout) and the alert log (write and
/// fsync). Their calls then never hold one of the cooperative pool's threads,
/// which on a 2-core host are all the fetching, the socket's replay and the
/// watchdog have.
///
///     actor Store {
///         private let executor = ThreadExecutor(name: "tradewatch-db")
///         nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
///         deinit { executor.shutdown() }
///     }
///
/// The thread ends once `shutdown()` was called and its queue is empty.
package final class ThreadExecutor: SerialExecutor, @unchecked Sendable {
    // @unchecked: `queue` and `closed` are only touched with `mutex` held;
    // `condition` wakes the thread when they change.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var queue: [UnownedJob] = []
    private var closed = false

    /// Starts the thread, named `name` (15 bytes show in `top -H`).
    package init(name: String) {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
        // The thread holds the executor until it ends, so jobs never outlive it.
        SystemThread.start(name: name) { [self] in runJobs() }
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    package func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        pthread_mutex_lock(mutex)
        queue.append(job)
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    package func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Lets the thread end once the jobs already queued have run.
    package func shutdown() {
        pthread_mutex_lock(mutex)
        closed = true
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    private func runJobs() {
        var batch: [UnownedJob] = []
        while true {
            pthread_mutex_lock(mutex)
            while queue.isEmpty && !closed { pthread_cond_wait(condition, mutex) }
            if queue.isEmpty {
                pthread_mutex_unlock(mutex)
                return
            }
            // Swapped out whole, so the lock is not held while jobs run and
            // neither array reallocates in the steady state.
            swap(&batch, &queue)
            pthread_mutex_unlock(mutex)
            for job in batch { job.runSynchronously(on: asUnownedSerialExecutor()) }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
