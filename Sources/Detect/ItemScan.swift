import Model

/// One pass of the claim extractor over one item's tokens.
struct ItemScan {
    let tokens: [Token]
    let ann: Annotations
    let title: String
    let text: String
    let titleTokenCount: Int
    /// Sentence ranges [start, end) in token indices.
    var sentences: [Range<Int>] = []
    var hasChina = false
    var hasUS = false
    var titleActor: Actor?
    /// The first actor the item names anywhere.
    var itemActor: Actor?
    /// Specific topic terms in the item, first one per owner, for resolving generic terms.
    var specificByActor: [Actor: Topic] = [:]
    var hasRareEarthTerm = false
    /// Iranian oil, Hong Kong, hacking: what US sanctions in this item are about instead of trade.
    var offTopicItem = false
    /// A third country is named somewhere in the item.
    var otherItem = false
    /// "against" stands somewhere in the item (what a warning is against is read only then).
    var hasAgainst = false
    /// The item names the WTO (a sentence about a dispute there is read only then).
    var namesWTO = false
    /// The item names China / the US as a country or through an actor.
    var namesChina = false
    var namesUS = false
    /// Tokens already read as the object of a verb (no second, noun-phrase claim from them).
    var consumed: [Bool]
    /// Change nouns governed by an outer one that undoes them: "Suspension
    /// of Expansion of ...", with the outer noun's text.
    var undoneBy: [Int: String] = [:]

    init(tokens: [Token], ann: Annotations, title: String, text: String, titleTokenCount: Int) {
        self.tokens = tokens
        self.ann = ann
        self.title = title
        self.text = text
        self.titleTokenCount = titleTokenCount
        consumed = Array(repeating: false, count: tokens.count)
        var start = 0
        for i in 1...tokens.count where i == tokens.count || tokens[i].sentence != tokens[i - 1].sentence {
            sentences.append(start..<i)
            start = i
        }
        for i in tokens.indices {
            if let side = ann.side[i] {
                if side == .china { hasChina = true } else { hasUS = true }
            }
            if let t = ann.topic[i], t.value.specific, let c = t.value.candidates.first {
                if let owner = c.actor, specificByActor[owner] == nil { specificByActor[owner] = c.topic }
                if c.topic == .rareEarthExports { hasRareEarthTerm = true }
            }
            if ann.has(.offTopic, at: i) { offTopicItem = true }
            if ann.other[i] { otherItem = true }
            if !hasAgainst, tokens[i].text == "against" { hasAgainst = true }
            if !namesWTO, Self.namesWTO(at: i, tokens) { namesWTO = true }
                let joint = tokens[i].hyphenAfter || i > 0 && tokens[i - 1].hyphenAfter && ann.actor[i - 1] != nil
            if titleActor == nil, i < titleTokenCount, !joint, let a = ann.actor[i] { titleActor = a.value }
            if itemActor == nil, !joint, let a = ann.actor[i] { itemActor = a.value }
            if let a = ann.actor[i] { if a.value == .china { namesChina = true } else { namesUS = true } }
        }
        namesChina = namesChina || hasChina
        namesUS = namesUS || hasUS
    }

    /// The item names this actor (country, capital, agency, official), or a
    /// measure only it has ("unreliable entity list", "entity list"). A US
    /// agency acting on a named Chinese target counts too: headlines say
    /// "Commerce blacklists Chinese chipmaker" without naming the country.
    func involves(_ actor: Actor) -> Bool {
        if specificByActor[actor] != nil { return true }
        return actor == .china ? namesChina : (namesUS || namesChina)
    }

    static let questionWords: WordSet = ["why", "how", "what", "where", "who"]

    static let determiners: WordSet = ["'s", "the", "a", "an", "its", "their", "his", "her", "these", "those", "this"]

