import Synchronization

/// The scheduler's sleep until the next feed is due, which `wake()` ends
/// early: after a reload, new feeds may be due sooner than the sleep was set
/// for. A `wake()` that comes while nobody sleeps makes the next sleep return
/// at once, so none is lost between the scheduler's look at the due times and
/// its sleep. Cancelling the sleeping task (shutdown) ends the sleep too.
final class SchedulerAlarm: Sendable {
    private struct State {
        var sleeper: Task<Void, any Error>?
        var woken = false
    }

    private let state = Mutex(State())

    /// Sleeps until `deadline`, or until `wake()` or cancellation.
    func sleep(until deadline: ContinuousClock.Instant) async {
        let task = Task { try await Task.sleep(until: deadline, clock: .continuous) }
        let wokenAlready = state.withLock { state -> Bool in
            if state.woken {
                state.woken = false
                return true
            }
            state.sleeper = task
            return false
        }
        if wokenAlready { task.cancel() }
        await withTaskCancellationHandler {
            _ = try? await task.value
        } onCancel: {
            task.cancel()
        }
        state.withLock { $0.sleeper = nil }
    }

    /// Ends the current sleep, or the next one when nobody sleeps now.
    func wake() {
        let task = state.withLock { state -> Task<Void, any Error>? in
            state.woken = state.sleeper == nil
            return state.sleeper
        }
        task?.cancel()
    }
}
