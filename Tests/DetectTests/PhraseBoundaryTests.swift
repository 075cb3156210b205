import Testing
@testable import Detect
import Model

/// Where a verb's object and subject phrases begin and end (ItemScan+Phrases).
@Suite struct PhraseBoundaryTests {
    @Test func aWireSlugBeforeTheHeadlineIsItsKicker() {
        #expect(ruleClaims("UPDATE 2-China bans gallium, germanium exports to US")
            .contains { $0.topic == .rareEarthExports && $0.actor == .china && $0.direction == .tightening })
        #expect(ruleClaims("EXCLUSIVE-US to add Chinese chipmaker CXMT to entity list")
            .contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening })
        // An analysis slug stays analysis; a hyphenated headline word is no slug.
        #expect(ruleClaims("INSIGHT-US blacklist on China is riddled with errors").isEmpty)
        #expect(WireSlug.kickered("US-China truce extended") == "US-China truce extended")
        #expect(WireSlug.kickered("UPDATE 2-China bans gallium") == "UPDATE 2: China bans gallium")
    }

    @Test func aPastVerbAfterAnAgencysFullNameIsItsAct() throws {
        let c = try #require(ruleClaims("28 Chinese Entities Blocked For Human Rights",
            "On October 7, 2019 the Department of Commerce (DOC) added 28 Chinese entities to the Bureau of Industry and Security (BIS) Entity List.")
            .first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
        let d = try #require(ruleClaims("Announcement", "The Ministry of Commerce added 28 US firms to its unreliable entity list.").first)
        #expect(d.actor == .china)
        #expect(d.direction == .tightening)
    }

    @Test func aPartOfAMeasureIsHeadedByTheMeasure() throws {
        let c = try #require(ruleClaims("China suspends part of control measures on dual-use items export to US").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.actor == .china)
        #expect(c.direction == .easing)
    }

    @Test func aBatchBeforeItsMeasureIsHeadedByTheMeasure() throws {
        let c = try #require(ruleClaims("Second Round of Section 301 Tariff Increases Postponed").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
        // A noun of its own before "of" still heads the subject: the tensions ease, not the tariffs.
        #expect(ruleClaims("Tensions over Section 301 tariffs eased").isEmpty)
    }

    @Test func aCommaListAfterAMeasuresPrepositionStaysInTheSubject() {
        expectEachReads([
            ("Export curbs on gallium, germanium announced by China", .rareEarthExports, .china, .tightening),
            ("Tariffs on US soybeans, pork lifted by China", .tariffs, .china, .easing),
        ])
        // Items of different topics are separate subjects: the verb takes none of them as its topic.
        #expect(ruleClaims("Initial Section 232 Actions on Semiconductors, Critical Minerals Announced").isEmpty)
    }

    @Test func faceBeforeTheNounItNamesIsNoVerb() {
        expectEachReads([("U.S. excludes Chinese face masks, medical gear from tariffs", .tariffs, .us, .easing)])
    }

    @Test func aHyphenatedEndUseIsNotTheVerbEnd() {
        let found = claims("Washington and Beijing hold talks on end-use checks for chip exports")
        #expect(!found.contains { $0.matched.contains("end") })
    }

    @Test func asWithANounPhraseAndItsOwnVerbStartsANewClause() throws {
        // "restart" has no object: "licence requirement" belongs to "dropped".
        let found = claims("US ethane exports to China restart as licence requirement dropped")
        #expect(!found.contains { $0.direction == .tightening })
        let c = try #require(found.first { $0.topic == .chemicals })
        #expect(c.direction == .easing)
    }

    @Test func asPartOfDoesNotEndTheClause() throws {
        let c = try #require(claims("US adds 12 Chinese firms to entity list as part of crackdown").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func theObjectRunsThroughAReducedRelativeClause() throws {
        let found = claims("BIS rescinds letters restricting EDA exports to Chinese customers")
        let c = try #require(found.first { $0.topic == .edaSoftware })
        #expect(c.direction == .easing)
        #expect(c.actor == .us)
        #expect(!found.contains { $0.direction == .tightening })
    }

    @Test func aListCommaDoesNotEndTheObjectBeforeItsHeadNoun() throws {
        let c = try #require(claims("White House exempts smartphones, computers from China reciprocal tariffs").first)
        #expect(c.topic == .tariffs)
        #expect(c.actor == .us)
        #expect(c.direction == .easing)
    }

    @Test func aListCommaBeforeTheListNameKeepsTheList() throws {
        let c = try #require(claims("China puts Skydio, other US drone makers on unreliable entity list").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
    }

    @Test func aGenericMeasureCompoundedWithASpecificTermTakesItsTopic() throws {
        let c = try #require(claims("Entity List restrictions eased for Chinese universities").first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .easing)
    }

    @Test func aHeadlineKickerBeforeAColonNamesTheTopic() throws {
        let c = try #require(claims("Rare-earth export licences: China introduces general licence system").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.actor == .china)
        #expect(c.direction == .easing)
    }

    @Test func anActorRightAfterAVerbModifiesItsObject() throws {
        let found = claims("Chip stocks rally after Washington eases China curbs")
        let c = try #require(found.first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .easing)
        #expect(!found.contains { $0.actor == .china })
    }

    @Test func anActorAfterMoreIsNotTheSubjectOfANounVerb() {
        #expect(claims("Chipmakers brace for more US curbs").isEmpty)
    }

    @Test func anActorInsideAPrepositionalPhraseIsTheTarget() throws {
        let c = try #require(claims("Sanctions on Hanwha Ocean's US units suspended for a year").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .easing)
    }

    @Test func aNationalityAdjectiveBeforeANounVerbIsNotItsSubject() {
        let found = claims("US weighs cutting fentanyl tariffs",
                           "The cut would come in exchange for Chinese curbs on precursor chemicals.")
        #expect(!found.contains { $0.topic == .chemicals })
    }

    @Test func aPermissionVerbBeforeAnotherVerbLeavesTheMoveToThatVerb() throws {
        let c = try #require(claims("Section 301 tariff exclusions for Chinese goods allowed to expire").first)
        #expect(c.topic == .tariffs)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
        #expect(c.modality == .announced)
    }

    @Test func whatAHeadlineAllowsIsAFlowEvenAfterUnknownWords() throws {
        let c = try #require(claims("Ethane tankers bound for China allowed to load under revised US licence").first)
        #expect(c.topic == .chemicals)
        #expect(c.direction == .easing)
    }

    @Test func theObjectRunsThroughAPastParticipleAfterItsNoun() throws {
        let c = try #require(claims("Revision of License Requirements",
                                    "BIS removes the licence requirement imposed on ethane shipments to entities in China.").first)
        #expect(c.topic == .chemicals)
        #expect(c.direction == .easing)
    }

    @Test func asOpensAClauseWhoseSubjectIsTheActor() throws {
        let c = try #require(claims("US firms protest as Beijing launches anti-dumping probe into US chips").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
    }

    @Test func asOpensAClauseWhoseSubjectIsTheActorsMeasure() throws {
        let c = try #require(ruleClaims("China protests as U.S. tariffs kick in").first)
        #expect(c.topic == .tariffs)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
        let d = try #require(ruleClaims("China vows to retaliate as U.S. tariffs on Chinese goods take effect").first { $0.topic == .tariffs })
        #expect(d.actor == .us)
    }

    @Test func aTopicInsideAPhraseAfterAnotherHeadNounIsNotTheSubject() {
        #expect(claims("Tensions over chip curbs easing, says China").isEmpty)
        #expect(claims("Tensions over chip curbs ease, says China").isEmpty)
    }

    @Test func flowsThatEaseOrAreLiftedByAnAgentAreNotAMove() {
        #expect(claims("Rare earth exports to US eased in May").isEmpty)
        #expect(claims("China rare earth magnet exports to US lifted by truce").isEmpty)
    }

    @Test func tradeFlowsThatSlowByThemselvesAreDataButASuspendedLicenceIsAMove() throws {
        #expect(claims("Rare earth exports to US slow").isEmpty)
        let c = try #require(claims("Rare earth export licences suspended").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .tightening)
    }

    @Test func aConjunctionAndANewSubjectEndTheObject() throws {
        let c = try #require(claims("U.S. weighs easing chip curbs as Trump eyes Xi summit").first { $0.topic == .techControls })
        #expect(c.direction == .easing)
        #expect(c.modality == .signal)
    }

    @Test func announcingThatLeavesTheMoveToTheClausesOwnVerb() throws {
        let c = try #require(claims("MOFCOM Announcement No. 70 of 2025",
            "The ministry announced that export control measures on certain rare earth items would be suspended until November 10, 2026.").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .easing)
    }

    @Test func anInfinitiveAfterALicenceCompletesItAndAListCommaJoinsTheFirms() throws {
        let c = try #require(claims("US Commerce revokes Intel, Qualcomm licences to sell to Huawei").first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func aListOfTargetsClosingWithOthersStaysInTheObject() throws {
        let c = try #require(claims("Commerce adds Chinese chipmakers, others to entity list").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func talksDuringWhichAMoveIsMadeAreNotItsObject() {
        #expect(!claims("China drops probe of US chipmaker during negotiations with Washington").contains { $0.topic == .talks })
    }

    @Test func aParticipleBetweenOfAndItsNounIsAnAdjective() throws {
        // Written here: "limited" qualifies the exclusions; the extension is the move.
        let c = try #require(ruleClaims("USTR Announces Extension of Limited Tariff Exclusions for Chinese Imports").first)
        #expect(c.direction == .easing)
        #expect(ruleClaims("Commerce Announces Renewal of Restricted Licences for Chinese Chip Firms").allSatisfy { $0.direction != .tightening })
    }

    @Test func aSecondPredicateAfterButIsRead() throws {
        // Two ways on one topic, both US-China: nothing rather than a guess.
        #expect(ruleClaims("Trump Pauses Tariffs on China for 90 Days but Increases Tariffs on Chinese Steel").isEmpty)
        // The pause is for other countries; the rise is China's.
        let c = try #require(ruleClaims("Trump Pauses Tariffs on Other Countries for 90 Days but Increases Tariffs on China").first)
        #expect(c.direction == .tightening)
    }

    @Test func aKickerBeforeTheColonNamesTheStory() throws {
        // Written here: "Huawei ban" is the story's name, not a ban imposed now; the news is after the colon.
        #expect(ruleClaims("Huawei ban: China to hit back at the US, state media says").allSatisfy { $0.topic != .techControls })
        let claims = ruleClaims("Chip ban: China lifts export curbs on gallium to the US")
        #expect(!claims.isEmpty)
        #expect(claims.allSatisfy { $0.actor == .china && $0.direction == .easing })
    }

    @Test func aSerialCommaBeforeTheLastPlaceKeepsTheListInTheObject() throws {
        let c = try #require(ruleClaims("White House To Announce Tariffs On Mexico, Canada, and China Over Fentanyl Crisis").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
    }

    @Test func aMeasureOnOrToOneSideIsTheOtherSides() throws {
        for title in ["Trump's Software Showdown: New Export Controls on China Loom",
                      "Additional Export Controls Issued on Chips to China"] {
            let c = try #require(ruleClaims(title).first, "\(title)")
            #expect(c.actor == .us)
            #expect(c.topic == .techControls)
            #expect(c.direction == .tightening)
        }
    }

    @Test func aKickersRespiteDoesNotGovernTheHeadline() throws {
        let c = try #require(ruleClaims("Closing the Loopholes: Additional Export Controls Issued on Advanced Computing and Semiconductor Manufacturing Items").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func toAListOfIsAPlaceNotAPurpose() throws {
        // "to list" before "of" is the noun: the firms are added to the list, not added so as to list.
        let c = try #require(ruleClaims("Pentagon adds Tencent, CATL to list of Chinese military companies").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func anAddersObjectRunsPastAppositivesToItsList() throws {
        let c = try #require(ruleClaims("U.S. updates list of 'Chinese military companies,' jeopardizes global economy",
                                        "The U.S. Department of Defense has added Chinese companies including Tencent, a tech giant, and CATL, a leading battery maker, to a list of \"Chinese military companies.\"").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
        #expect(c.actor == .us)
    }

    @Test func whatAMeasureDoesInThePresentDescribesIt() {
        #expect(ruleClaims("Restrictions on Trade with China Harm U.S. Leadership in Technology",
                           "U.S. export controls that target China’s semiconductor industry and AI sector threaten America’s competitiveness.").isEmpty)
        // A new measure's relative clause is still the new measure's.
        #expect(ruleClaims("x", "The US issued new export controls that target China's semiconductor industry.")
            .contains { $0.topic == .techControls && $0.direction == .tightening })
    }

    @Test func aDateAimedAtIsNoTarget() {
        #expect(ruleClaims("Nvidia Targets Mid-February for First H200 AI Chip Shipments to China, Pending Beijing's Approval").isEmpty)
    }

    @Test func theMoveADelayPutsOffIsTheClauseBefore() {
        // "the move" stands for the tariff the clause before decides: no chip-control relief.
        let found = ruleClaims("US Postpones China Chip Tariff Decision to 2027",
                               "The United States has announced plans to impose tariffs on Chinese semiconductor imports but will delay the move until mid‑2027.")
        #expect(!found.contains { $0.direction == .easing }, "\(found)")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .tightening }, "\(found)")
    }

    @Test func aModalAfterTheObjectOpensTheSentencesOwnPredicate() throws {
        // The ban is the object's head; what the move "will" do after it is no part of what ends.
        let found = claims("Beijing's move to end US beef ban will boost American farm exports")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
        #expect(found.contains { $0.actor == .china && $0.direction == .easing }, "\(found)")
    }

    @Test func anAmountIsNoHeadWhatItIsInOrOfIs() throws {
        for title in ["White House unveils $50 billion in new tariffs on Chinese goods",
                      "US announces $16 billion of Section 301 duties on China"] {
            let c = try #require(claims(title).first, "\(title)")
            #expect(c.topic == .tariffs)
            #expect(c.actor == .us)
            #expect(c.direction == .tightening)
        }
    }
}