    mutating func run() -> [Claim] {
        var claims: [Claim] = []
        // "Why ...", and "Tariff refunds: how importers can claim": an explainer.
        // "China Hits Pause on Rare-Earth Controls and What It Means for Supply Chains": "and" opens the tail too.
        let question = (0..<titleTokenCount).first {
            Self.questionWords.contains(tokens[$0].text) && ($0 == 0 || Self.tailMarks.contains(tokens[$0 - 1].text) && tokens[$0 - 1].isBoundary
                || tokens[$0 - 1].text == "and" && analysisCue(at: $0))
        }
        // "China Expands Export Controls on Rare Earths: What Companies Need to Know": a headline that
        // reports a move before a reader's question tail; the move is read, the tail is not.
        let asks = questionHeadline
        let askingTail = asks ? askingTailAfterMove : nil
        let titleEnd = question.flatMap { q in q > 1 && reportsMove(before: q - 1) ? q - 1 : nil } ?? askingTail
            ?? analysisTailAfterMove ?? attributionTail ?? titleTokenCount
        // "In Depth: U.S. Port Fee Hike Loosens China's Stranglehold": a feature's kicker ("candid, in-depth
        // talks" in a lede is no analysis).
        let inDepthKicker = titleTokenCount > 3 && tokens[0].text == "in" && tokens[1].text == "depth"
        if question != nil && titleEnd == titleTokenCount
            || (0..<titleEnd).contains(where: { analysisCue(at: $0) && !editorialCue(at: $0) }) || guideTitle || inDepthKicker {
            return claims  // an analysis piece or explainer discusses positions, it does not move them
        }
        if asks && askingTail == nil && !questionKickerBeforeMove || correctionNotice || tradeRemedyReview { return claims }
        if let remedy = tradeRemedyCaseClaim() ?? remedyFindingClaim() { return [remedy] }
        // "US Invites Public Comment on China Tariff Cuts": the item is about a comment period.
        // "USTR opens second four-year review process for China Section 301 actions": a review process is one too.
        // (Read from the tokens: a lexicon phrase would make "four" and "year" known words, which other readings use.)
        // "USTR Opens Importer Section 301 Four Year Review Comment Period": anywhere in the first ten words.
        if (0..<min(titleTokenCount, 10)).contains(where: { ann.has(.consultation, at: $0) })
            || (0..<min(titleTokenCount, 8)).contains(where: { tokens[$0].text == "review" && after($0) == "process" }) { return claims }
        let billDocument = billTitle
        let thirdCountry = thirdCountryHeadline
        var afterBackground = false
        let chinaObjects = chinaObjectsInHeadline
        for (n, sentence) in sentences.enumerated() {
            let range = sentence.lowerBound < titleEnd ? sentence.lowerBound..<min(sentence.upperBound, titleEnd) : sentence
            // A lede sentence of a headline in which China objects to a measure, telling what it answers: its noun
            // phrases name that measure ("commented when responding to the U.S. Federal Communications Commission's
            // recent ban on ..."), read as a headline's are.
            let answersObjection = chinaObjects && claims.isEmpty && range.lowerBound >= titleTokenCount && n <= 3
                && answersMeasure(range)
            // "The trade war escalated in April when Trump imposed tariffs ... China retaliated with its own
            // tariffs": a lede sentence told in the past right after one dated earlier goes on with that story.
            let continuesBackground = afterBackground && range.lowerBound >= titleTokenCount && toldInPastOnly(range)
            afterBackground = range.lowerBound >= titleTokenCount
                && range.contains { v in ann.verb[v].map { toldAsPast(v, verb: $0, range) } ?? false }
            if continuesBackground { continue }
            if range.isEmpty || skipSentence(range) || wtoDisputeSentence(range) { continue }
            if thirdCountry, range.lowerBound >= titleTokenCount, namesNeitherGovernment(range) { continue }
            // The lede's first sentence opening on its date ("On October 14, 2025, ... announced") is the news;
            // a span of years ("From early 2024 to late 2025, ...") or any later dated sentence is background.
            if range.lowerBound >= titleTokenCount, let year = announcementYear, citesEarlierAnnouncement(range, than: year) { continue }
            // "The US has imposed tariffs on Chinese goods since 2018": a lede's measure standing since a year is the
            // story so far, unless the sentence tells its own day.
            // ("Two years ago, the Biden administration banned ...": so is one that opens on a time long past.)
            if range.lowerBound >= titleTokenCount, standingSinceYear(range) || opensLongAgo(range) || firstClauseLongAgo(range),
               !toldToday(range) { continue }
            if range.lowerBound >= titleTokenCount, opensWithPastDate(range),
               range.lowerBound > titleTokenCount || !["on", "in"].contains(tokens[range.lowerBound].text) { continue }
            // A negative injury vote: the dumping finding the sentence recalls is the case's past.
            if let vote = injuryVoteClaim(in: range) { claims.append(vote); continue }
            for v in range {
                guard let verb = ann.verb[v] else { continue }
                if let claim = verbClaim(at: v, verb: verb, sentence: range) { claims.append(claim) }
            }
            claims.append(contentsOf: impliedClaims(in: range, answeringObjection: answersObjection))
            if let change = changeNounClaim(in: range) { claims.append(change) }
            if let notice = noticeOfRespiteClaim(in: range) { claims.append(notice) }
            if let review = reviewPolicyClaim(in: range) { claims.append(review) }
            if let rate = rateChangeClaim(in: range) { claims.append(rate) }
            if let ultimatum = ultimatumClaim(in: range) { claims.append(ultimatum) }
            if let directive = directiveClaim(in: range) { claims.append(directive) }
            if let liability = liabilityWarningClaim(in: range) { claims.append(liability) }
            if let bill = billAdvancesClaim(in: range) ?? currencyBillClaim(in: range) { claims.append(bill) }
            if let law = countermeasureLawClaim(in: range) { claims.append(law) }
            if let purpose = billPurposeClaim(in: range) { claims.append(purpose) }
            if let text = billTextClaim(in: range, billDocument: billDocument) { claims.append(text) }
            if let joint = jointStatementClaim(in: range) { claims.append(joint) }
            if let done = dealDoneClaim(in: range) { claims.append(done) }
            if let channel = exportControlTalksClaim(in: range) { claims.append(channel) }
            if let struck = struckBackClaim(in: range) { claims.append(struck) }
            if let finding = practicesFindingClaim(in: range) { claims.append(finding) }
            if let share = revenueShareClaim(in: range) { claims.append(share) }
            if let opening = marketOpeningClaim(in: range) { claims.append(opening) }
            if claims.isEmpty, let reaction = reactionMeasureClaim(in: range) { claims.append(reaction) }
            if claims.isEmpty, let demanded = demandAgainstNewMeasureClaim(in: range) { claims.append(demanded) }
            if claims.isEmpty, let licence = licenceRequirementClaim(in: range) { claims.append(licence) }
            if claims.isEmpty, let opened = remedyInitiationClaim(in: range) { claims.append(opened) }
            if claims.isEmpty, let opened = mofcomCaseOpenedClaim(in: range) { claims.append(opened) }
            if claims.isEmpty, let regulator = telecomRegulatorClaim(in: range) { claims.append(regulator) }
            if claims.isEmpty, let rejected = customsRejectionClaim(in: range) { claims.append(rejected) }
            if claims.isEmpty, let excluded = tariffExclusionsClaim(in: range) { claims.append(excluded) }
        }
        // "China slams Mexico's tariffs": the lede's countermeasures answer Mexico.
        // (Asked only of items with claims: most items have none, and these read the headline again.)
        if !claims.isEmpty, let reacting = reactingSideToThirdCountry { claims.removeAll { !$0.inTitle && $0.actor == reacting } }
        // "Congress approves new tariffs on goods from China" when the lede's Congress is Mexico's.
        if !claims.isEmpty, let body = headlineBodyOfThirdCountry { claims.removeAll { $0.actor == body } }
        // "Tariff Truce Holding Strong": the lede's account of the truce is how it came about.
        if !claims.isEmpty, truceHoldsHeadline { claims.removeAll { !$0.inTitle && [.talks, .tariffs].contains($0.topic) } }
        // A bill's text (its lede) tells what the bill would do: a signal, whatever its verbs' tense.
        if billDocument { for k in claims.indices where !claims[k].inTitle { claims[k].modality = .signal } }
        // "BIS Revises Export Review Policy for Advanced AI Chips ...": under a headline about one control that
        // names no tariff, deal or countermeasure, the lede's tariffs and talks are the trade war's story so far.
        if !claims.isEmpty, headlineNamesOnlyControls { claims.removeAll { !$0.inTitle && [.tariffs, .talks].contains($0.topic) } }
        // A claim needs its actor in the item: a "probe" or a "sanction" in a
        // story that names neither government is not a US-China move.
        return claims.filter { involves($0.actor) }
    }
    /// The headline names a topic, and every topic it names is a control (chips, rare earths, software,
    /// engines, chemicals, nuclear, export-control talks): no tariff, no deal or truce, no countermeasure.
    var headlineNamesOnlyControls: Bool {
        var named = false
        for i in 0..<titleTokenCount {
            guard let t = ann.topic[i] else { continue }
            named = true
            if t.value.candidates.contains(where: { [.tariffs, .talks, .nonTariffCountermeasures].contains($0.topic) }) { return false }
        }
        return named
    }

