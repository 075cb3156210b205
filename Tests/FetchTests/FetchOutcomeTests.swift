import Fetch
import Testing

@Suite struct FetchOutcomeTests {
    @Test(arguments: [
        (FetchOutcome.httpError(status: 404, retryAfter: nil), "HTTP 404"),
        (.httpError(status: 429, retryAfter: .seconds(30)), "HTTP 429 (retry after 30s)"),
        (.tooLarge(limit: 16 << 20), "too large (over 16777216 bytes)"),
        (.timedOut(after: .seconds(5)), "timed out after 5s"),
        (.timedOut(after: .milliseconds(1500)), "timed out after 1.5s"),
        (.timedOut(after: .milliseconds(250)), "timed out after 250ms"),
        (.networkError("Could not connect to server"), "network error: Could not connect to server"),
        (.notModified(validators: .none), "not modified"),
        (.content(body: [1, 2, 3], validators: .none, finalURL: "x", status: 200), "HTTP 200, 3 bytes"),
        (.fileError(path: "/f", reason: "Permission denied"), "cannot read /f: Permission denied"),
        (.cancelled, "cancelled"),
    ] as [(FetchOutcome, String)])
    func describesOutcomeForPeople(outcome: FetchOutcome, expected: String) {
        #expect(outcome.description == expected)
    }

    @Test func validatorsComeOnlyFromContentAndNotModified() {
        let kept = Validators(etag: "\"e\"", lastModified: "d")
        #expect(FetchOutcome.content(body: [], validators: kept, finalURL: "u", status: 200).validators == kept)
        #expect(FetchOutcome.notModified(validators: kept).validators == kept)
        #expect(FetchOutcome.httpError(status: 500, retryAfter: nil).validators == nil)
        #expect(FetchOutcome.timedOut(after: .seconds(1)).validators == nil)
    }

    @Test func retryAfterComesFromHTTPErrors() {
        #expect(FetchOutcome.httpError(status: 429, retryAfter: .seconds(9)).retryAfter == .seconds(9))
        #expect(FetchOutcome.notModified(validators: .none).retryAfter == nil)
    }
}
