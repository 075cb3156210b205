import Model

/// What became of one fetch. Exactly one of these per request.
package enum FetchOutcome: Sendable, Equatable {
    /// A 2xx response. `finalURL` is where redirects ended; `status` is 200
    /// for a local file; `charset` is the Content-Type header's, if any
    /// (the parser's fallback for a document that declares no encoding).
    case content(body: [UInt8], validators: Validators, finalURL: String, status: Int, charset: String? = nil)
    /// 304: the caller's copy is current. `validators` are the ones to keep.
    case notModified(validators: Validators)
    /// Any other HTTP status. `retryAfter` is the server's `Retry-After`,
    /// when it sent one that parses.
    case httpError(status: Int, retryAfter: Duration?)
    /// The transfer failed below HTTP; the message is curl's own.
    case networkError(String)
    /// The decoded body grew past the limit; the transfer was stopped there.
    case tooLarge(limit: Int)
    /// A connect or total timeout expired; `after` is that limit.
    case timedOut(after: Duration)
    /// A local feed (path or `file://`) could not be read.
    case fileError(path: String, reason: String)
    /// The caller's task was cancelled or the fetcher shut down first.
    case cancelled

    /// The body, when there is one to parse.
    package var body: [UInt8]? {
        if case .content(let body, _, _, _, _) = self { return body }
        return nil
    }

    /// The validators to store for the next request, after content or 304;
    /// nil after a failure (keep the old ones).
    package var validators: Validators? {
        switch self {
        case .content(_, let validators, _, _, _), .notModified(let validators): validators
        default: nil
        }
    }

    /// The charset the server labelled a body with, if any.
    package var charset: String? {
        if case .content(_, _, _, _, let charset) = self { return charset }
        return nil
    }

    /// How long the server asked us to wait (429, 503 and friends).
    package var retryAfter: Duration? {
        if case .httpError(_, let retryAfter) = self { return retryAfter }
        return nil
    }
}

extension FetchOutcome: CustomStringConvertible {
    /// A short phrase for status lines and stderr, e.g. "HTTP 404" or
    /// "timed out after 5s".
    package var description: String {
        switch self {
        case .content(let body, _, _, let status, _):
            return "HTTP \(status), \(body.count) bytes"
        case .notModified:
            return "not modified"
        case .httpError(let status, let retryAfter):
            guard let retryAfter else { return "HTTP \(status)" }
            return "HTTP \(status) (retry after \(Self.format(retryAfter)))"
        case .networkError(let message):
            return "network error: \(message)"
        case .tooLarge(let limit):
            return "too large (over \(limit) bytes)"
        case .timedOut(let after):
            return "timed out after \(Self.format(after))"
        case .fileError(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .cancelled:
            return "cancelled"
        }
    }

    /// "5s", "1.5s", "250ms": short and exact enough for a log line.
    static func format(_ duration: Duration) -> String {
        let ms = duration.wholeMilliseconds
        if ms % 1000 == 0 { return "\(ms / 1000)s" }
        if ms < 1000 { return "\(ms)ms" }
        let tenths = (ms + 50) / 100
        return "\(tenths / 10).\(tenths % 10)s"
    }
}