    // MARK: sentences

    /// The token range of the sentence holding token `i` (the item's sentences are few: a linear look is enough).
    func sentenceRange(of i: Int) -> Range<Int> {
        sentences.first { $0.contains(i) } ?? i..<(i + 1)
    }

    static let tailMarks: WordSet = [":", ",", "\u{2014}", "\u{2013}", "-", "|"]

    /// The headline up to `end` opens with a government as subject and has a
    /// verb: it reports something done, not a topic for an explainer.
    func reportsMove(from start: Int = 0, before end: Int) -> Bool {
        guard var a = (start..<min(end, start + 4)).first(where: { ann.actor[$0] != nil }) else { return false }
        // "FAQs on China's Export Control and Anti-Sanction Lists -- Overview": a possessive is no subject,
        // unless what it owns is an agency ("China's MOFCOM Temporarily Lifts Export Curbs").
        if a + ann.actor[a]!.length + 1 < end, tokens[a + ann.actor[a]!.length].text == "'s" {
            guard ann.actor[a + ann.actor[a]!.length + 1] != nil else { return false }
            a += ann.actor[a]!.length + 1
        }
        if ((a + 1)..<end).contains(where: { ann.verb[$0] != nil && !(ann.verb[$0]!.value.alsoNoun) }) { return true }
        // "China sanctions Hanwha Ocean's US subsidiaries: Why it matters": a verb that is also a noun reads as
        // the verb right after its subject, with an object after it ("US ban on ...", "China tariffs:" do not).
        let v = a + ann.actor[a]!.length
        // "issues" stays a noun there: "China Issues New Export Control Regulations: What Businesses Need to Know?" is an explainer.
        guard v + 1 < end, let verb = ann.verb[v], verb.length == 1, verb.value.lemma != "issue" else { return false }
        return !["on", "of", "for", "in", "to", "against", "and", "or"].contains(tokens[v + 1].text)
    }

