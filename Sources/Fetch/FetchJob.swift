/// A request on its way through the multi loop, with the way back to its caller.
struct FetchJob: Sendable {
    let id: Int
    let request: FetchRequest
    let accepted: ContinuousClock.Instant
    /// Called exactly once, on the loop thread, with the outcome.
    let complete: @Sendable (FetchResult) -> Void

    func finish(_ outcome: FetchOutcome) {
        complete(FetchResult(request: request, outcome: outcome, elapsed: ContinuousClock.now - accepted))
    }
}
