extension String {
    /// Left-padded with zeros to `width` characters ("%04d"-style for
    /// digits already written); unchanged when it is that long already.
    package func zeroPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

extension Double {
    /// The value with `places` decimals ("%.2f" without full Foundation).
    package func formatted(places: Int) -> String {
        guard isFinite else { return String(self) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(self) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        let sign = self < 0 && scaled > 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        return sign + String(whole) + "." + String(fraction).zeroPadded(to: places)
    }
}