    func skipSentence(_ range: Range<Int>) -> Bool {
        let first = tokens[range.lowerBound].text
        if first == "why" || first == "how" || first == "what" { return true }
        if tokens[range.upperBound - 1].text == "?" { return true }
        if groupFeelingSentence(range) { return true }
        if enforcementOfControlsSentence(range) { return true }
        // "revocation of the antidumping duty order ... would be likely to lead to continuation or recurrence of material
        // injury": a five-year review's finding keeps the order in force (no move).
        if range.contains(where: { tokens[$0].text == "recurrence" && $0 >= range.lowerBound + 2 && tokens[$0 - 1].text == "or"
            && tokens[$0 - 2].text == "continuation" }) { return true }
        for i in range {
            // Comment periods and hearings are process, when the sentence is about them.
            if i < range.lowerBound + 6, ann.has(.consultation, at: i) { return true }
            // A market headline still carries the move it reacts to ("shares jump after US lifts curbs").
            if ann.has(.report, at: i), !marketReactionHeadline(range, from: i) { return true }
            if analysisCue(at: i) { return true }
        }
        return false
    }

    /// "China has initiated a trade dispute at the World Trade Organization (WTO) against the United States for
    /// imposing wide-ranging semiconductor export controls", "a WTO panel has ruled that China acted inconsistently
    /// ... by imposing additional duties": a dispute at the WTO recounts the measure disputed, and a filing or a
    /// panel's ruling moves no measure (../shared/eval/README.md: objections without a measure are neutral).
    func wtoDisputeSentence(_ range: Range<Int>) -> Bool {
        guard namesWTO, let w = range.first(where: { Self.namesWTO(at: $0, tokens, before: range.upperBound) }) else { return false }
        // "China to end rare earth export quotas after WTO ruling": a move made after the ruling, told before it.
        if let a = (max(range.lowerBound, w - 3)..<w).first(where: { ["after", "following"].contains(tokens[$0].text) }),
           (range.lowerBound..<a).contains(where: { ann.verb[$0] != nil }),
           !(range.lowerBound..<a).contains(where: { Self.disputeWords.contains(tokens[$0].text) }) { return false }
        // "WTO Ruling Prompts China to Drop Rare Earths Export Quota": the ruling makes a government move, and that
        // move is the news.
        if let c = (w..<range.upperBound).first(where: { Self.causingWords.contains(tokens[$0].text) }), c + 2 < range.upperBound,
           ann.actor[c + 1] != nil, let to = ((c + 2)..<min(c + 5, range.upperBound)).first(where: { tokens[$0].text == "to" }),
           ((c + 1)..<to).allSatisfy({ ann.actor[$0] != nil || ann.actorEnds[$0] || ann.side[$0] != nil || tokens[$0].text == "'s" }) {
            return false
        }
        // "WTO finds China's barrier against US violating trade rules", "The World Trade Organisation decided that China's
        // anti-dumping ... duties on imports of US chicken violate international trade rules": the body's own finding.
        // (Not a side's word that a measure "violated the rules of the World Trade Organization".)
        if w + 1 < range.upperBound, Self.bodyFindingWords.contains(tokens[w + 1].text)
            || ((w + 1)..<range.upperBound).contains(where: { Self.violatingWords.contains(tokens[$0].text) }) {
            return true
        }
        return range.contains { Self.disputeWords.contains(tokens[$0].text) }
    }
    /// The WTO's own verdict right after its name, and what it finds a measure does (asked of each word of a sentence).
    static let bodyFindingWords: WordSet = ["finds", "found", "decided", "decides"]
    static let violatingWords: WordSet = ["violate", "violates", "violated", "violating"]
    static let causingWords: WordSet = ["prompts", "prompted", "forces", "forced", "leads", "led", "pushes", "pushed", "spurs",
                                        "spurred", "compels", "compelled"]

