import FoundationEssentials
import Model

/// Where a feed address points: the network (through curl) or a local file
/// (read directly, never through curl).
enum FeedLocation: Equatable {
    case remote(String)
    case local(path: String)
    case unsupported(scheme: String)

    init(_ address: String) {
        let lower = address.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            self = .remote(address)
        } else if lower.hasPrefix("file://") {
            // URL decodes %20 and the like; "file://localhost/x" is "/x" too.
            let path = URL(string: address)?.path ?? String(address.dropFirst("file://".count))
            self = .local(path: path.isEmpty ? String(address.dropFirst("file://".count)) : path)
        } else if let range = address.firstRange(of: "://"),
                  address[..<range.lowerBound].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) {
            self = .unsupported(scheme: String(address[..<range.lowerBound]))
        } else {
            self = .local(path: address)
        }
    }
}
