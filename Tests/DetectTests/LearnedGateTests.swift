import Testing
@testable import Detect
import Model

/// The learned gate (`Sources/Detect/Gate/`): its features, its weights, and
/// how it and the rules decide together. The gates here are written by hand,
/// a few features each, so each rule of the policy is pinned on its own.
@Suite struct LearnedGateTests {
    /// A gate whose only features are `lines` ("feature" then one weight per head).
    func gate(_ lines: [String], policy: GatePolicy = GatePolicy()) throws -> LearnedGate {
        let header = "heads\t" + GateModel.headNames.joined(separator: "\t")
        return LearnedGate(model: try GateModel(text: ([header] + lines).joined(separator: "\n")), policy: policy)
    }

    /// A row of weights (written in thousandths): `move`, `tightening`, `china`, `action`, then topics by name.
    func row(_ name: String, move: Float = 0, tightening: Float = 0, topics: [Topic: Float] = [:]) -> String {
        let weights = [move, tightening, 0, 0] + Topic.allCases.map { topics[$0] ?? 0 }
        return ([name] + weights.map { "\(Int($0 * 1000))" }).joined(separator: "\t")
    }

    @Test func theWeightsCompiledIntoTheBuildLoad() throws {
        let gate = try #require(LearnedGate.embedded)
        #expect(gate.model.hashes.count > 1000)
    }

    @Test func weightsForOtherHeadsAreRefusedWithTheLine() {
        #expect(throws: GateModel.LoadError.self) { try GateModel(text: "heads\tmove\ttightening\nx\t1\t2\n") }
        let header = "heads\t" + GateModel.headNames.joined(separator: "\t")
        do {
            _ = try GateModel(text: header + "\nword\t1\t2\n")
            Issue.record("a short row was accepted")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func headlineWordsCountTwiceAndWordFormsShareAStem() {
        let features = Set(GateFeatures.extract(title: "US suspends tariffs", text: "The suspension starts today."))
        for name in ["tariffs", "T:tariffs", "suspends tariffs", "T:suspends tariffs", "~suspe", "suspension", "^ the", "<bias>"] {
            #expect(features.contains(GateFeatures.hash(of: name)), "\(name)")
        }
        #expect(!features.contains(GateFeatures.hash(of: "T:suspension")), "a lede word is not a headline word")
    }

    @Test func aHeadlineRepeatedAsTheDescriptionIsReadOnce() {
        let once = GateFeatures.extract(title: "China lifts curbs", text: "")
        let twice = GateFeatures.extract(title: "China lifts curbs", text: "China lifts curbs  Reuters")
        #expect(Set(twice).subtracting(once) == [GateFeatures.hash(of: "reuters"), GateFeatures.hash(of: "^ reuters"),
                                                 GateFeatures.hash(of: "~reute")])
    }

    @Test func aRuleClaimWhoseDirectionTheGateFindsUnlikelyIsDropped() throws {
        let easing = try gate([row("lifts", move: 3, tightening: -6)])
        let claim = Claim(topic: .tariffs, actor: .us, direction: .tightening, modality: .action,
                          evidence: "US lifts tariffs", matched: ["lifts", "tariffs"])
        #expect(easing.decide([claim], title: "US lifts tariffs", text: "").isEmpty)
        var agreeing = claim
        agreeing.direction = .easing
        #expect(easing.decide([agreeing], title: "US lifts tariffs", text: "") == [agreeing])
    }

    @Test func aClaimReadInTheLedeAloneNeedsTheGateToFindAMoveLikelier() throws {
        // A move the gate gives 0.15: above the veto for every claim (0.10), below a lede threshold of 0.20.
        var policy = GatePolicy()
        policy.vetoLedeMove = 0.20
        let doubtful = try gate([row("visit", move: -1.735)], policy: policy)
        let fromLede = Claim(topic: .tariffs, actor: .us, direction: .tightening, modality: .action,
                             evidence: "The US raised tariffs last year.", matched: ["raised", "tariffs"], inTitle: false)
        #expect(doubtful.decide([fromLede], title: "Trump to visit Beijing", text: "").isEmpty)
        var fromHeadline = fromLede
        fromHeadline.inTitle = true
        #expect(doubtful.decide([fromHeadline], title: "Trump to visit Beijing", text: "") == [fromHeadline])
    }