    /// "WTO", or "World Trade Organization" starting at `k`: whether any sentence can be about a dispute there.
    /// (`before`: where the words must end, the sentence's end; the item's by default.)
    static func namesWTO(at k: Int, _ tokens: [Token], before end: Int? = nil) -> Bool {
        tokens[k].text == "wto" || tokens[k].text == "world" && k + 2 < (end ?? tokens.count) && tokens[k + 1].text == "trade"
            && tokens[k + 2].text.hasPrefix("organi")
    }

    static let disputeWords: WordSet = ["dispute", "disputes", "panel", "complaint", "complaints", "ruled", "ruling", "rulings",
                                        "case", "lawsuit", "sued", "sues", "inconsistent", "inconsistently", "appeal", "appellate",
                                        "arbitration", "adjudication", "consultations"]

    /// "US Tariffs on China 2026: Section 301 & IEEPA Guide", "Export controls: a guide for exporters": the
    /// noun "guide" ending the headline or after an article ("China to guide firms away from Nvidia chips" is a verb).
    var guideTitle: Bool {
        (0..<titleTokenCount).contains { k in
            tokens[k].text == "guide" && (k + 1 == titleTokenCount || Self.tailMarks.contains(tokens[k + 1].text)
                || k > 0 && ["a", "the", "complete", "quick", "practical", "compliance", "essential"].contains(tokens[k - 1].text))
        }
    }

    /// A newspaper's editorial or commentary ("China Daily editorial", "Commentary: ..."): written on the day's
    /// measure, which its lede reports, so it is read (../shared/eval/README.md: an item that reports one side's
    /// measure through the other side's reaction is labelled by that measure). Explainers, summaries and
    /// opinion columns stay analysis.
    func editorialCue(at i: Int) -> Bool {
        let cue = ann.cueText[i] ?? tokens[i].text
        return cue == "editorial" || cue == "commentary"
    }

    /// An analysis cue: "explainer", "what it means"; a bare "why", "how" or "what" is read as a question instead.
    func analysisCue(at i: Int) -> Bool {
        ann.has(.analysis, at: i) && !["why", "how", "what"].contains(ann.cueText[i] ?? tokens[i].text)
    }

    /// Where a commentary tail starts after a headline that reports a move: "BIS Expands Restrictions: 50% Rule
    /// Explained", "China Retaliates with Special Port Fees on US Vessels: ... Legal Implications". The move is
    /// read, the tail is not (a comma does not open such a tail: "..., analysts say").
    var analysisTailAfterMove: Int? {
        guard titleTokenCount > 2,
              let mark = (1..<titleTokenCount).first(where: {
                  tokens[$0].isBoundary && (tokens[$0].text == ":" || tokens[$0].isDash)
              }),
              ((mark + 1)..<titleTokenCount).contains(where: analysisCue), reportsMove(before: mark) else { return nil }
        return mark
    }

