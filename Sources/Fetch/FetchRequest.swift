/// One feed to fetch, with the validators the caller kept from its last
/// successful fetch (both nil on the first fetch).
public struct FetchRequest: Sendable, Equatable {
    /// `http://`, `https://`, `file://` or a plain filesystem path.
    public var url: String
    /// Sent as `If-None-Match`.
    public var etag: String?
    /// Sent as `If-Modified-Since`, verbatim as the server sent it.
    public var lastModified: String?

    public init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }

    public init(url: String, validators: Validators) {
        self.init(url: url, etag: validators.etag, lastModified: validators.lastModified)
    }

    /// The validators this request sends.
    public var validators: Validators { Validators(etag: etag, lastModified: lastModified) }
}
