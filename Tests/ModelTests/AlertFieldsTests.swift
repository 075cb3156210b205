import FoundationEssentials
import Model
import Testing

@Suite struct AlertFieldsTests {
    static let line = #"{"id":7,"time":"2025-11-24T10:00:00Z","kind":"position_change","severity":"high","topic":"tariffs","actor":"US","direction":"easing","modality":"action","item":{"title":"Tariffs cut","link":"https://example.org/a"},"matched":["cut"],"evidence":"Tariffs cut","reason":"r"}"#

    @Test func aLoggedRecordIsReadIntoTheFacetsTheStoresKeep() throws {
        let a = try #require(AlertFields(jsonLine: Self.line))
        #expect(a.facets == AlertFacets(time: Date(timeIntervalSince1970: 1_763_978_400), severity: "high", topic: "tariffs",
                                        actor: "US", direction: "easing", modality: "action", title: "Tariffs cut",
                                        matched: ["cut"]))
        #expect(a.topic == "tariffs" && a.title == "Tariffs cut" && a.link == "https://example.org/a")
    }

    @Test func aLineWithoutAnIDOrATimeIsNoAlertRecord() {
        #expect(AlertFields(jsonLine: #"{"id":7,"topic":"tariffs"}"#) == nil)
        #expect(AlertFields(jsonLine: #"{"time":"2025-11-24T10:00:00Z"}"#) == nil)
        #expect(AlertFields(jsonLine: "not json") == nil)
    }

    @Test func aLoggedRecordIsFilteredAsItsFacetsAre() throws {
        let a = try #require(AlertFields(jsonLine: Self.line))
        var filter = AlertFilter()
        filter.actors = ["us"]
        filter.minSeverity = .medium
        filter.sinceTime = a.time
        #expect(filter.accepts(a) && filter.accepts(id: a.id, facets: a.facets))
        filter.sinceTime = a.time.addingTimeInterval(1)
        #expect(!filter.accepts(a) && !filter.accepts(id: a.id, facets: a.facets))
    }
}