    func marketReactionHeadline(_ range: Range<Int>, from i: Int) -> Bool {
        guard range.lowerBound < titleTokenCount else { return false }
        if ((i + 1)..<range.upperBound).contains(where: {
            ["after", "following"].contains(tokens[$0].text) && reactionHeadline(range, before: $0) }) { return true }
        // "China Launches Anti-Monopoly Investigation into DuPont China, Stock Prices Tumble": the market's
        // reaction told after the move it reacts to, past a comma, semicolon or colon.
        guard i > range.lowerBound + 2,
              let mark = (range.lowerBound..<i).last(where: { tokens[$0].isBoundary && [",", ";", ":"].contains(tokens[$0].text) }),
              mark < titleTokenCount else { return false }
        return reportsMove(before: mark)
    }

    /// A headline that asks ("Trump-Xi Summit: Will It Deliver?", "Blank Slate
    /// Or Bargaining Chip?: ...") is analysis: the item discusses positions.
    var questionHeadline: Bool {
        guard titleTokenCount > 0 else { return false }
        // The first sentence asks: "The Affiliates Rule is Back. Is Your Program Ready?" does not.
        let firstEnd = (0..<titleTokenCount).first { tokens[$0].sentence != tokens[0].sentence } ?? titleTokenCount
        if tokens[firstEnd - 1].text == "?" || firstEnd == titleTokenCount && title.utf8.last == UInt8(ascii: "?") { return true }
        // "?:" or "? :" anywhere in the title, by its bytes (a String search per item costs more than the rest of the scan).
        var afterMark = false
        for b in title.utf8 {
            if b == UInt8(ascii: "?") { afterMark = true } else if afterMark, b == UInt8(ascii: ":") { return true } else if b != UInt8(ascii: " ") { afterMark = false }
        }
        return false
    }

    /// "Trade War Hits Snooze? China Freezes Extra US Tariffs for Year": a question as a kicker, then a
    /// sentence that reports a move (the kicker itself is skipped as any asking sentence is).
    var questionKickerBeforeMove: Bool {
        let firstEnd = (0..<titleTokenCount).first { tokens[$0].sentence != tokens[0].sentence } ?? titleTokenCount
        guard firstEnd > 0, firstEnd < titleTokenCount, tokens[firstEnd - 1].text == "?",
              tokens[titleTokenCount - 1].text != "?", title.utf8.last != UInt8(ascii: "?"),
              // "Treat or trick? Why Trump won the trade truce ...": the second sentence explains.
              !Self.questionWords.contains(tokens[firstEnd].text),
              !(firstEnd..<titleTokenCount).contains(where: analysisCue) else { return false }
        return reportsMove(from: firstEnd, before: titleTokenCount)
    }

    /// Where the asking tail of a question headline (the caller has found it asks) starts, when the headline
    /// reports a move before it: "China Suspends Antitrust Probe into DuPont:
    /// A Strategic Shift Amid Escalating U.S.-China Trade Tensions?" reports
    /// the suspension and asks only what it means.
    var askingTailAfterMove: Int? {
        let firstEnd = (0..<titleTokenCount).first { tokens[$0].sentence != tokens[0].sentence } ?? titleTokenCount
        guard let mark = (2..<max(2, firstEnd)).first(where: { Self.tailMarks.contains(tokens[$0].text) && tokens[$0].text != "," && tokens[$0].isBoundary }),
              reportsMove(before: mark) else { return nil }
        return mark
    }

    /// A trade-remedy review notice of one product ("Certain Frozen Warmwater Shrimp From the People's
    /// Republic of China: Rescission of Antidumping Duty Administrative Review"): the duty order's
    /// bookkeeping, not a trade-policy position (the labelled notices of this kind are irrelevant).
    static let revokingWords: WordSet = ["revocation", "revoke"]

