import Detect
import Model

/// Writes baseline positions in the format `BaselineFile` reads.
package enum BaselineTOML {
    package static func render(_ positions: [BaselinePosition], source: String?) -> String {
        var out = "# Baseline positions derived by `tradewatch baseline derive`.\n"
        if let source { out += "source = \(quoted(source))\n" }
        for p in positions {
            out += "\n[[position]]\n"
            out += "id = \(quoted(p.id))\n"
            out += "topic = \(quoted(p.topic.rawValue))\n"
            out += "actor = \(quoted(p.actor.rawValue))\n"
            out += "stance = \(quoted(p.stance))\n"
            out += "status = \(quoted(p.status.rawValue))\n"
            out += "quote = \(quoted(p.quote))\n"
            out += "terms = [\(p.terms.map(quoted).joined(separator: ", "))]\n"
        }
        return out
    }

    /// A TOML basic string.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + String(scalar.value, radix: 16, uppercase: true).zeroPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
