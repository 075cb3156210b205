import Model

// The Commerce Department's trade-remedy notices in the Federal Register are titled by the product and
// where it comes from, then the step: "Twist Ties From the People's Republic of China: Initiation of
// Countervailing Duty Investigation", "Active Anode Material From the People's Republic of China:
// Preliminary Affirmative Countervailing Duty Determination". The labelled notices count an investigation
// opened or a duty found as US tariffs tightening; reviews of an order in force are bookkeeping
// (`tradeRemedyReview`). Read from the title's words: the grammar would take "China" for the actor.
extension ItemScan {
    // ("Preliminary Determination of Sales at Less-Than-Fair-Value": a determination the title does not call
    // negative finds the duty.)
    static let caseSteps: WordSet = ["initiation", "institution", "affirmative", "order", "orders", "determination",
                                     "determinations"]
    static let remedyWords: WordSet = ["countervailing", "antidumping", "dumping", "subsidy", "less", "circumvention"]
    static let noCaseWords: WordSet = ["negative", "rescission", "termination", "revocation", "revoked", "continuation", "sunset",
                                           "review", "reviews", "revoke", "intent", "court", "harmony",
                                           "results", "scope"]

    /// "<product> From the People's Republic of China: <a step that opens a case or finds a duty>" (Commerce), or
    /// "<product> From China; <step>" (the USITC's short form). A step that revokes an order or finds finally
    /// against a duty closes the case: the duty goes (a US tariff easing, as a negative injury vote).
    func tradeRemedyCaseClaim() -> Claim? {
        guard titleTokenCount > 5, let colon = (0..<titleTokenCount).first(where: { [":", ";"].contains(tokens[$0].text) }), colon >= 3
        else { return nil }
        // "From the People's Republic of China:", or with other countries after it ("From the People's Republic
        // of China, Thailand, and the Socialist Republic of Vietnam:"); "From China;".
        let long = ["from", "the", "people", "'s", "republic", "of", "china"]
        /// `words` open at `k` and end by `end` (the colon, or the title's end).
        func startsAt(_ k: Int, _ words: [String], endingBy end: Int? = nil) -> Bool {
            k + words.count <= (end ?? colon) && (0..<words.count).allSatisfy { tokens[k + $0].text == words[$0] }
        }
        // ("From the People's Republic:": a title cut short before "of China" still names it.)
        let cut = ["from", "the", "people", "'s", "republic"]
        // "Preliminary Determination of Antidumping Duty Investigation: Wooden Bedroom Furniture from the People's
        // Republic of China": the step may come first, the product and its origin after the colon.
        let stepFirst = !(0..<colon).contains(where: { startsAt($0, long) || startsAt($0, ["from", "china"]) })
            && ((colon + 1)..<titleTokenCount).contains(where: {
                startsAt($0, long, endingBy: titleTokenCount) || startsAt($0, ["from", "china"], endingBy: titleTokenCount) })
        let step: Range<Int>
        if stepFirst {
            step = 0..<colon
        } else {
            guard let f = (0..<colon).last(where: { startsAt($0, long) || startsAt($0, ["from", "china"])
                      || startsAt($0, cut) && $0 + cut.count == colon }),
                  !((f + 2)..<colon).contains(where: { [":", "|"].contains(tokens[$0].text) }) else { return nil }
            step = (colon + 1)..<titleTokenCount
        }
        guard step.contains(where: { Self.remedyWords.contains(tokens[$0].text) || tokens[$0].text == "determination" }) else { return nil }
        func has(_ word: String) -> Bool { step.contains { tokens[$0].text == word } }
        // "Revocation of Antidumping Duty Order", "Final Negative Determination of Sales at Less Than Fair Value".
        // ("Notice of Intent to Revoke ...": a revocation proposed, a signal of the same.)
        let intent = has("intent")
        // ("Changed Circumstances Review and Revocation, in Part": the order goes for the goods the review names.)
        let closes = ((has("revocation") || has("revoke")) && (has("order") || has("orders") || has("part")))
            || (has("negative") && has("final") && !has("review"))
        if closes {
            return Claim(topic: .tariffs, actor: .us, direction: .easing, modality: intent ? .signal : .action,
                         evidence: evidence(0..<titleTokenCount), matched: [tokens[step.lowerBound].text, "china"],
                         inTitle: true, implied: true)
        }
        guard step.contains(where: { Self.caseSteps.contains(tokens[$0].text) }),
              step.contains(where: { Self.remedyWords.contains(tokens[$0].text) }),
              // "Negative Determination", "Rescission", "Termination": a case closed without a duty; "Continuation of
              // Antidumping Duty Orders": a sunset review that keeps an order in force (no move).
              !step.contains(where: { Self.noCaseWords.contains(tokens[$0].text) && !negativeSideFinding(at: $0) })
        else { return nil }
        return Claim(topic: .tariffs, actor: .us, direction: .tightening, modality: .action,
                     evidence: evidence(0..<titleTokenCount), matched: [tokens[step.lowerBound].text, "people's republic of china"],
                     inTitle: true, implied: true)
    }

