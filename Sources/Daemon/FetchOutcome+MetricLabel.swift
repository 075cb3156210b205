import Fetch

extension FetchOutcome {
    /// The `outcome` label of `tradewatch_fetches_total`: the HTTP status for
    /// content (200) and 304, `http_<status>` for errors, else the failure's kind.
    var metricLabel: String {
        switch self {
        case .content(_, _, _, let status, _): "\(status)"
        case .notModified: "304"
        case .httpError(let status, _): "http_\(status)"
        case .networkError: "network"
        case .tooLarge: "too_large"
        case .timedOut: "timeout"
        case .fileError: "file_error"
        case .cancelled: "cancelled"
        }
    }
}
