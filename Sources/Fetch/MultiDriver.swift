import CCurl
import DequeModule

/// The loop thread's side of `CurlMultiLoop`: the queue, the transfers in
/// the multi handle, and a few idle easy handles for reuse. Never leaves
/// that thread.
final class MultiDriver {
    private let multi: UnsafeMutableRawPointer
    private let options: FetchOptions
    private let forget: (Int) -> Void
    private var queue: Deque<FetchJob> = []
    private var active: [UnsafeMutableRawPointer: Transfer] = [:]
    private var idle: [UnsafeMutableRawPointer] = []

    init(multi: UnsafeMutableRawPointer, options: FetchOptions, forget: @escaping (Int) -> Void) {
        self.multi = multi
        self.options = options
        self.forget = forget
    }

    var canStartMore: Bool { !queue.isEmpty && active.count < options.concurrency }

    func enqueue(_ jobs: [FetchJob]) {
        queue.append(contentsOf: jobs)
    }

    /// Starts what fits, lets curl do its work, and completes what finished.
    func step() {
        startQueued()
        var running: Int32 = 0
        _ = curl_multi_perform(multi, &running)
        collectFinished()
    }

    func cancel(_ ids: Set<Int>) {
        guard !ids.isEmpty else { return }
        let cancelled = queue.filter { ids.contains($0.id) }
        queue.removeAll { ids.contains($0.id) }
        for job in cancelled { complete(job, .cancelled) }
        for (easy, transfer) in active where ids.contains(transfer.job.id) {
            retire(easy)
            complete(transfer.job, .cancelled)
        }
    }

    func cancelAll() {
        let queued = queue
        queue.removeAll()
        for job in queued { complete(job, .cancelled) }
        for (easy, transfer) in active {
            retire(easy)
            complete(transfer.job, .cancelled)
        }
        for easy in idle { curl_easy_cleanup(easy) }
        idle = []
    }

    private func startQueued() {
        while canStartMore {
            start(queue.removeFirst())
        }
    }

    private func start(_ job: FetchJob) {
        let easy: UnsafeMutableRawPointer
        if let reused = idle.popLast() {
            curl_easy_reset(reused)
            easy = reused
        } else if let fresh = curl_easy_init() {
            easy = fresh
        } else {
            complete(job, .networkError("curl_easy_init returned NULL"))
            return
        }
        do throws(CurlError) {
            let transfer = try Transfer(job: job, easy: easy, options: options)
            try CurlError.check(curl_multi_add_handle(multi, easy), "curl_multi_add_handle")
            active[easy] = transfer
        } catch {
            idle.append(easy)
            complete(job, .networkError("setting up \(job.request.url): \(error)"))
        }
    }

    private func collectFinished() {
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                  let transfer = active[easy] else { continue }
            // Read the outcome before retiring: it needs the handle's info.
            let outcome = transfer.outcome(tw_msg_result(message))
            retire(easy)
            complete(transfer.job, outcome)
        }
    }

    /// Takes `easy` out of the multi handle and keeps it for reuse.
    private func retire(_ easy: UnsafeMutableRawPointer) {
        _ = curl_multi_remove_handle(multi, easy)
        active[easy] = nil
        if idle.count < options.concurrency {
            idle.append(easy)
        } else {
            curl_easy_cleanup(easy)
        }
    }

    private func complete(_ job: FetchJob, _ outcome: FetchOutcome) {
        job.finish(outcome)
        forget(job.id)
    }
}
