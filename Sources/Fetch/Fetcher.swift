/// Fetches feeds: http(s) through one libcurl multi handle driven on its own
/// thread, local paths and `file://` directly.
///
/// Make one for the process and keep it: the multi handle keeps connections
/// and DNS answers for reuse across poll cycles. Dropping the last reference
/// stops the thread; unfinished fetches then complete as `.cancelled`.
package final class Fetcher: Sendable {
    package let options: FetchOptions
    private let loop: CurlMultiLoop

    package init(options: FetchOptions = FetchOptions()) {
        self.options = options
        loop = CurlMultiLoop(options: options)
    }

    deinit {
        loop.shutdown()
    }

    /// Fetches one feed. Never throws: every failure is a `FetchOutcome`.
    /// Cancelling the calling task stops the transfer (`.cancelled`).
    package func fetch(_ request: FetchRequest) async -> FetchResult {
        let accepted = ContinuousClock.now
        switch FeedLocation(request.url) {
        case .local(let path):
            let outcome = LocalFeedReader.read(path: path, limit: options.maxBodyBytes)
            return FetchResult(request: request, outcome: outcome, elapsed: .now - accepted)
        case .unsupported(let scheme):
            let outcome = FetchOutcome.networkError("unsupported URL scheme \"\(scheme)\" (only http, https and file)")
            return FetchResult(request: request, outcome: outcome, elapsed: .now - accepted)
        case .remote:
            break
        }
        let id = loop.reserveID()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<FetchResult, Never>) in
                loop.submit(FetchJob(id: id, request: request, accepted: accepted) { continuation.resume(returning: $0) })
            }
        } onCancel: {
            loop.cancel(id)
        }
    }

    /// Fetches every request, at most `options.concurrency` at a time, and
    /// yields each result as it finishes (not in input order). Ending the
    /// iteration early cancels what is left.
    package func fetchAll(_ requests: [FetchRequest]) -> AsyncStream<FetchResult> {
        let (stream, continuation) = AsyncStream.makeStream(of: FetchResult.self)
        let task = Task {
            await withTaskGroup(of: FetchResult.self) { group in
                for request in requests {
                    group.addTask { await self.fetch(request) }
                }
                for await result in group { continuation.yield(result) }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