    @Test func aTradeRemedyBodysOwnInjuryVoteIsNotTakenBack() throws {
        let noMove = try gate([row("votes", move: -6, tightening: -6)])
        var vote = Claim(topic: .tariffs, actor: .us, direction: .tightening, modality: .action,
                         evidence: "USITC votes", matched: ["injured"])
        #expect(noMove.decide([vote], title: "USITC votes", text: "").isEmpty)
        vote.ruling = true
        #expect(noMove.decide([vote], title: "USITC votes", text: "") == [vote])
        // With the gate of this build, on an affirmative preliminary vote on Chinese goods.
        let found = claims("USITC Votes to Continue Investigations on Steel Wheels from China",
                           "The United States International Trade Commission (USITC) today determined that there is a reasonable "
                           + "indication that a U.S. industry is materially injured by reason of imports of steel wheels from China "
                           + "that are allegedly sold in the United States at less than fair value.")
        #expect(found.contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .tightening && $0.ruling })
        // MOFCOM's own ruling on a trade-remedy case is one too.
        let ruling = ruleClaims("MOFCOM Announcement on the Final Ruling of Anti-dumping Investigation into Imports of Phenol "
                                + "Originating in the United States")
        #expect(ruling.contains { $0.actor == .china && $0.direction == .tightening && $0.ruling })
        #expect(!ruleClaims("China imposes anti-dumping duties on US phenol").contains { $0.ruling })
    }

    @Test func theGateRaisesAClaimOnlyWhereTheRulesAreSilentAndItIsSure() throws {
        let sure = try gate([row("scraps", move: 4, tightening: -5, topics: [.tariffs: 4])])
        let claims = sure.decide([], title: "Washington scraps levies", text: "", headlineSays: [.easing])
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.topic == .tariffs && claim.direction == .easing)
        #expect(claim.matched.first == "learned gate" && claim.matched.contains("scraps"))
        #expect(claim.implied)

        let unsureOfTheDirection = try gate([row("scraps", move: 4, tightening: -1, topics: [.tariffs: 4])])
        #expect(unsureOfTheDirection.decide([], title: "Washington scraps levies", text: "", headlineSays: [.easing]).isEmpty)
        let unsureOfTheTopic = try gate([row("scraps", move: 4, tightening: -5)])
        #expect(unsureOfTheTopic.decide([], title: "Washington scraps levies", text: "", headlineSays: [.easing]).isEmpty)
        let noMove = try gate([row("scraps", move: -2, tightening: -5, topics: [.tariffs: 4])])
        #expect(noMove.decide([], title: "Washington scraps levies", text: "", headlineSays: [.easing]).isEmpty)
    }

    @Test func theGateRaisesOnlyTheWayAChangeWordOfTheHeadlineSays() throws {
        // "Existing Validated End-User Authorizations in the People's Republic of China" (heldout18): sure of a
        // tightening, with no word of the headline saying one, the gate had reversed an easing.
        let sure = try gate([row("authorizations", move: 4, tightening: 5, topics: [.techControls: 4])])
        let title = "Existing Validated End-User Authorizations in the People's Republic of China"
        #expect(sure.decide([], title: title, text: "").isEmpty)
        #expect(sure.decide([], title: title, text: "", headlineSays: [.tightening]).first?.direction == .tightening)
        var loose = sure
        loose.policy.addNeedsHeadlineWord = false
        #expect(loose.decide([], title: title, text: "").first?.direction == .tightening)
    }

    @Test func aVerbOnTiesIsNoHeadlineWordForTheGate() {
        // "Commerce Issues Rule to Strengthen National Security Partnership ..." (heldout16): "strengthen" acts on
        // a partnership, so it says no tightening the gate may raise.
        let extractor = ClaimExtractor(baseline: Seeds.baseline)
        let input = extractor.gateInput(title: "Commerce Issues Rule to Strengthen National Security Partnership to Secure Semiconductor Supply Chains with Republic of Korea", text: "")
        #expect(!input.headlineSays.contains(.tightening))
        #expect(extractor.gateInput(title: "US to strengthen chip export controls on China", text: "").headlineSays.contains(.tightening))
    }

    @Test func theGateNeverRaisesAgainstTheHeadlinesOwnChangeWord() throws {
        var wrong = try gate([row("list", move: 4, tightening: 5, topics: [.techControls: 4])])
        wrong.policy.addNeedsHeadlineWord = false
        #expect(!wrong.decide([], title: "Removals From the Unverified List", text: "").isEmpty)
        #expect(wrong.decide([], title: "Removals From the Unverified List", text: "", headlineSays: [.easing]).isEmpty)
        let extractor = ClaimExtractor(baseline: Seeds.baseline, gate: wrong)
        #expect(!extractor.claims(title: "Removals From the Unverified List", text: "")
            .contains { $0.direction == .tightening })
    }

    @Test func theGateSpeaksOnlyOnItemsThatNameATopic() throws {
        let eager = try gate([row("scraps", move: 4, tightening: -5, topics: [.tariffs: 4])])
        let extractor = ClaimExtractor(baseline: Seeds.baseline, gate: eager)
        #expect(extractor.claims(title: "Council scraps parking plan", text: "").isEmpty)
        #expect(extractor.claims(title: "Washington scraps tariffs on steel", text: "").first?.direction == .easing)
    }
}