    /// The side a finding names as dumping into the other's market: "US DOC rules China dumped steel wheels in
    /// US", "'US dumps cars on Chinese market'". Not denied ("China denies it dumped").
    func dumperNamed(in title: Range<Int>) -> Actor? {
        for d in title where d > title.lowerBound && ["dumped", "dumps", "dumping"].contains(tokens[d].text) {
            guard let side = ann.actor[d - 1]?.value
                    ?? (ann.actorEnds[d - 1] ? actorStart(endingAt: d - 1, notBefore: max(0, d - 5)).flatMap { ann.actor[$0]?.value } : nil),
                  !(title.lowerBound..<d).contains(where: { ann.has(.negation, at: $0) || ann.has(.denial, at: $0) })
            else { continue }
            let market = ((d + 1)..<min(d + 8, title.upperBound)).contains { k in
                ["in", "into", "on"].contains(tokens[k].text) && k + 1 < title.upperBound
                    && ((k + 1)..<min(k + 4, title.upperBound)).contains(where: { ann.actor[$0]?.value == side.other || ann.side[$0] == side.other })
            }
            if market { return side }
        }
        return nil
    }

    /// A word that names the remedy itself ("dumping", "countervailing"), not "less" of "less than fair value".
    func namesRemedy(at k: Int) -> Bool { Self.remedyWords.contains(tokens[k].text) && tokens[k].text != "less" }

    /// A word of a trade-remedy body's decision: "determination", "determinations".
    func namesDetermination(at k: Int) -> Bool { tokens[k].text.hasPrefix("determination") }

    /// "Preliminary Negative Critical Circumstances Determination": a negative side finding on the timing of imports,
    /// not the case's; the duty may still be found, as the same title's "Affirmative ... Determination" says.
    func negativeSideFinding(at k: Int) -> Bool {
        tokens[k].text == "negative" && k + 1 < tokens.count && tokens[k + 1].text == "critical"
    }

    /// "Commerce Issues Affirmative Preliminary Determination on Chinese Solar Cells", "Preliminary Affirmative
    /// Determination": an affirmative determination with its stage is a trade-remedy step, the case unnamed.
    func stagedDetermination(after i: Int) -> Bool {
        guard i + 2 < titleTokenCount else { return false }
        let pair = Set([tokens[i].text, tokens[i + 1].text])
        return pair.contains("affirmative") && !pair.isDisjoint(with: ["final", "preliminary"]) && namesDetermination(at: i + 2)
    }

    /// China named in `span` as the one finding, not as where the goods come from: "from the People's Republic
    /// of China", "imports from Canada, Germany, and China" have a "from" within `reach` words before it.
    func chinaFinds(in span: Range<Int>, reach: Int = 6) -> Bool {
        span.contains { k in
            ann.actor[k]?.value == .china && !(max(span.lowerBound, k - reach)..<k).contains(where: { tokens[$0].text == "from" })
        }
    }

    static let findingVerbs: WordSet = ["finds", "find", "found", "preliminarily", "finally"]
    static let findingRemedies: WordSet = ["dumping", "dumped", "subsidization", "subsidies", "subsidized"]
    static let chinaNames: WordSet = ["china", "prc"]
    /// Words of a finding that opens no new duty: a sunset review, a negative or circumvention ruling, an end.
    static let noNewDutyWords: WordSet = ["negative", "likely", "continue", "continuation", "review", "sunset",
                                              "circumvention", "scope", "rescission", "termination", "revocation"]

