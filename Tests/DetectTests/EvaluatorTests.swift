import Testing
import Detect
import Model

@Suite struct EvaluatorTests {
    @Test func scoresHitsMissesAndFalseAlarms() {
        let items = [
            LabelledItem(id: "1", title: "China lifts ban on germanium exports to US", summary: "", relevant: true,
                         topics: [.rareEarthExports], actor: .china, label: .easing),
            LabelledItem(id: "2", title: "Negotiators meet again in Geneva", summary: "", relevant: true,
                         topics: [.talks], actor: .us, label: .easing),
            LabelledItem(id: "3", title: "US adds Chinese firms to entity list", summary: "", relevant: true,
                         topics: [.techControls], actor: nil, label: .neutral),
            LabelledItem(id: "4", title: "Trump hikes tariffs on Swiss watches", summary: "", relevant: false,
                         topics: [], actor: nil, label: nil),
        ]
        let report = Evaluator.evaluate(items, detector: Detector(baseline: Seeds.baseline))
        #expect(report.positives == 2)
        #expect(report.hits == 1)
        #expect(report.alerted == 2)
        #expect(report.misses.map(\.item.id) == ["2"])
        #expect(report.falseAlarms.map(\.item.id) == ["3"])
        #expect(report.precision == 0.5)
        #expect(report.recall == 0.5)
    }

    @Test func countsAReversalApartFromMissesAndFalseAlarms() {
        let items = [
            // Labelled easing; the detector reads the tightening the lede describes.
            LabelledItem(id: "r", title: "US adds Chinese chipmakers to entity list", summary: "", relevant: true,
                         topics: [.techControls], actor: .us, label: .easing),
        ]
        let report = Evaluator.evaluate(items, detector: Detector(baseline: Seeds.baseline))
        #expect(report.reversals.map(\.item.id) == ["r"])
        #expect(report.misses.map(\.item.id) == ["r"])
        #expect(report.falseAlarms.isEmpty)
    }

    @Test func checksTheActorOfEachHitWhoseLabelNamesOne() {
        let items = [
            LabelledItem(id: "right", title: "China lifts ban on germanium exports to US", summary: "", relevant: true,
                         topics: [.rareEarthExports], actor: .china, label: .easing),
            // Labelled with the other side acting: a hit still, but the alert would blame the wrong government.
            LabelledItem(id: "wrong", title: "US adds Chinese chipmakers to entity list", summary: "", relevant: true,
                         topics: [.techControls], actor: .china, label: .tightening),
            LabelledItem(id: "unnamed", title: "US adds Chinese firms to entity list", summary: "", relevant: true,
                         topics: [.techControls], actor: nil, label: .tightening),
        ]
        let report = Evaluator.evaluate(items, detector: Detector(baseline: Seeds.baseline))
        #expect(report.hits == 3)
        #expect(report.actorChecked == 2)
        #expect(report.actorRight == 1)
        #expect(report.wrongActors.map(\.item.id) == ["wrong"])
        #expect(report.actorLine == "actor right on 1 of 2 hits that name one (0.500)")
    }

    @Test func talliesEachTopicsClaimsAsRightReversedOrWrong() {
        let items = [
            LabelledItem(id: "right", title: "China lifts ban on germanium exports to US", summary: "", relevant: true,
                         topics: [.rareEarthExports], actor: .china, label: .easing),
            LabelledItem(id: "reversed", title: "US adds Chinese chipmakers to entity list", summary: "", relevant: true,
                         topics: [.techControls], actor: .us, label: .easing),
            LabelledItem(id: "wrong", title: "US adds Chinese firms to entity list", summary: "", relevant: true,
                         topics: [.techControls], actor: nil, label: .neutral),
        ]
        var report = Evaluator.evaluate(items, detector: Detector(baseline: Seeds.baseline))
        #expect(report.byTopic[.rareEarthExports] == .init(claims: 1, right: 1, reversed: 0))
        #expect(report.byTopic[.techControls] == .init(claims: 2, right: 0, reversed: 1))
        #expect(report.byTopic[.techControls]?.wrong == 1)
        // Two sets' tallies add up.
        report.absorb(report)
        #expect(report.byTopic[.techControls] == .init(claims: 4, right: 0, reversed: 2))
        #expect(report.byTopicLines.first == "  rare-earth-exports  claims 2  right 2 (1.000)  reversed 0  wrong 0")
    }
}
