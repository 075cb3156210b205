import FoundationEssentials

/// The fields of a logged alert record that filters, tables and repeat
/// marking use, read back from its JSON line: the facets a store keeps
/// beside a committed record (read as `a.topic`, `a.title`, ...) and the
/// rest of what people are shown.
@dynamicMemberLookup
package struct AlertFields: Sendable, Equatable {
    package var id: Int64
    package var facets: AlertFacets
    package var kind: String
    package var link: String
    /// The sentence that carries the claim.
    package var evidence: String
    /// When the item says it was published.
    package var published: Date?
    /// Why this kind and severity, in words.
    package var reason: String
    /// The earlier alert this one repeats.
    package var repeatOf: Int64?

    package subscript<T>(dynamicMember field: KeyPath<AlertFacets, T>) -> T { facets[keyPath: field] }

    /// nil when the line is not an alert record (tradewatch writes every
    /// record with an id and a time).
    package init?(jsonLine: some StringProtocol) {
        guard let record = try? JSONDecoder().decode(Record.self, from: Data(jsonLine.utf8)),
              let time = record.time.flatMap(Timestamp.parseRFC3339) else { return nil }
        id = record.id
        facets = AlertFacets(time: time, severity: record.severity ?? "", topic: record.topic ?? "",
                             actor: record.actor ?? "", direction: record.direction ?? "",
                             modality: record.modality ?? "", title: record.item?.title ?? "",
                             matched: record.matched ?? [])
        kind = record.kind ?? ""
        link = record.item?.link ?? ""
        evidence = record.evidence ?? ""
        published = record.item?.published.flatMap(Timestamp.parseRFC3339)
        reason = record.reason ?? ""
        repeatOf = record.repeat_of
    }

    /// The part of the record read back; other fields are ignored.
    private struct Record: Decodable {
        struct Item: Decodable {
            var title: String?
            var link: String?
            var published: String?
        }
        var id: Int64
        var time: String?
        var kind: String?
        var severity: String?
        var topic: String?
        var actor: String?
        var direction: String?
        var modality: String?
        var item: Item?
        var matched: [String]?
        var evidence: String?
        var reason: String?
        var repeat_of: Int64?
    }
}
