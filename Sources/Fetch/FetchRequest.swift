/// One feed to fetch, with the validators the caller kept from its last
/// successful fetch (both nil on the first fetch).
package struct FetchRequest: Sendable, Equatable {
    /// `http://`, `https://`, `file://` or a plain filesystem path.
    package var url: String
    /// Sent as `If-None-Match`.
    var etag: String?
    /// Sent as `If-Modified-Since`, verbatim as the server sent it.
    var lastModified: String?

    package init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }

    init(url: String, validators: Validators) {
        self.init(url: url, etag: validators.etag, lastModified: validators.lastModified)
    }

    /// The validators this request sends.
    var validators: Validators { Validators(etag: etag, lastModified: lastModified) }
}
