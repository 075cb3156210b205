import CCurl
import FoundationEssentials
import Model

/// One HTTP transfer while its easy handle sits in the multi handle: the
/// body so far, the headers of the latest response, curl's error text.
///
/// Only the multi loop's thread touches it; curl calls the callbacks there,
/// from inside `curl_multi_perform`.
final class Transfer {
    let job: FetchJob
    let easy: UnsafeMutableRawPointer
    private let options: FetchOptions
    private(set) var body: [UInt8] = []
    private var exceededLimit = false
    private var etag: String?
    private var lastModified: String?
    private var retryAfter: String?
    private var charset: String?
    /// curl writes its message for a failure here (CURLOPT_ERRORBUFFER).
    private let errorBuffer: UnsafeMutablePointer<CChar>
    /// Must outlive the transfer: curl keeps the pointer, not a copy.
    private var headerList: UnsafeMutablePointer<curl_slist>?

    /// Sets `easy` up for `job`. `easy` is fresh or reset; the caller adds it
    /// to the multi handle afterwards.
    init(job: FetchJob, easy: UnsafeMutableRawPointer, options: FetchOptions) throws(CurlError) {
        self.job = job
        self.easy = easy
        self.options = options
        let size = Int(tw_error_size())
        errorBuffer = .allocate(capacity: size)
        errorBuffer.initialize(repeating: 0, count: size)
        try configure()
    }

    deinit {
        errorBuffer.deallocate()
        curl_slist_free_all(headerList)
    }

    private func configure() throws(CurlError) {
        let request = job.request
        try setString(CURLOPT_URL, request.url, "CURLOPT_URL")
        // Redirects (and the first request) may only use http and https: a
        // feed must never be able to send us to file://, ftp://, gopher://...
        try setString(CURLOPT_PROTOCOLS_STR, "http,https", "CURLOPT_PROTOCOLS_STR")
        try setString(CURLOPT_REDIR_PROTOCOLS_STR, "http,https", "CURLOPT_REDIR_PROTOCOLS_STR")
        try setLong(CURLOPT_FOLLOWLOCATION, 1, "CURLOPT_FOLLOWLOCATION")
        try setLong(CURLOPT_MAXREDIRS, options.maxRedirects, "CURLOPT_MAXREDIRS")
        // "" offers every encoding this libcurl decodes (gzip, deflate, br...).
        try setString(CURLOPT_ACCEPT_ENCODING, "", "CURLOPT_ACCEPT_ENCODING")
        try setString(CURLOPT_USERAGENT, options.userAgent, "CURLOPT_USERAGENT")
        // Signals are process-wide; timeouts must not use SIGALRM in a multithreaded process.
        try setLong(CURLOPT_NOSIGNAL, 1, "CURLOPT_NOSIGNAL")
        try setLong(CURLOPT_CONNECTTIMEOUT_MS, options.connectTimeout.curlMilliseconds, "CURLOPT_CONNECTTIMEOUT_MS")
        try setLong(CURLOPT_TIMEOUT_MS, options.totalTimeout.curlMilliseconds, "CURLOPT_TIMEOUT_MS")
        // Refuses early when Content-Length already says too much; the write
        // callback is the real cap (chunked and compressed bodies have no
        // trustworthy length).
        try CurlError.check(tw_easy_setopt_off(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(options.maxBodyBytes)),
                            "CURLOPT_MAXFILESIZE_LARGE")
        try CurlError.check(tw_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer), "CURLOPT_ERRORBUFFER")

