import Model

// The evidence sentence and the tariff rates stated with a claim.
extension ItemScan {
    func evidence(_ range: Range<Int>) -> String {
        let inTitle = range.lowerBound < titleTokenCount
        let source = inTitle ? title : text
        let utf8 = Array(source.utf8)
        let start = tokens[range.lowerBound].start
        let end = min(tokens[range.upperBound - 1].end, utf8.count)
        guard start < end else { return source }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// Tariff rates: "from 20% to 10%", else "to 10%", else the first rate.
    func quantities(_ range: Range<Int>) -> [Alert.Quantity] {
        var rates: [(index: Int, value: Double)] = []
        for i in range where tokens[i].isNumber {
            if i + 1 < range.upperBound, ann.has(.percentUnit, at: i + 1), let value = Double(tokens[i].text) {
                rates.append((i, value))
            }
        }
        guard let first = rates.first else { return [] }
        for (n, r) in rates.enumerated() where n + 1 < rates.count {
            let i = r.index
            if i > range.lowerBound, ann.has(.from, at: i - 1) {
                let next = rates[n + 1]
                if next.index > range.lowerBound, ann.has(.toWord, at: next.index - 1) {
                    return [Alert.Quantity(name: "tariff rate", before: r.value, after: next.value, unit: "%")]
                }
            }
        }
        if let to = rates.first(where: { $0.index > range.lowerBound && ann.has(.toWord, at: $0.index - 1) }) {
            return [Alert.Quantity(name: "tariff rate", before: nil, after: to.value, unit: "%")]
        }
        return [Alert.Quantity(name: "tariff rate", before: nil, after: first.value, unit: "%")]
    }
}