    /// The press release's wording of the same step: "Commerce Preliminarily Finds Dumping of Imports of
    /// Steel Wheels from the People's Republic of China", "Industry Lauds Commerce's Affirmative Final
    /// Antidumping Duty Determinations on Imports of Steel Propane Cylinders from China". A duty found on
    /// Chinese goods, whoever reports it; a finding that dumping is "likely to continue" is a sunset review,
    /// which keeps an order in force (no move).
    func remedyFindingClaim() -> Claim? {
        let title = 0..<titleTokenCount
        if let dumper = dumperNamed(in: title) {
            // "China dumped steel wheels into U.S. market: Commerce Department": the finding names the dumper; the
            // other side found it. China's finding on American goods is its countermeasure.
            return Claim(topic: dumper == .china ? .tariffs : .nonTariffCountermeasures, actor: dumper.other,
                         direction: .tightening, modality: .action, evidence: evidence(title), matched: ["dumped", "market"],
                         inTitle: true, implied: true)
        }
        // The finding first: it is rare, and every item that reaches here is asked.
        let found = title.contains { i in
            if tokens[i].text == "affirmative" {
                let next = (i + 1)..<min(i + 7, titleTokenCount)
                // ("Makes Affirmative Final Determination in Trade Case on Chassis ... from China": the case named.)
                // ("Final Affirmative Determination in Chinese Aluminum Foil Case": the goods' case.)
                // ("Countervailing Duty Investigation of ... From the People's Republic of China: Final Affirmative
                // Determination": the case named before its step.)
                return (next.contains(where: { namesRemedy(at: $0) || ["case", "cases"].contains(tokens[$0].text) })
                        || (0..<i).contains(where: namesRemedy(at:)))
                    && next.contains(where: namesDetermination(at:))
                    || stagedDetermination(after: i)
                    // "DOC Preliminary Determination on Stainless Steel & Strip from China is Affirmative": the staged
                    // determination named first, its verdict last.
                    || i > 0 && ["is", "are", "was", "were"].contains(tokens[i - 1].text)
                        && (0..<(i - 1)).contains { ["final", "preliminary"].contains(tokens[$0].text) && namesDetermination(at: $0 + 1) }
            }
            // "Commerce issues final anti-dumping determination on Chinese steel nails": a determination named by its
            // stage and its case (a negative one says so: "negative" is a word of no new duty).
            if ["final", "preliminary"].contains(tokens[i].text) {
                let next = (i + 1)..<min(i + 5, titleTokenCount)
                return next.contains(where: namesRemedy(at:)) && next.contains(where: namesDetermination(at:))
                    || stagedDetermination(after: i)
            }
            // "Proclamation 8414--To Address Market Disruption From Imports of Certain Passenger Vehicle and Light Truck
            // Tires From the People's Republic of China", "ITC finds market disruption": the safeguard's finding
            // against China's goods (Section 421), or the remedy that answers it.
            if tokens[i].text == "market", i > 0, i + 1 < titleTokenCount, tokens[i + 1].text == "disruption" {
                return ["address", "addresses", "addressing", "remedy", "finds", "found", "determines", "determined", "affirmative",
                        "of"].contains(tokens[i - 1].text)
            }
            // "U.S. sets final dumping margins on cold-rolled steel products from China": the margins are the finding.
            // ("U.S. sets preliminary subsidy rates on aluminum foil from China": a subsidy rate is the same finding.)
            if ["rate", "rates"].contains(tokens[i].text), i > 0, ["subsidy", "countervailing", "dumping", "antidumping"].contains(tokens[i - 1].text) {
                return true
            }
            if ["margin", "margins"].contains(tokens[i].text) {
                return (max(0, i - 2)..<i).contains { Self.findingRemedies.contains(tokens[$0].text) || tokens[$0].text == "antidumping" }
            }
            // ("Commerce finds Chinese solar cells dumped": the goods may stand between. "China rules US sorghum was
            // dumped": "rules" right after the one ruling; "WTO rules in anti-dumping investigation" are a noun.)
            let rules = ["rules", "ruled"].contains(tokens[i].text) && i > 0
                && ["china", "beijing", "ministry", "mofcom", "commerce"].contains(tokens[i - 1].text)
            // (Up to the finding's word: "China finds US n-propanol dumped, imposes duties" goes on past a comma.)
            guard Self.findingVerbs.contains(tokens[i].text) || rules,
                  let f = ((i + 1)..<min(i + 6, titleTokenCount)).first(where: { Self.findingRemedies.contains(tokens[$0].text) })
            else { return false }
            return !((i + 1)..<f).contains(where: { tokens[$0].isBoundary
                    // "finds no dumping", "finds imports not dumped": no duty found.
                    || ["no", "not", "n't"].contains(tokens[$0].text) })
        }
        guard found else { return nil }
        // "China rules US sorghum was dumped": China's own finding on American goods is its countermeasure.
        if chinaFinds(in: title), title.contains(where: { ann.side[$0] == .us || ann.actor[$0]?.value == .us }),
           !title.contains(where: { tokens[$0].text == "chinese" || ann.otherEnds[$0] || Self.noNewDutyWords.contains(tokens[$0].text) }) {
            return Claim(topic: .nonTariffCountermeasures, actor: .china, direction: .tightening, modality: .action,
                         evidence: evidence(title), matched: ["dumped", "china"], inTitle: true, implied: true)
        }
        // The goods are China's ("from China", "Chinese aluminum"), and China is not the one finding dumping
        // ("China finds US phenol was dumped" is its own case on US goods).
        let chineseGoods = title.contains { i in
            tokens[i].text == "chinese" || tokens[i].text == "from"
                && ((i + 1)..<min(i + 7, titleTokenCount)).contains(where: { Self.chinaNames.contains(tokens[$0].text) })
        }
        guard chineseGoods, !chinaFinds(in: title), !title.contains(where: { Self.noNewDutyWords.contains(tokens[$0].text) }) else { return nil }
        return Claim(topic: .tariffs, actor: .us, direction: .tightening, modality: .action,
                     evidence: evidence(title), matched: ["determination", "china"], inTitle: true, implied: true)
    }
}

