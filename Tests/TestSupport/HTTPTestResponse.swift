/// What `HTTPTestServer` does with a request: a status, headers, and a body
/// sent in one of several (sometimes hostile) ways.
package struct HTTPTestResponse: Sendable {
    package enum Body: Sendable {
        /// Sent at once, with Content-Length (unless the headers set their own).
        case bytes([UInt8])
        /// Chunked transfer encoding, waiting `delay` before each chunk.
        case chunked([[UInt8]], delay: Duration)
        /// One byte every `interval`, with Content-Length of the whole.
        case drip([UInt8], interval: Duration)
        /// `chunk` repeated until the client hangs up or the server stops; no
        /// Content-Length, so the connection closes after it.
        case endless(chunk: [UInt8])
    }

    package var status: Int
    package var headers: [(name: String, value: String)]
    package var body: Body
    /// Wait this long after reading the request before answering anything.
    package var delayBeforeHeaders: Duration
    /// Close the connection without writing a byte.
    package var closeWithoutResponse: Bool
    /// Write exactly these bytes instead of a response, then close: for
    /// malformed status lines, lying headers and the like.
    package var raw: [UInt8]?

    package init(status: Int = 200, headers: [(name: String, value: String)] = [], body: Body = .bytes([]),
                delayBeforeHeaders: Duration = .zero, closeWithoutResponse: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delayBeforeHeaders = delayBeforeHeaders
        self.closeWithoutResponse = closeWithoutResponse
    }

    /// A 200 with a text body.
    package static func ok(_ text: String, contentType: String = "application/rss+xml",
                          headers: [(name: String, value: String)] = []) -> HTTPTestResponse {
        HTTPTestResponse(status: 200, headers: [("Content-Type", contentType)] + headers, body: .bytes(Array(text.utf8)))
    }

    /// A bodiless or short response with this status.
    package static func status(_ status: Int, headers: [(name: String, value: String)] = [],
                              text: String = "") -> HTTPTestResponse {
        HTTPTestResponse(status: status, headers: headers, body: .bytes(Array(text.utf8)))
    }

    /// A redirect to `location` (absolute or relative).
    package static func redirect(to location: String, status: Int = 302) -> HTTPTestResponse {
        HTTPTestResponse(status: status, headers: [("Location", location)], body: .bytes(Array("moved".utf8)))
    }

    /// `bytes` as the whole reply, then hang up.
    package static func raw(_ bytes: [UInt8]) -> HTTPTestResponse {
        var response = HTTPTestResponse()
        response.raw = bytes
        return response
    }

    /// Hang up without answering.
    package static let hangUp = HTTPTestResponse(closeWithoutResponse: true)

    func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// RFC 9110 §6.4.1: these never carry a body.
    var forbidsBody: Bool { status == 204 || status == 304 || (100..<200).contains(status) }

    static func reason(for status: Int) -> String {
        switch status {
        case 200: "OK"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