        var headers = ["Accept: application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"]
        // RFC 9110 §13.2.2: a server evaluates If-None-Match first, so sending
        // both is safe and lets Last-Modified-only servers answer 304 too.
        if let etag = request.etag { headers.append("If-None-Match: \(etag)") }
        if let lastModified = request.lastModified { headers.append("If-Modified-Since: \(lastModified)") }
        for header in headers { headerList = curl_slist_append(headerList, header) }
        try CurlError.check(tw_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, headerList), "CURLOPT_HTTPHEADER")

        let me = Unmanaged.passUnretained(self).toOpaque()
        try CurlError.check(tw_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, me), "CURLOPT_WRITEDATA")
        try CurlError.check(tw_easy_setopt_write_cb(easy) { data, size, count, user in
            guard let user else { return 0 }
            return Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue().receiveBody(data, size * count)
        }, "CURLOPT_WRITEFUNCTION")
        try CurlError.check(tw_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, me), "CURLOPT_HEADERDATA")
        try CurlError.check(tw_easy_setopt_header_cb(easy) { data, size, count, user in
            guard let user else { return 0 }
            return Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue().receiveHeader(data, size * count)
        }, "CURLOPT_HEADERFUNCTION")
    }

    private func setLong(_ option: CURLoption, _ value: Int, _ name: String) throws(CurlError) {
        try CurlError.check(tw_easy_setopt_long(easy, option, value), name)
    }

    private func setString(_ option: CURLoption, _ value: String, _ name: String) throws(CurlError) {
        // curl copies string options (since 7.17), so a temporary C string is enough.
        try CurlError.check(tw_easy_setopt_string(easy, option, value), name)
    }

    /// Counts *decoded* bytes (curl has already undone Content-Encoding), so
    /// a gzip bomb stops at the limit; returning short makes curl abort.
    private func receiveBody(_ data: UnsafeMutablePointer<CChar>?, _ count: Int) -> Int {
        guard count > 0, let data else { return count }
        guard body.count + count <= options.maxBodyBytes else {
            exceededLimit = true
            return 0
        }
        body.append(contentsOf: UnsafeRawBufferPointer(start: data, count: count))
        return count
    }

    private func receiveHeader(_ data: UnsafeMutablePointer<CChar>?, _ count: Int) -> Int {
        guard count > 0, let data else { return count }
        let line = String(decoding: UnsafeRawBufferPointer(start: data, count: count), as: UTF8.self)
        if line.hasPrefix("HTTP/") {
            // A new response (after a redirect or a 1xx): only the last one's headers count.
            etag = nil
            lastModified = nil
            retryAfter = nil
            charset = nil
            body.removeAll(keepingCapacity: true)
            return count
        }
        guard let colon = line.firstIndex(of: ":") else { return count }
        let name = line[..<colon].lowercased()
        let value = line[line.index(after: colon)...].trimmingWhitespace()
        guard !value.isEmpty else { return count }
        switch name {
        case "etag": etag = value
        case "last-modified": lastModified = value
        case "retry-after": retryAfter = value
        case "content-type": charset = ContentType.charset(of: value)
        default: break
        }
        return count
    }

    /// What the transfer came to, given the code curl finished it with.
    func outcome(_ code: CURLcode) -> FetchOutcome {
        if exceededLimit || code == CURLE_FILESIZE_EXCEEDED {
            return .tooLarge(limit: options.maxBodyBytes)
        }
        if code == CURLE_OPERATION_TIMEDOUT {
            var connectTime: curl_off_t = 0
            _ = tw_easy_getinfo_off(easy, CURLINFO_CONNECT_TIME_T, &connectTime)
            // Unconnected, whichever limit is shorter is the one that fired
            // (a TLS handshake with a plain-HTTP port hits the total one).
            return .timedOut(after: connectTime == 0 ? min(options.connectTimeout, options.totalTimeout) : options.totalTimeout)
        }
        guard code == CURLE_OK else {
            let message = errorBuffer.pointee != 0 ? String(cString: errorBuffer) : String(cString: curl_easy_strerror(code))
            return .networkError(message)
        }
        var status = 0
        _ = tw_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
        let received = Validators(etag: etag, lastModified: lastModified)
        switch status {
        case 304:
            return .notModified(validators: job.request.validators.updated(by: received))
        case 200..<300:
            var effective: UnsafeMutablePointer<CChar>?
            _ = tw_easy_getinfo_string(easy, CURLINFO_EFFECTIVE_URL, &effective)
            let finalURL = effective.map { String(cString: $0) } ?? job.request.url
            // A full response replaces the validators: old ones it omits are stale.
            return .content(body: body, validators: received, finalURL: finalURL, status: status, charset: charset)
        default:
            return .httpError(status: status, retryAfter: retryAfter.flatMap { RetryAfter.parse($0) })
        }
    }
}
