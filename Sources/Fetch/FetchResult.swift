/// A request and what became of it.
package struct FetchResult: Sendable {
    package var request: FetchRequest
    package var outcome: FetchOutcome
    /// From the moment the fetcher accepted the request (queue wait
    /// included) to the outcome.
    package var elapsed: Duration

    init(request: FetchRequest, outcome: FetchOutcome, elapsed: Duration) {
        self.request = request
        self.outcome = outcome
        self.elapsed = elapsed
    }
}
