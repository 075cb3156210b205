import Testing
@testable import Detect
import Model

@Suite struct PositionJudgeTests {
    let judge = PositionJudge(baseline: Seeds.baseline)

    func claim(_ topic: Topic, _ actor: Actor, _ direction: Direction, _ modality: Modality = .action,
               matched: [String] = []) -> Claim {
        Claim(topic: topic, actor: actor, direction: direction, modality: modality, evidence: "e", matched: matched)
    }

    @Test func easingARestrictedBaselineIsPositionChange() {
        let j = judge.judge(claim(.rareEarthExports, .china, .easing), state: PositionState())
        #expect(j.kind == .positionChange)
        #expect(j.baseline?.id == "cn-rare-earth-controls")
        #expect(j.severity == .high)
        #expect(j.state[.rareEarthExports, .china]?.direction == .easing)
    }

    @Test func tighteningWhatTheBaselineRestrictsIsEscalation() {
        let j = judge.judge(claim(.techControls, .us, .tightening, matched: ["adds", "entity list"]), state: PositionState())
        #expect(j.kind == .escalation)
    }

    @Test func tighteningWithNoBaselinePositionIsNewMeasure() {
        let j = judge.judge(claim(.edaSoftware, .china, .tightening), state: PositionState())
        #expect(j.kind == .newMeasure)
    }

    @Test func countermeasureTheBaselineDoesNotNameIsNewMeasure() {
        let j = judge.judge(claim(.nonTariffCountermeasures, .china, .tightening, matched: ["halt", "soybean purchases"]),
                            state: PositionState())
        #expect(j.kind == .newMeasure)
        let known = judge.judge(claim(.nonTariffCountermeasures, .china, .tightening, matched: ["adds", "unreliable entity list"]),
                                state: PositionState())
        #expect(known.kind == .escalation)
    }

    @Test func undoingAnEarlierMoveIsReversal() {
        let eased = judge.judge(claim(.rareEarthExports, .china, .easing), state: PositionState())
        var state = eased.state
        state.assign(alertID: 7, to: .init(topic: .rareEarthExports, actor: .china))
        let j = judge.judge(claim(.rareEarthExports, .china, .tightening), state: state)
        #expect(j.kind == .reversal)
        #expect(j.reason.contains("alert 7"))
        #expect(j.state[.rareEarthExports, .china]?.direction == .tightening)
    }

    @Test func signalsDoNotMoveTheCurrentPosition() {
        let j = judge.judge(claim(.tariffs, .us, .tightening, .signal), state: PositionState())
        #expect(j.state == PositionState())
        #expect(j.severity == .low)
    }

    @Test func talksMovesRankBelowControls() {
        #expect(PositionJudge.severity(claim(.talks, .us, .easing, .action)) == .medium)
        #expect(PositionJudge.severity(claim(.tariffs, .us, .easing, .announced)) == .high)
    }
}