    var tradeRemedyReview: Bool {
        // Word pairs of the title's tokens (already lowercased): no string search per item.
        guard titleTokenCount > 1 else { return false }
        // "Changed Circumstances Review and Revocation, in Part": a review that revokes the order ends it (`tradeRemedyCaseClaim`).
        if (0..<titleTokenCount).contains(where: { Self.revokingWords.contains(tokens[$0].text) }) { return false }
        return (1..<titleTokenCount).contains { i in
            let (a, b) = (tokens[i - 1].text, tokens[i].text)
            return b == "review" && (a == "administrative" || a == "sunset" || a == "circumstances" || a == "shipper")
                || a == "scope" && b == "ruling"
                // ": Postponement of Preliminary Determination in the Less-Than-Fair-Value Investigation": a
                // deadline moved in a case under way (the lede recalls its opening).
                || a == ":" && b == "postponement" && i + 2 < titleTokenCount && tokens[i + 1].text == "of"
                    && ["preliminary", "final"].contains(tokens[i + 2].text)
        }
    }

    /// The year of a numbered announcement the title names: "MOFCOM Announcement No. 18 of 2019" -> 2019.
    var announcementYear: Int? {
        guard titleTokenCount > 4 else { return nil }
        for k in 0..<(titleTokenCount - 4) where tokens[k].text == "announcement" && tokens[k + 1].text == "no"
            && tokens[k + 2].isNumber && tokens[k + 3].text == "of" && tokens[k + 4].isNumber {
            return Int(tokens[k + 4].text)
        }
        return nil
    }

    /// "The Ministry of Commerce released Announcement No. 79 of 2016 ... and decided to implement the
    /// anti-dumping ... measures": under an announcement of a later year, a sentence that cites one of an
    /// earlier year tells what the new one reviews or ends, not the news.
    /// ("On September 26, 2010, the Ministry of Commerce released the Announcement No. 51" under "Announcement
    /// No. 40 of 2016": a sentence dated in an earlier year does the same.)
    func citesEarlierAnnouncement(_ range: Range<Int>, than year: Int) -> Bool {
        range.contains { k in
            guard k > range.lowerBound, tokens[k].isNumber, Int(tokens[k].text).map({ $0 >= 1990 && $0 < year }) ?? false else { return false }
            if tokens[k - 1].text == "of", (max(range.lowerBound, k - 4)..<k).contains(where: { tokens[$0].text == "no" || tokens[$0].text == "announcement" }) {
                return true
            }
            // "September 26, 2010", "in September 2010".
            return Self.months.contains(tokens[k - 1].text)
                || k - 3 >= range.lowerBound && tokens[k - 1].text == "," && tokens[k - 2].isNumber && Self.months.contains(tokens[k - 3].text)
        }
    }

    /// "since 2018", "since August 2023": what the sentence tells has stood since then.
    func standingSinceYear(_ range: Range<Int>) -> Bool {
        range.contains { k in
            k > range.lowerBound && isYear(k) && (tokens[k - 1].text == "since"
                || k > range.lowerBound + 1 && Self.months.contains(tokens[k - 1].text) && tokens[k - 2].text == "since")
        }
    }

    /// "Two years ago, ...", "A year ago, ...", "Months ago, ...": the sentence opens on a time long past.
    func opensLongAgo(_ range: Range<Int>) -> Bool {
        (range.lowerBound..<min(range.lowerBound + 4, range.upperBound - 1)).contains { k in
            tokens[k].text == "ago" && tokens[k + 1].text == "," && k > range.lowerBound
                && Self.longSpanUnits.contains(tokens[k - 1].text)
        }
    }

    /// The units of a span long past before "ago".
    static let longSpanUnits: WordSet = ["years", "year", "months", "decade", "decades"]

    /// "The ministry launched an investigation a year ago, which ...": the sentence's first clause, with one verb,
    /// ends on a time long past. (Not "lifted the ban imposed two years ago": two verbs, the later one's time.)
    func firstClauseLongAgo(_ range: Range<Int>) -> Bool {
        let end = range.first(where: { tokens[$0].isBoundary }) ?? range.upperBound
        guard end - 2 > range.lowerBound, tokens[end - 1].text == "ago",
              Self.longSpanUnits.contains(tokens[end - 2].text) else { return false }
        return (range.lowerBound..<end).filter { ann.verb[$0] != nil }.count == 1
    }

    /// The sentence tells its own day: "on Friday", "today".
    func toldToday(_ range: Range<Int>) -> Bool {
        range.contains { Annotations.weekdays.contains(tokens[$0].text) || ["today", "tonight", "yesterday"].contains(tokens[$0].text) }
    }

