import CCurl

/// A libcurl call that failed while setting a transfer up, with curl's message.
struct CurlError: Error, CustomStringConvertible {
    let context: String
    let message: String

    var description: String { "\(context): \(message)" }

    /// Turns an easy-interface return code into a typed error naming the call.
    static func check(_ code: CURLcode, _ context: @autoclosure () -> String) throws(CurlError) {
        guard code != CURLE_OK else { return }
        throw CurlError(context: context(), message: String(cString: curl_easy_strerror(code)))
    }

    /// The same for the multi interface.
    static func check(_ code: CURLMcode, _ context: @autoclosure () -> String) throws(CurlError) {
        guard code != CURLM_OK else { return }
        throw CurlError(context: context(), message: String(cString: curl_multi_strerror(code)))
    }
}

/// `curl_global_init` must run once per process, before any other curl call.
enum CurlGlobal {
    /// Swift runs a static initialiser exactly once, thread-safely.
    static let initResult: CURLcode = tw_global_init()

    static func ensureInitialised() throws(CurlError) {
        try CurlError.check(initResult, "curl_global_init")
    }
}
