import CCurl
import FoundationEssentials
import Model

/// One HTTP POST through libcurl (a webhook delivery): the body, headers and
/// a total timeout in; the status or what went wrong out. Runs
/// `curl_easy_perform` on a thread of its own, never on the cooperative pool.
/// The response body is read and dropped.
package struct HTTPPost: Sendable {
    var url: String
    var headers: [String]
    var body: [UInt8]
    var timeout: Duration
    var userAgent = FetchOptions.defaultUserAgent

    package init(url: String, headers: [String], body: [UInt8], timeout: Duration) {
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    package enum Outcome: Sendable, Equatable, CustomStringConvertible {
        /// The server answered with this status.
        case status(Int)
        case timedOut
        /// No answer: refused, reset, DNS, TLS...; curl's message.
        case failed(String)

        package var description: String {
            switch self {
            case .status(let code): "HTTP \(code)"
            case .timedOut: "timed out"
            case .failed(let message): message
            }
        }
    }

    package func send() async -> Outcome {
        await withCheckedContinuation { (done: CheckedContinuation<Outcome, Never>) in
            SystemThread.start(name: "tradewatch-post") { done.resume(returning: perform()) }
        }
    }

    /// Blocking: the calling thread waits for the whole exchange.
    func perform() -> Outcome {
        do throws(CurlError) {
            try CurlGlobal.ensureInitialised()
        } catch {
            return .failed(error.description)
        }
        guard let easy = curl_easy_init() else { return .failed("curl_easy_init failed") }
        var list: UnsafeMutablePointer<curl_slist>?
        defer {
            curl_easy_cleanup(easy)
            curl_slist_free_all(list)
        }
        do throws(CurlError) {
            try CurlError.check(tw_easy_setopt_string(easy, CURLOPT_URL, url), "CURLOPT_URL")
            try CurlError.check(tw_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https"), "CURLOPT_PROTOCOLS_STR")
            // A webhook that redirects is misconfigured; a POST is not followed anywhere.
            try CurlError.check(tw_easy_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 0), "CURLOPT_FOLLOWLOCATION")
            try CurlError.check(tw_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1), "CURLOPT_NOSIGNAL")
            try CurlError.check(tw_easy_setopt_long(easy, CURLOPT_TIMEOUT_MS, timeout.curlMilliseconds), "CURLOPT_TIMEOUT_MS")
            try CurlError.check(tw_easy_setopt_string(easy, CURLOPT_USERAGENT, userAgent), "CURLOPT_USERAGENT")
            try CurlError.check(tw_easy_setopt_long(easy, CURLOPT_POSTFIELDSIZE, body.count), "CURLOPT_POSTFIELDSIZE")
            // COPYPOSTFIELDS: curl keeps its own copy of the bytes (the size is set above).
            var bytes = body + [0]
            let copied = bytes.withUnsafeMutableBytes { tw_easy_setopt_pointer(easy, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
            try CurlError.check(copied, "CURLOPT_COPYPOSTFIELDS")
            // "Expect:" off: no 100-continue round trip for a small body.
            for header in headers + ["Expect:"] { list = curl_slist_append(list, header) }
            try CurlError.check(tw_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, list), "CURLOPT_HTTPHEADER")
            try CurlError.check(tw_easy_setopt_write_cb(easy) { _, size, count, _ in size * count }, "CURLOPT_WRITEFUNCTION")
        } catch {
            return .failed(error.description)
        }
        let code = curl_easy_perform(easy)
        if code == CURLE_OPERATION_TIMEDOUT { return .timedOut }
        guard code == CURLE_OK else { return .failed(String(cString: curl_easy_strerror(code))) }
        var status = 0
        _ = tw_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
        return .status(status)
    }
}