    /// A Federal Register correction ("...; Correction", "Technical Amendments"):
    /// it fixes an earlier document's text, it moves nothing.
    var correctionNotice: Bool {
        guard title.utf8.contains(UInt8(ascii: ";")), let tail = title.split(separator: ";").last else { return false }
        let words = tail.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words == ["correction"] || words == ["corrections"] || words == ["technical", "amendment"]
            || words == ["technical", "amendments"] || words == ["technical", "correction"] || words == ["correcting", "amendment"]
    }

    /// A lede sentence that opens with a past date or an earlier time ("On
    /// August 20, 2019, ...", "In prior notices, ...", "Over the past six
    /// years, ..."): background to the news, not the news.
    /// Words a dated opening starts with (a static set: built once, not for every sentence).
    static let pastDateOpeners: WordSet = ["on", "in", "since", "from", "over", "between", "during", "by", "earlier",
                                               "last", "beginning"]

    func opensWithPastDate(_ range: Range<Int>) -> Bool {
        guard Self.pastDateOpeners.contains(tokens[range.lowerBound].text) else { return false }
        var k = range.lowerBound + 1
        while k < min(range.upperBound, range.lowerBound + 9) {
            if let verb = ann.verb[k], !verb.value.participle { return false }  // "In a notice published on ..." reads on
            if ann.actor[k] != nil { return false }
            let t = tokens[k].text
            // A year closed off by a comma: "On August 20, 2019, the USTR ..." (not "On February 20, 2026 the Court held").
            if isYear(k) {
                // "From late 2024 to early 2025, SAMR has launched ...": the span's last year closes it.
                if k + 1 < range.upperBound, ["to", "and", "until", "through"].contains(tokens[k + 1].text) {
                    k += 1
                    continue
                }
                return k + 1 < range.upperBound && tokens[k + 1].text == ","
            }
            if ["prior", "previous", "past", "earlier"].contains(t) { return true }
            k += 1
        }
        return false
    }

    /// A year of the trade story: four digits, 1990 to 2035.
    func isYear(_ k: Int) -> Bool {
        let t = tokens[k].text
        return tokens[k].isNumber && t.count == 4 && Int(t).map { (1990...2035).contains($0) } == true
    }

    func sentenceHas(_ cue: Cues, _ range: Range<Int>) -> Bool {
        range.contains { ann.has(cue, at: $0) }
    }

    /// The start of the clause holding token `i`: after the nearest boundary.
    func clauseStart(_ i: Int, _ range: Range<Int>) -> Int {
        var k = i - 1
        while k >= range.lowerBound {
            if tokens[k].isBoundary, !listComma(k, before: i, range) { return k + 1 }
            k -= 1
        }
        return range.lowerBound
    }

    /// "Export curbs on gallium, germanium announced by China", "Tariffs on US soybeans, pork lifted": in a
    /// headline, a comma between the nouns a measure's preposition governs lists them; the subject runs on to the verb.
    func listComma(_ k: Int, before i: Int, _ range: Range<Int>) -> Bool {
        // "on Chinese EVs, batteries, chips take effect": later items of the list may have their own commas.
        guard tokens[k].text == ",", i - k - 1 >= 1, i - k - 1 <= 6 else { return false }
        let listed = (k + 1)..<i
        guard tokens[i - 1].text != ",", listed.allSatisfy({ j in tokens[j].text == "," || !tokens[j].isBoundary && !tokens[j].isNumber
            && ann.verb[j] == nil && ann.actor[j] == nil && ann.side[j] == nil && tokens[j].text.first?.isLetter == true }),
            listed.split(whereSeparator: { tokens[$0].text == "," }).allSatisfy({ (1...3).contains($0.count) })
        else { return false }
        // The preposition opens the list a few words before the comma, with no verb between.
        guard let p = stride(from: k - 1, through: max(range.lowerBound, k - 4), by: -1).first(where: {
            ["on", "of", "for"].contains(tokens[$0].text) }), p > range.lowerBound, k < titleTokenCount,
            ann.objects[p - 1].contains(.measure) else { return false }
        guard ((p + 1)..<k).allSatisfy({ !tokens[$0].isBoundary && ann.verb[$0] == nil }) else { return false }
        // "Section 232 Actions on Semiconductors, Critical Minerals": items of different topics are separate
        // subjects, not one list a verb can take its topic from.
        let topics = Set((p + 1..<i).compactMap { ann.topic[$0]?.value.candidates.first?.topic })
        return topics.count <= 1
    }
}
