import TOMLKit

extension TOMLReader {
    /// An array of strings (`topics = ["tariffs"]`).
    mutating func strings(_ table: TOMLTable, _ name: String, _ key: String, index: Int? = nil) -> [String] {
        guard let value = table[key] else { return [] }
        guard let array = value.array, array.allSatisfy({ $0.string != nil }) else {
            issue(table: name, index: index, key: key, "must be an array of strings")
            return []
        }
        return array.compactMap(\.string)
    }

    mutating func bool(_ table: TOMLTable, _ name: String, _ key: String, index: Int? = nil) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let b = value.bool else {
            issue(table: name, index: index, key: key, "must be true or false, not \(value.type)")
            return nil
        }
        return b
    }

    mutating func integer(_ table: TOMLTable, _ name: String, _ key: String, index: Int? = nil,
                          in range: ClosedRange<Int>) -> Int? {
        guard let value = table[key] else { return nil }
        guard let n = value.int, range.contains(n) else {
            issue(table: name, index: index, key: key, "must be an integer from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return n
    }
}
