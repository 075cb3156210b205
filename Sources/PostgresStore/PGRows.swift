import NIOCore
import PostgresNIO

/// The rows of one result, as text (nil for NULL), as libpq gave them: the
/// store reads every column through `[String?]`'s accessors below.
struct PGRows {
    let rows: [[String?]]
    var first: [String?]? { rows.first }

    /// postgres-nio's rows come in binary; each cell is turned into its text.
    init(_ result: PostgresQueryResult) throws(PGCellError) {
        var rows: [[String?]] = []
        rows.reserveCapacity(result.count)
        for row in result {
            var texts: [String?] = []
            for cell in row { texts.append(try Self.text(cell)) }
            rows.append(texts)
        }
        self.rows = rows
    }

    /// The text of one cell, for the types the store's statements return
    /// (cast anything else, `numeric` among them, in the statement).
    static func text(_ cell: PostgresCell) throws(PGCellError) -> String? {
        guard cell.bytes != nil else { return nil }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8: return String(try cell.decode(Int64.self))
            case .float4, .float8: return String(try cell.decode(Double.self))
            case .bool: return try cell.decode(Bool.self) ? "t" : "f"
            case .void: return ""
            case .text, .varchar, .bpchar, .name, .json, .jsonb: return try cell.decode(String.self)
            default: throw PGCellError(column: cell.columnName, type: "\(cell.dataType)")
            }
        } catch let error as PGCellError {
            throw error
        } catch {
            throw PGCellError(column: cell.columnName, type: "\(cell.dataType) (\(error))")
        }
    }
}

/// A result column of a type the store does not read.
struct PGCellError: Error, CustomStringConvertible {
    let column: String
    let type: String
    var description: String { "column \"\(column)\" of type \(type) is not read (cast it in the statement)" }
}

extension [String?] {
    func text(_ i: Int) -> String? { self[i] }
    func string(_ i: Int) -> String { self[i] ?? "" }
    func int(_ i: Int) -> Int64 { self[i].flatMap { Int64($0) } ?? 0 }
    func double(_ i: Int) -> Double? { self[i].flatMap { Double($0) } }
}

extension String {
    func trimmed(of set: String) -> String {
        var s = Substring(self)
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        return String(s)
    }
}