// A Section 301 finding as USTR words it: "The U.S. Trade Representative has determined that China's targeting
// of the maritime, logistics, and shipbuilding sectors for dominance is actionable under section 301", "USTR
// Finds China's Shipbuilding Practices Unreasonable". A finding against the other side's practices is a US
// tightening (../shared/eval/README.md: "a probe, investigation, finding ... against the other side"), and US
// Section 301 actions are tariffs.
extension ItemScan {
    /// The verdict words of a Section 301 finding (compared, not hashed: this runs on every sentence).
    static func isPracticeVerdict(_ t: String) -> Bool { t == "actionable" || t == "unreasonable" || t == "discriminatory" }
    static let findsWords: WordSet = ["finds", "found", "determines", "determined", "concludes", "concluded"]

    func practicesFindingClaim(in range: Range<Int>) -> Claim? {
        guard let verdict = range.first(where: { Self.isPracticeVerdict(tokens[$0].text) }),
              let f = (max(range.lowerBound, verdict - 20)..<verdict).first(where: { Self.findsWords.contains(tokens[$0].text) }),
              // The US finds it, named before the finding; China's practices are what it finds.
              (range.lowerBound..<f).contains(where: { ann.actor[$0]?.value == .us }),
              !(range.lowerBound..<f).contains(where: { ann.actor[$0]?.value == .china }),
              names(.china, in: (f + 1)..<verdict),
              // "finds China's practices not actionable".
              !((f + 1)..<verdict).contains(where: { ann.has(.negation, at: $0) }) else { return nil }
        return Claim(topic: .tariffs, actor: .us, direction: .tightening, modality: .action,
                     evidence: evidence(range), matched: [tokens[f].text, tokens[verdict].text, "china"],
                     inTitle: range.lowerBound < titleTokenCount, implied: true)
    }
}

// A negative injury vote ends a trade-remedy case with no order: "Tin Mill Products from Canada, China, and Germany
// Do Not Injure U.S. Industry, Says USITC", "USITC determined that a U.S. industry is not materially injured by
// reason of imports of ... from China". Commerce's dumping finding the same sentence recalls is the case's past;
// the vote lets the provisional duties lapse, a US tariff easing (Tests/Labels/README.md, round 40).
extension ItemScan {
    /// Words of a five-year (sunset) review: its injury finding keeps an order in force (no move).
    static let sunsetWords: WordSet = ["sunset", "likely", "recurrence", "continuation", "revocation", "review", "reviews",
                                           "revoking"]

    /// Words before an injury word that deny it: "not materially injured", "do not injure", "no injury",
    /// "negative injury determination", "neither materially injured nor threatened".
    static let deniedFindingWords: WordSet = ["not", "no", "negative", "n't", "neither"]

