import CCurl
import FoundationEssentials
import Model
import Synchronization

/// Owns the one curl multi handle and the dedicated thread that drives it,
/// so no transfer ever blocks a Swift concurrency thread.
///
/// `@unchecked Sendable` because the compiler cannot see the split: the
/// multi handle, the easy handles and every `Transfer` are used only on the
/// loop thread (inside `MultiDriver`); other threads touch only `mailbox`
/// (a mutex) and `curl_multi_wakeup`, which libcurl allows from any thread.
/// Wakeups happen with `mailbox` locked and the handle is cleaned up only
/// after `stopped` is set under that lock, so no wakeup can reach a freed
/// handle.
final class CurlMultiLoop: @unchecked Sendable {
    private let mailbox: Mutex<Mailbox>
    private let multi: UnsafeMutableRawPointer?
    private let options: FetchOptions
    /// Why the loop could not start (curl_global_init or curl_multi_init failed).
    private let startupError: CurlError?

    /// What other threads hand to the loop.
    private struct Mailbox {
        var nextID = 0
        /// Ids reserved and not yet finished.
        var live: Set<Int> = []
        /// Ids the loop has been given (in `jobs` or taken already).
        var submitted: Set<Int> = []
        /// Cancelled before they were submitted: refused on submit.
        var cancelledEarly: Set<Int> = []
        var jobs: [FetchJob] = []
        var cancels: Set<Int> = []
        var stopping = false
        var stopped = false
    }

    init(options: FetchOptions) {
        self.options = options
        var failure: CurlError?
        var handle: UnsafeMutableRawPointer?
        do throws(CurlError) {
            try CurlGlobal.ensureInitialised()
            handle = curl_multi_init()
            if handle == nil { throw CurlError(context: "curl_multi_init", message: "returned NULL") }
        } catch {
            failure = error
        }
        multi = handle
        startupError = failure
        mailbox = Mutex(Mailbox(stopped: handle == nil))
        guard let handle else { return }
        // Keep idle connections for reuse across poll cycles: hundreds of feeds
        // on many hosts, polled every few minutes.
        _ = tw_multi_setopt_long(handle, CURLMOPT_MAXCONNECTS, max(64, options.concurrency * 8))
        SystemThread.start(name: "tradewatch-curl") { [self] in run() }
    }

    /// An id for a job about to be submitted, so it can be cancelled even
    /// before it reaches the loop.
    func reserveID() -> Int {
        mailbox.withLock { mailbox in
            mailbox.nextID += 1
            mailbox.live.insert(mailbox.nextID)
            return mailbox.nextID
        }
    }

    /// Queues `job`; its `complete` is called exactly once.
    func submit(_ job: FetchJob) {
        let refusal: FetchOutcome? = mailbox.withLock { mailbox in
            if mailbox.stopped {
                mailbox.live.remove(job.id)
                return startupError.map { .networkError($0.description) } ?? .cancelled
            }
            if mailbox.cancelledEarly.remove(job.id) != nil {
                mailbox.live.remove(job.id)
                return .cancelled
            }
            mailbox.submitted.insert(job.id)
            mailbox.jobs.append(job)
            wakeUp()
            return nil
        }
        if let refusal { job.finish(refusal) }
    }

    /// Stops the job with `id` if it has not finished; it completes as `.cancelled`.
    func cancel(_ id: Int) {
        mailbox.withLock { mailbox in
            guard mailbox.live.contains(id), !mailbox.stopped else { return }
            if mailbox.submitted.contains(id) {
                mailbox.cancels.insert(id)
                wakeUp()
            } else {
                mailbox.cancelledEarly.insert(id)
            }
        }
    }

    /// Ends the loop: every unfinished job completes as `.cancelled`.
    func shutdown() {
        mailbox.withLock { mailbox in
            guard !mailbox.stopped else { return }
            mailbox.stopping = true
            wakeUp()
        }
    }

    /// Call with `mailbox` locked.
    private func wakeUp() {
        if let multi { _ = curl_multi_wakeup(multi) }
    }

    /// Called by the loop thread once a job's completion has run.
    fileprivate func forget(_ id: Int) {
        mailbox.withLock { mailbox in
            mailbox.live.remove(id)
            mailbox.submitted.remove(id)
        }
    }

    private func takeMail() -> (jobs: [FetchJob], cancels: Set<Int>, stopping: Bool) {
        mailbox.withLock { mailbox in
            defer {
                mailbox.jobs.removeAll()
                mailbox.cancels.removeAll()
            }
            return (mailbox.jobs, mailbox.cancels, mailbox.stopping)
        }
    }

    private func run() {
        guard let multi else { return }
        let driver = MultiDriver(multi: multi, options: options) { [self] id in forget(id) }
        while true {
            let mail = takeMail()
            if mail.stopping { break }
            driver.enqueue(mail.jobs)
            driver.cancel(mail.cancels)
            driver.step()
            if driver.canStartMore { continue }
            // Returns early on curl_multi_wakeup, socket activity or curl's own timers.
            _ = curl_multi_poll(multi, nil, 0, 1000, nil)
        }
        let leftovers: [FetchJob] = mailbox.withLock { mailbox in
            mailbox.stopped = true
            defer { mailbox.jobs.removeAll() }
            return mailbox.jobs
        }
        driver.enqueue(leftovers)
        driver.cancelAll()
        curl_multi_cleanup(multi)
    }
}
