/// The HTTP cache validators of a fetched feed (RFC 9110 §8.8). The caller
/// stores them and passes them back in the next `FetchRequest`.
package struct Validators: Sendable, Equatable, Hashable {
    /// The `ETag` response header, verbatim (quotes and any `W/` kept).
    package var etag: String?
    /// The `Last-Modified` response header, verbatim.
    package var lastModified: String?

    package init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    package static let none = Validators()

    /// The validators to keep after a response: a header the response sent
    /// replaces the old value; one it left out keeps the old value, because a
    /// 304 need not repeat them (RFC 9110 §15.4.5).
    func updated(by response: Validators) -> Validators {
        Validators(etag: response.etag ?? etag, lastModified: response.lastModified ?? lastModified)
    }
}