    /// An injury vote on Chinese goods, read from the sentence's injury words in one pass: a denied injury
    /// first (the vote ends the case), else an affirmed one (the case goes on to duties).
    func injuryVoteClaim(in range: Range<Int>) -> Claim? {
        var denied: Int?, affirmed: Int?
        for k in range where tokens[k].text.hasPrefix("injur") || harmsIndustry(at: k, range) {
            let before = max(range.lowerBound, k - 3)..<k
            // ("voted negatively that the imports from Canada, Germany, and China are injuring": the vote's own word.)
            let votedNegatively = (max(range.lowerBound, k - 16)..<k).contains { tokens[$0].text == "negatively" }
            if votedNegatively || before.contains(where: { Self.deniedFindingWords.contains(tokens[$0].text) }) {
                if denied == nil { denied = k }
            } else if affirmed == nil, before.contains(where: { tokens[$0].text.hasPrefix("material") })
                        || range.lowerBound < titleTokenCount && (["injure", "injures"].contains(tokens[k].text) || harmsIndustry(at: k, range)
                            // "ITC finds injury from Chinese steel nails", "finds US industry injured by Chinese steel nails".
                            || tokens[k].text == "injury" && before.contains(where: { Self.findingVerbs.contains(tokens[$0].text) || tokens[$0].text == "affirmative" })
                            || tokens[k].text == "injured" && before.contains(where: { Self.industryWords.contains(tokens[$0].text) }))
                        // "The U.S. International Trade Commission voted 5-0 that imports of Chinese tires harm U.S. producers".
                        || harmsIndustry(at: k, range) && (max(range.lowerBound, k - 14)..<k).contains(where: { Self.votingWords.contains(tokens[$0].text) }) {
                // "materially injured", "threatened with material injury"; a headline's "... from China Injure U.S. Industry".
                affirmed = k
            }
            if denied != nil && affirmed != nil { break }
        }
        if let i = denied, let claim = negativeInjuryClaim(at: i, range) { return claim }
        if let claim = affirmed.flatMap({ positiveInjuryClaim(at: $0, range) }) { return claim }
        return negativeDeterminationClaim(in: range)
    }

    /// "the USITC made negative final determinations in a number of antidumping duty ... investigations concerning
    /// aluminum extrusions ... from China": a trade-remedy case closed without duties, as a denied injury is.
    private func negativeDeterminationClaim(in range: Range<Int>) -> Claim? {
        guard let n = range.first(where: { k in tokens[k].text == "negative"
                  && !negativeSideFinding(at: k)
                  && ((k + 1)..<min(k + 4, range.upperBound)).contains(where: namesDetermination(at:)) }),
              range.contains(where: namesRemedy(at:)),
              !range.contains(where: { Self.sunsetWords.contains(tokens[$0].text) }) else { return nil }
        return negativeInjuryClaim(at: n, range)
    }

