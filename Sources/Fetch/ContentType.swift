import Model

/// The parts of a Content-Type header value the fetcher keeps.
package enum ContentType {
    /// The `charset` parameter of a Content-Type value, unquoted and
    /// lowercased: `text/xml; Charset="Windows-1251"` gives "windows-1251".
    package static func charset(of value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == "charset" else { continue }
            var label = pair[1].trimmingWhitespace()
            if label.count >= 2, label.first == "\"", label.last == "\"" { label = String(label.dropFirst().dropLast()) }
            label = label.trimmingWhitespace().lowercased()
            return label.isEmpty ? nil : label
        }
        return nil
    }
}
