import Model

/// The scheduler's sleep until the next feed is due, which `wake()` ends
/// early: after a reload, new feeds may be due sooner than the sleep was set
/// for. A `wake()` that comes while nobody sleeps makes the next sleep return
/// at once, so none is lost between the scheduler's look at the due times and
/// its sleep. Cancelling the sleeping task (shutdown) ends the sleep too.
final class SchedulerAlarm: @unchecked Sendable {
    // @unchecked: `sleeper` and `woken` are only touched with `lock` held.
    private let lock = SystemLock()
    private var sleeper: Task<Void, any Error>?
    private var woken = false

    /// Sleeps until `deadline`, or until `wake()` or cancellation.
    func sleep(until deadline: ContinuousClock.Instant) async {
        let task = Task { try await Task.sleep(until: deadline, clock: .continuous) }
        let wokenAlready = lock.withLock { () -> Bool in
            if woken {
                woken = false
                return true
            }
            sleeper = task
            return false
        }
        if wokenAlready { task.cancel() }
        await withTaskCancellationHandler {
            _ = try? await task.value
        } onCancel: {
            task.cancel()
        }
        lock.withLock { sleeper = nil }
    }

    /// Ends the current sleep, or the next one when nobody sleeps now.
    func wake() {
        let task = lock.withLock { () -> Task<Void, any Error>? in
            woken = sleeper == nil
            return sleeper
        }
        task?.cancel()
    }
}