    /// An affirmative injury vote on Chinese goods: "USITC Votes to Continue Investigations on ... from China" over
    /// "determined that there is a reasonable indication that a U.S. industry is materially injured by reason of
    /// imports of ... from China"; "Gas Powered Pressure Washers from China Injure U.S. Industry, Says USITC". The case
    /// goes on to duties: a US tariff tightening (Tests/Labels/README.md, rounds 40 and 42: preliminary and final
    /// votes tighten). A sunset review's finding keeps an order and is none.
    private func positiveInjuryClaim(at i: Int, _ range: Range<Int>) -> Claim? {
        // The goods are China's: "imports of ... from China", "from China Injure".
        let goods = range.lowerBound..<min(i + 16, range.upperBound)
        // ("materially injured by unfairly traded imports of Chinese chassis": the goods' adjective says it too.)
        // (Not another country's case: "The government of India has imposed ... duties ... following findings of
        // ... material injury" names a third country and not the US.)
        guard namesUS || !otherItem, goods.contains(where: { k in tokens[k].text == "from"
                  && ((k + 1)..<min(k + 6, range.upperBound)).contains(where: { Self.chinaNames.contains(tokens[$0].text) })
                  || k > i && tokens[k].text == "chinese" && (max(i, k - 6)..<k).contains(where: { tokens[$0].text == "imports" })
                  // ("finds injury from Chinese steel nails", "injured by Chinese steel nails": the goods right after, in a headline.)
                  || k > i && k <= i + 2 && range.lowerBound < titleTokenCount && tokens[k].text == "chinese"
                      && ["from", "by"].contains(tokens[k - 1].text)
                  // ("hurt by Chinese steel wheel imports": the goods' adjective after the injury, before their imports.)
                  || k > i && tokens[k].text == "chinese" && ((k + 1)..<min(k + 5, range.upperBound)).contains(where: { tokens[$0].text == "imports" })
                  // ("ITC rules Chinese quartz imports injure US industry": the goods' adjective before the injury.)
                  || k < i && tokens[k].text == "chinese" && ((k + 1)..<min(k + 5, i)).contains(where: { tokens[$0].text == "imports" })
                  // ("voted that imports of Chinese tires harm U.S. producers": the imports named first.)
                  || k < i && tokens[k].text == "chinese" && (max(range.lowerBound, k - 3)..<k).contains(where: { tokens[$0].text == "imports" })
                  // ("ITC finds Chinese tires injure U.S. industry": the goods by name, in a headline; not a measure
                  // that harms, "Chinese tariffs hurt US industry".)
                  || k < i && i - k <= 4 && range.lowerBound < titleTokenCount && tokens[k].text == "chinese"
                      && ((k + 1)..<i).allSatisfy({ ann.topic[$0] == nil && !ann.inTopic[$0] && ann.objects[$0].isEmpty
                          && ann.actor[$0] == nil && ann.verb[$0] == nil && !tokens[$0].isBoundary }) }),
              !chinaFinds(in: range.lowerBound..<i),
              !range.contains(where: { Self.sunsetWords.contains(tokens[$0].text) }),
              !(0..<titleTokenCount).contains(where: { Self.sunsetWords.contains(tokens[$0].text) }) else { return nil }
        return Claim(topic: .tariffs, actor: .us, direction: .tightening, modality: .action, evidence: evidence(range),
                     matched: [tokens[i].text], inTitle: range.lowerBound < titleTokenCount, implied: true, ruling: true)
    }

    /// "ITC rules Chinese steel wheels do not harm US industry": harm or hurt done to an industry is the injury
    /// a vote finds, in a paper's words.
    /// ("U.S. trade panel finds U.S. producers hurt by Chinese steel wheel imports": the passive, the industry first.)
    func harmsIndustry(at k: Int, _ range: Range<Int>) -> Bool {
        // (Asked of every word of every sentence: the word sets are built once.)
        guard Self.harmWords.contains(tokens[k].text) else { return false }
        if k + 1 < range.upperBound, tokens[k + 1].text == "by", tokens[k].text == "hurt" || tokens[k].text == "harmed" {
            return (max(range.lowerBound, k - 3)..<k).contains { Self.industryWords.contains(tokens[$0].text) }
        }
        return ((k + 1)..<min(k + 4, range.upperBound)).contains { Self.industryWords.contains(tokens[$0].text) }
    }
    static let harmWords: WordSet = ["harm", "harms", "harmed", "hurt", "hurts"]
    /// A trade body's vote or finding, before what it found: "voted 5-0 that imports ... harm U.S. producers".
    static let votingWords: WordSet = ["voted", "votes", "ruled", "rules", "determined", "determines", "found", "finds"]
    static let industryWords: WordSet = ["industry", "industries", "producers", "makers"]

    private func negativeInjuryClaim(at i: Int, _ range: Range<Int>) -> Claim? {
        guard namesUS || !otherItem, names(.china, in: range) || names(.china, in: 0..<titleTokenCount),
              // The US's own goods in China's case ("China finds US phenol did not injure ...") are China's call.
              !chinaFinds(in: range.lowerBound..<i, reach: 8) else { return nil }
        return Claim(topic: .tariffs, actor: .us, direction: .easing, modality: .action, evidence: evidence(range),
                     matched: ["not", tokens[i].text], inTitle: range.lowerBound < titleTokenCount, implied: true, ruling: true)
    }
}

// Commerce's press-release wording of a case opened: "Initiation of Antidumping Duty and Countervailing Duty
// Investigations of Gas Powered Pressure Washers from China and Vietnam", "announced the initiation of
// antidumping duty (AD) investigations of certain glass wine bottles from Chile, the People's Republic of China
// (China), and Mexico". An investigation opened on Chinese goods, among others or alone, is a US tariffs
// tightening as the Federal Register's "...: Initiation of Less-Than-Fair-Value Investigation" is.
extension ItemScan {
    static let initiationWords: WordSet = ["initiation", "initiates", "initiated"]
    /// Words of a case in force rather than opened: reviews of an order, inquiries into its scope or evasion.
    static let orderInForceWords: WordSet = ["review", "reviews", "administrative", "sunset", "scope", "circumvention",
                                             "anticircumvention", "expiry"]

