import FoundationEssentials
import Model

/// One topic's moves since the baseline as an inline SVG: a lane per actor,
/// time left to right, one marker per alert. Direction by shape and colour
/// (▼ green easing, ▲ red tightening), modality by fill (action filled,
/// announced outlined, signal a small dashed ring: it does not move the
/// position), severity by size. Each marker's `<title>` names the alert.
struct TopicTimeline {
    var actors: [Actor]
    var alerts: [AlertFields]

    static let width = 600.0
    static let left = 58.0
    static let right = 24.0
    static let laneHeight = 44.0
    static let top = 14.0

    var svg: String {
        let height = Self.top + Double(actors.count) * Self.laneHeight + 26
        var out = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" role=\"img\" "
            + "aria-label=\"moves since the baseline\" xmlns=\"http://www.w3.org/2000/svg\">"
        let dates = alerts.map(Self.date)
        let first = dates.min(), last = dates.max()
        for (lane, actor) in actors.enumerated() {
            let y = Self.laneY(lane)
            out += "<text x=\"4\" y=\"\(Self.num(y + 4))\" class=\"lane\">\(HTMLText.escape(actor.rawValue))</text>"
            out += "<line x1=\"\(Self.num(Self.left))\" y1=\"\(Self.num(y))\" x2=\"\(Self.num(Self.width - Self.right))\" "
                + "y2=\"\(Self.num(y))\" class=\"axis\"/>"
            out += "<circle cx=\"\(Self.num(Self.left))\" cy=\"\(Self.num(y))\" r=\"3\" class=\"start\"><title>baseline</title></circle>"
        }
        let axisY = Self.top + Double(actors.count) * Self.laneHeight + 8
        out += "<text x=\"\(Self.num(Self.left))\" y=\"\(Self.num(axisY))\" class=\"tick\">baseline"
        if let first { out += " · \(Self.label(first))" }
        out += "</text>"
        if let last, let first, last > first {
            out += "<text x=\"\(Self.num(Self.width - Self.right))\" y=\"\(Self.num(axisY))\" class=\"tick\" "
                + "text-anchor=\"end\">\(Self.label(last))</text>"
        }
        var lastX: [Actor: Double] = [:]
        for alert in alerts.sorted(by: { (Self.date($0), $0.id) < (Self.date($1), $1.id) }) {
            guard let actor = Actor(rawValue: alert.actor), let lane = actors.firstIndex(of: actor) else { continue }
            var x = Self.x(Self.date(alert), first: first, last: last)
            // Same-day markers would hide each other: each sits right of the one before.
            if let previous = lastX[actor], x < previous + 16 { x = previous + 16 }
            lastX[actor] = x
            out += marker(alert, x: min(x, Self.width - Self.right), y: Self.laneY(lane))
        }
        return out + "</svg>"
    }

    private func marker(_ a: AlertFields, x: Double, y: Double) -> String {
        let size: Double = switch Severity(rawValue: a.severity) {
        case .high?: 9
        case .medium?: 7
        default: 5.5
        }
        let direction = a.direction == Direction.easing.rawValue ? "easing" : "tightening"
        let tip = HTMLText.escape("#\(a.id) \(Self.label(Self.date(a))) \(a.actor) \(a.direction) (\(a.modality), "
                                  + "\(a.severity)): \(a.title)")
        let shape: String
        if a.modality == Modality.signal.rawValue {
            shape = "<circle cx=\"\(Self.num(x))\" cy=\"\(Self.num(y))\" r=\"\(Self.num(size * 0.7))\" class=\"m signal \(direction)\"/>"
        } else {
            // ▼ easing (restrictions come down), ▲ tightening.
            let tipY = direction == "easing" ? y + size : y - size
            let baseY = direction == "easing" ? y - size : y + size
            let points = "\(Self.num(x - size)),\(Self.num(baseY)) \(Self.num(x + size)),\(Self.num(baseY)) \(Self.num(x)),\(Self.num(tipY))"
            shape = "<polygon points=\"\(points)\" class=\"m \(a.modality == Modality.action.rawValue ? "action" : "announced") \(direction)\"/>"
        }
        let labelY = direction == "easing" ? y + size + 12 : y - size - 4
        return "<g><title>\(tip)</title>\(shape)<text x=\"\(Self.num(x))\" y=\"\(Self.num(labelY))\" class=\"id\" "
            + "text-anchor=\"middle\">#\(a.id)</text></g>"
    }

    /// The item's date, else when the alert was detected.
    static func date(_ a: AlertFields) -> Date {
        a.published ?? a.time
    }

    static func laneY(_ lane: Int) -> Double { top + 16 + Double(lane) * laneHeight }

    /// Markers start a step right of the baseline dot and spread over the
    /// span of their dates (a single date sits a step in).
    static func x(_ date: Date, first: Date?, last: Date?) -> Double {
        let start = left + 24, end = width - right - 12
        guard let first, let last, last > first else { return start }
        return start + (end - start) * date.timeIntervalSince(first) / last.timeIntervalSince(first)
    }

    /// "2026-11-24 08:10".
    static func label(_ date: Date) -> String {
        let text = Timestamp.rfc3339(date)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
    }

    static func num(_ v: Double) -> String {
        let rounded = (v * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
