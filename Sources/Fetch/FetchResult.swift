/// A request and what became of it.
public struct FetchResult: Sendable {
    public var request: FetchRequest
    public var outcome: FetchOutcome
    /// From the moment the fetcher accepted the request (queue wait
    /// included) to the outcome.
    public var elapsed: Duration

    public init(request: FetchRequest, outcome: FetchOutcome, elapsed: Duration) {
        self.request = request
        self.outcome = outcome
        self.elapsed = elapsed
    }
}