    func remedyInitiationClaim(in range: Range<Int>) -> Claim? {
        guard let k = range.first(where: { Self.initiationWords.contains(tokens[$0].text) }) else { return nil }
        let window = (k + 1)..<min(k + 10, range.upperBound)
        guard window.contains(where: { Self.remedyWords.contains(tokens[$0].text) }),
              let inv = window.first(where: { tokens[$0].text.hasPrefix("investigation") }),
              let from = ((inv + 1)..<min(inv + 14, range.upperBound)).first(where: { tokens[$0].text == "from" }),
              ((from + 1)..<min(from + 12, range.upperBound)).contains(where: { Self.chinaNames.contains(tokens[$0].text) }),
              !range.contains(where: { Self.orderInForceWords.contains(tokens[$0].text) }),
              !chinaFinds(in: range.lowerBound..<k),
              // ("The European Union has initiated anti-subsidy ... investigations on products from China": another's case.)
              !(range.lowerBound..<k).contains(where: { ann.other[$0] }) else { return nil }
        return Claim(topic: .tariffs, actor: .us, direction: .tightening, modality: .action, evidence: evidence(range),
                     matched: [tokens[k].text, tokens[inv].text, "china"], inTitle: range.lowerBound < titleTokenCount, implied: true)
    }
}

// MOFCOM's title for a case it opens names no step: "MOFCOM Announcement No.13 of 2018 on Countervailing
// Investigation against Imports of Grain Sorghum Originating in the United States". Its English titles name a
// step in their own words too: "on case-filing for anti-dumping investigation against imports of optical fiber
// preform originated in Japan and US", "on Anti-Subsidy Ruling on USA Solar Polysilicon". A case opened or ruled
// on US goods is China's countermeasure; a review of duties in force ("Ruling of the Expiry Review") is not read.
extension ItemScan {
    /// The words of a step MOFCOM names before its case: "case-filing for", "the final ruling of".
    static let mofcomStepWords: WordSet = ["case", "filing", "case-filing", "for", "of", "the", "final", "preliminary"]

    func mofcomCaseOpenedClaim(in range: Range<Int>) -> Claim? {
        guard range.lowerBound == 0, range.upperBound <= titleTokenCount,
              let on = range.first(where: { tokens[$0].text == "on" }), on > 0,
              (0..<on).contains(where: { ["announcement", "announcements"].contains(tokens[$0].text) }) else { return nil }
        // A step's words, then only remedy words before "investigation" or "ruling": no review.
        var k = on + 1
        while k < range.upperBound, Self.mofcomStepWords.contains(tokens[k].text) || tokens[k].text == "-" { k += 1 }
        let remedy = k
        while k < range.upperBound, Self.remedyWords.contains(tokens[k].text) || ["anti", "and", "-"].contains(tokens[k].text) { k += 1 }
        guard k > remedy, k < range.upperBound, tokens[k].text.hasPrefix("investigation") || tokens[k].text == "ruling",
              k + 2 < range.upperBound, ["against", "into", "on"].contains(tokens[k + 1].text),
              !range.contains(where: { Self.orderInForceWords.contains(tokens[$0].text) }) else { return nil }
        // The goods are American: "against imports of ... originating in the United States", "on USA Solar Polysilicon".
        let american: Bool
        if tokens[k + 2].text == "imports" {
            guard let us = ((k + 3)..<range.upperBound).first(where: { ann.actor[$0]?.value == .us }) else { return nil }
            american = ((k + 3)..<us).contains(where: { ["originating", "originated", "from"].contains(tokens[$0].text) })
        } else {
            american = ann.actor[k + 2]?.value == .us || ann.side[k + 2] == .us || tokens[k + 2].text == "usa"
        }
        guard american else { return nil }
        return Claim(topic: .nonTariffCountermeasures, actor: .china, direction: .tightening, modality: .action,
                     evidence: evidence(range), matched: ["announcement", "on", tokens[k].text, tokens[k + 2].text],
                     inTitle: true, implied: true)
    }
}
