import Testing
@testable import Detect
import Model

/// Wordings that look like a move and are not one: a word of strife after an
/// -ing form, a measure's effect, a demand told as a bare verb, a review of
/// whether a measure stays. Each was a false alarm on a real neutral item.
@Suite struct NoMoveWordingTests {
    @Test func aHeadlineOpeningOnAPlainVerbIsACallNotAMove() {
        for title in ["Ease chip export restrictions on China", "Speed up US-China trade talks, experts advise",
                      "Cut tariffs on Chinese goods, retailers tell Washington"] {
            #expect(ruleClaims(title).isEmpty, "\(title)")
        }
        // A change noun opening an official title is no call: "Expansion of End-User Controls ...".
        #expect(!ruleClaims("Expansion of Export Controls on China's Chipmakers").isEmpty)
    }

    @Test func reviewingAMeasureInForceIsNoMove() {
        #expect(ruleClaims("China to look again at duties on US distillers grains",
                           "The ministry said it will start reviewing its anti-dumping tariffs on US imports of distillers grains.").isEmpty)
    }

    @Test func talksOnExtendingATruceAreNoExtension() {
        #expect(ruleClaims("Trump has final call on China truce",
                           "The two sides agreed to hold further talks on extending their tariff truce.")
            .allSatisfy { $0.direction != .easing })
    }

    @Test func anotherCountrysInjuryFindingIsNoUSMove() {
        #expect(ruleClaims("India imposes anti-dumping duties on imports from China",
                           "India has imposed five-year duties on aluminium foil from China after findings of material injury to domestic industry.")
            .allSatisfy { $0.actor != .us })
    }

    @Test func aFirmGivingUpItsOwnTakeoverIsCompanyNews() {
        #expect(ruleClaims("x", "Intel scrapped its more-than-$5 billion offer to buy Israeli chip maker Tower Semiconductor after Chinese regulators failed to approve the deal in time.").isEmpty)
        #expect(ruleClaims("x", "Qualcomm, the world's biggest maker of chips for mobile phones, said on 25 July it would drop its $44 billion bid for NXP Semiconductors.").isEmpty)
        // A government blocking a takeover still moves.
        #expect(ruleClaims("China blocks Intel's bid for Tower Semiconductor").contains { $0.actor == .china && $0.direction == .tightening })
    }

    @Test func aBillThatFailsMovesNothing() {
        #expect(ruleClaims("Bill to ban Chinese drones dies in committee").isEmpty)
        #expect(ruleClaims("Trump vetoes bill to ban Chinese drones").isEmpty)
        // A bill that advances is still a signal.
        #expect(ruleClaims("Senate passes bill to ban Chinese drones").contains { $0.direction == .tightening && $0.modality == .signal })
    }

    @Test func aNounVerbWithAnObjectOfItsOwnIsNoReliefNoun() {
        // Not a "tariff pause": the tariffs pause China's buying, which is no easing.
        #expect(ruleClaims("Tariffs pause China's purchases of American soybeans, report says").allSatisfy { $0.direction != .easing })
    }

    @Test func aParticipleInARowOfModifiersDescribesItsNoun() {
        // Not talks breaking down: the tariffs were escalating; the truce is the news.
        #expect(ruleClaims("USA agrees to suspend new China tariffs for 90 days",
                           "The deal amounts to a ceasefire in the series of escalating, tit-for-tat tariffs the USA and China have imposed on each other's goods throughout the year.")
            .allSatisfy { $0.direction == .easing })
    }

    @Test func aNumberedListIsANounNotAListing() {
        #expect(ruleClaims("CHINA SECTION 301 UPDATE – List 1 Product Exclusion # 6 and List 3 Product Exclusion Application Period",
                           "A new Product Exclusion Group for goods subject to the China Section 301 List # 1 has been approved by the U.S. Trade Representative.")
            .allSatisfy { $0.direction != .tightening })
        // A count of firms after it keeps the verb.
        #expect(ruleClaims("Trump Administration Lists 89 Chinese Companies with Military Ties").contains { $0.direction == .tightening })
    }

    @Test func aPowerToActIsNoAct() {
        #expect(ruleClaims("CAFC Upholds Lists 3 & 4A China Section 301 Tariffs; Appeal to Supreme Court Likely",
                           "On September 25, 2025, the U.S. Court of Appeals for the Federal Circuit upheld the United States Trade Representative's (USTR) authority to impose tariffs on Chinese-origin goods included in Lists 3 and 4A.").isEmpty)
    }

    @Test func anIngFormBeforeAWordOfStrifeIsItsAdjective() {
        #expect(claims("Trump and Xi hold call", "The two leaders spoke against the backdrop of escalating trade tensions and negotiations over TikTok.").isEmpty)
        #expect(claims("Talks resume amid intensifying trade war with China").allSatisfy { $0.direction != .tightening })
    }

    @Test func talksThatStallAreDelayedNotBrokenOff() {
        #expect(claims("U.S.-China tariff truce extended as outstanding issues stall a deal").allSatisfy { $0.direction != .tightening })
        #expect(claims("Bessent Says US-China Tariff Talks 'a Bit Stalled,' Needs Trump, Xi to Step In").isEmpty)
        // Talks that collapse still break off.
        #expect(claims("US-China trade talks collapse").contains { $0.topic == .talks && $0.direction == .tightening })
    }

    @Test func anEndToTheTradeWarThatTalksAimAtIsTheirGoal() {
        #expect(claims("Trade talks reconvene", "The US said talks with China were going well as the two sides resumed efforts in London to end a trade war between the world's largest economies.").isEmpty)
        #expect(claims("Trade meeting ends", "Talks between U.S. and Chinese trade officials seeking ways to end a year long trade war lasted barely half a day.").isEmpty)
        // Sides that agree to end it do move.
        #expect(claims("US and China agree to end trade war").contains { $0.direction == .easing })
    }

    @Test func aPurchaseABidAimsAtIsNoPurchaseMade() {
        #expect(claims("China torpedoes Intel's bid to buy Tower Semiconductor").allSatisfy { $0.direction != .easing })
        // A purchase China plans is still its signal.
        #expect(claims("China plans to buy 12 million tons of US soybeans").contains { $0.direction == .easing })
    }

    @Test func aMeasureFollowedByAVerbOfEffectIsTheNoun() {
        #expect(claims("Huawei smartphone sales plunge as US sanctions bite").isEmpty)
        // The verb still acts when an object follows it.
        #expect(claims("US sanctions Chinese chipmaker over military ties").contains { $0.direction == .tightening })
    }

    @Test func aBareVerbToldByAnAskingTailIsADemand() {
        #expect(claims("Add China's COMAC to MEU List, Lawmakers Ask BIS").isEmpty)
        #expect(claims("Ban Chinese drones, senators urge Commerce").isEmpty)
    }

    @Test func aReviewOfWhetherAMeasureStaysIsNoNewProbe() {
        let text = "On November 30, 2025, China’s Trade Remedy Investigation Bureau (TRIB) initiated an expiry review of its antidumping (AD) measure on imports of polyphenylene sulfides (PPS) from the United States, Japan, South Korea, and Malaysia."
        #expect(claims("Trade remedy notice", text).isEmpty)
        // A new investigation still tightens.
        #expect(claims("China launches anti-dumping investigation into US polyphenylene sulfide imports").contains { $0.direction == .tightening })
    }

    @Test func aSunsetReviewSpedUpIsNoMove() {
        let text = "The U.S. International Trade Commission has voted to expedite its five-year (\"sunset\") review concerning the antidumping duty order on tetrahydrofurfuryl alcohol from China."
        #expect(claims("USITC notice", text).isEmpty)
        // Duties themselves sped up still tighten.
        #expect(claims("US to expedite antidumping duties on Chinese tetrahydrofurfuryl alcohol").contains { $0.direction == .tightening })
    }

    @Test func aSideUnderPressureToMoveHasNotMoved() {
        #expect(claims("US under pressure to lift tariffs on Chinese goods").isEmpty)
        #expect(claims("China under pressure to lift the ban on US beef imports").isEmpty)
        #expect(claims("US ambassador confirms pressure to refuse ASML export licence for China").isEmpty)
        // The move itself still reads.
        #expect(claims("US lifts tariffs on Chinese goods").contains { $0.direction == .easing })
    }

    @Test func aSpreadOfRatesIsNoChangeOfOne() {
        let text = "Escalating the trade stoush against Australia, China on Friday announced that it will impose temporary anti-dumping duties of more than 100 per cent on Australian wine imports. The Chinese Ministry of Commerce said that the duties, that are to be imposed on Saturday, will range from 107.1 per cent to 212.1 per cent, South China Morning Post reported."
        #expect(claims("China to Impose Anti-dumping Duties on Australian Wine Imports", text).isEmpty)
        // A rate that goes from one figure to another still says its way.
        #expect(claims("Tariff news", "China will raise tariffs on US goods from 10% to 34%.").contains { $0.actor == .china && $0.direction == .tightening })
    }

    @Test func whatIsSlowToComeHasNotCome() {
        #expect(claims("China slow to ramp up U.S. soybean purchases").isEmpty)
        #expect(claims("China has yet to resume purchases of U.S. soybeans").isEmpty)
    }

    @Test func aLegalChallengeAimedAtAMeasureIsNoMeasure() {
        #expect(claims("China initiates WTO dispute complaint targeting US semiconductor chip measures").isEmpty)
        // A measure targeting the other side still tightens.
        #expect(claims("US issues export curbs targeting Chinese chipmakers").contains { $0.direction == .tightening })
    }

    @Test func aThirdCountrysDecisionIsItsOwn() {
        #expect(claims("Tech war: Japan’s new semiconductor tool export restrictions throw a major spanner in works of China’s chip plans", "Chinese authorities have expressed anger about the Japanese government's decision to implement the curbs and have urged a rethink.").isEmpty)
        #expect(claims("Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on October 14, 2022", "The ROK government, on the other hand, decided to add 15 individuals and 16 institutions related to the DPRK's development of nuclear missiles and sanction evasions to a list of unilateral sanctions.").isEmpty)
    }

    @Test func aDisputeAtTheWTORecountsTheMeasureDisputedAndMovesNone() {
        #expect(ruleClaims("China Launches WTO Dispute Over U.S. Chip Export Controls",
                           "China has initiated a trade dispute at the World Trade Organization (WTO) against the United States "
                           + "for imposing wide-ranging semiconductor export controls.").isEmpty)
        #expect(ruleClaims("WTO Win for US in Steel Spat with China",
                           "A WTO dispute settlement panel has ruled that China acted inconsistently with its WTO obligations "
                           + "by imposing additional duties on specific imports from the United States.").isEmpty)
        // A move told in its own sentence is still read.
        let found = ruleClaims("China says filed complaint to WTO against latest U.S. tariffs",
                               "China has filed a complaint to the WTO. The Trump administration said it would levy tariffs of "
                               + "10 percent on $200 billion of Chinese goods.")
        #expect(found.contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .tightening })
    }

    @Test func aMonthOfZeroExportsIsTradeDataNotTheCurbs() {
        #expect(ruleClaims("China exported no germanium, gallium in Aug as curbs went into effect").isEmpty)
        #expect(ruleClaims("China shipped no rare earth magnets to US in April as controls took effect").isEmpty)
        // The curbs told as the news still move.
        expectEachReads([("China's curbs on gallium exports go into effect", .rareEarthExports, .china, .tightening)])
    }

    @Test func aLedeMeasureStandingSinceAYearOrToldLongAgoIsTheStorySoFar() {
        #expect(ruleClaims("US farmers look for new markets", "The US has imposed tariffs on Chinese goods since 2018.").isEmpty)
        #expect(ruleClaims("US farmers look for new markets", "Beijing has restricted exports of gallium since August 2023.").isEmpty)
        #expect(ruleClaims("US farmers look for new markets",
                           "Two years ago, the Biden administration banned exports of advanced AI chips to China.").isEmpty)
        // A first clause that ends on a time long past, with its one verb.
        #expect(ruleClaims("US farmers look for new markets",
                           "The ministry launched an anti-dumping investigation into US sorghum a year ago, which hit trade.").isEmpty)
        // Not a later verb's time: the lifting is the news.
        #expect(ruleClaims("US farmers look for new markets", "China lifted the ban on US poultry imposed two years ago.")
            .contains { $0.direction == .easing })
        // A sentence that tells its own day is news, whatever it recalls.
        #expect(ruleClaims("Trade update", "On Friday the US raised tariffs on Chinese goods, in place since 2018, to 25%.")
            .contains { $0.topic == .tariffs && $0.direction == .tightening })
    }

    @Test func aRequestDeniedAsksForNothing() {
        #expect(ruleClaims("Proposed Section 301 Tranche 4 Still on Hold",
                           "President Trump stated that he would not request the Office of the United States Trade Representative (USTR) to start any new Section 301 duties while China and the United States continue their negotiations.")
            .allSatisfy { $0.direction != .tightening })
        // A request made is the move it asks for.
        expectEachReads([("Trump directs USTR to raise tariffs on Chinese goods", .tariffs, .us, .tightening)])
    }

    @Test func sanctionsOnPeopleAreNoTradeMeasure() {
        #expect(ruleClaims("Reciprocal sanctions imposed on certain US individuals",
                           "China announced reciprocal sanctions on Thursday against US officials and personnel for their egregious behavior on Hong Kong issues.")
            .isEmpty)
        #expect(ruleClaims("China to sanction US Congress members and others who 'acted egregiously' on Hong Kong").isEmpty)
        // Firms named with their people are a listing.
        expectEachReads([("China sanctions US defense firms and their executives", .nonTariffCountermeasures, .china, .tightening)])
    }

    @Test func aMeetingsGoalIsNotItsOutcome() {
        let found = ruleClaims("U.S. Officials Seek Rare Earths Agreement with China in London Talks",
                               "Top U.S. trade officials are meeting with Chinese counterparts in London with the goal of finalizing a rare earths agreement reached earlier by Presidents Donald Trump and Xi Jinping.")
        #expect(!found.contains { $0.direction == .easing }, "\(found)")
    }

    @Test func aGerundNamingGoodsIsNoMove() {
        #expect(ruleClaims("US keeps anti-dumping duties on China's steel concrete reinforcing bars").isEmpty)
        // The verb before the goods still moves.
        #expect(ruleClaims("US raises tariffs on Chinese cutting tools").contains { $0.topic == .tariffs && $0.direction == .tightening })
    }

    @Test func aDutyAnnouncedToBeMaintainedIsNoMove() {
        #expect(ruleClaims("Rebar duty", "The US International Trade Commission announced on Thursday it would maintain the anti-dumping duty on steel bars from China.")
            .isEmpty)
        #expect(ruleClaims("Rebar duty", "The US International Trade Commission announced on Thursday it would impose an anti-dumping duty on steel bars from China.")
            .contains { $0.topic == .tariffs && $0.direction == .tightening })
    }

    @Test func aProbeOfAFirmForBreakingControlsEnforcesThem() {
        #expect(ruleClaims("Synopsys Probed for Allegedly Supplying Chip Design Software to Chinese Companies").isEmpty)
        #expect(ruleClaims("Chip design software giant Synopsys probed for potential forbidden deals with Huawei",
                           "Synopsys is being investigated by the US government over concerns the biz may have flouted restrictions placed on the flow of American chip-making technologies to certain Chinese companies.")
            .isEmpty)
        // China's probe of an American firm is its countermeasure.
        expectEachReads([("China investigates Nvidia over suspected violation of anti-monopoly law", .nonTariffCountermeasures, .china, .tightening)])
    }

    @Test func whatADisputeIsAboutIsNoMove() {
        #expect(ruleClaims("Jet engines", "President Trump said Tuesday that he would support the continued export of U.S.-made jet engines to China, taking sides in a continuing dispute within the administration about restricting high-tech exports over piracy concerns.")
            .allSatisfy { $0.direction != .tightening })
        expectEachReads([("US moves to restrict high-tech exports to China", .techControls, .us, .tightening)])
    }

    @Test func aRiseAlreadyScheduledIsRestatedNotDecided() {
        #expect(ruleClaims("Exclusion Process Directed for Tariffs on $200 Billion in Goods from China; Prepare Now to Submit Petitions",
                           "Congress has directed the creation of a long-awaited process for requesting product-specific exclusions from the Section 301 additional tariffs on $200 billion worth of imported goods from China. These tariffs are currently 10 percent but are scheduled to be increased to 25 percent as of March 2.")
            .allSatisfy { $0.direction != .tightening })
        expectEachReads([("China to Increase Tariff on U.S. LNG from 10% to 25%", .tariffs, .china, .tightening)])
    }

    @Test func aFiveYearReviewFindingAndAWTOFindingMoveNothing() {
        #expect(ruleClaims("Crawfish Tail Meat from China",
                           "On the basis of the record developed in the subject five-year review, the United States International Trade Commission (Commission) determines, pursuant to section 751(c) of the Tariff Act of 1930 (19 U.S.C. 1675(c)), that revocation of the antidumping duty order on crawfish tail meat from China would be likely to lead to continuation or recurrence of material injury to an industry in the United States within a reasonably foreseeable time.")
            .isEmpty)
        #expect(ruleClaims("WTO finds China's barrier against US violating trade rules",
                           "The World Trade Organisation decided that China's anti-dumping and countervailing duties on imports of US chicken violate international trade rules.")
            .isEmpty)
        // A side's word that the other's measure breaks WTO rules still reports the measure.
        #expect(ruleClaims("China slams US probe", "China said the new US probe into its shipbuilding violated the rules of the World Trade Organization.")
            .allSatisfy { $0.direction != .easing })
    }
}
