import Model

// Step 5 of a verb claim (ItemScan+VerbClaims.swift): who acts.
extension ItemScan {
    /// The subject before the verb, a passive's agent, the patient of a
    /// headline passive, the owner of the measure, the side the target is
    /// not, and last whoever the headline or lede names. nil when a third
    /// country acts ("EU imposes ...") or no one can be told.
    func claimActor(_ v: Int, verb: Annotations.VerbSpan, object: inout VerbObject, term: TopicTerm, clause: Int,
                    _ range: Range<Int>) -> ClaimActor? {
        var actor: Actor?
        var actorText: String?
        // "responds to the US imposing tariffs": an actor right before a gerund is its subject; "Remarks on
        // US Addition of Chinese Entities": right before a change noun, its owner.
        if tokens[v].text.hasSuffix("ing") || verb.value.isChangeNoun, v - 1 >= range.lowerBound, ann.actorEnds[v - 1] {
            if let a = ann.actor[actorStart(endingAt: v - 1, from: range.lowerBound)] { return ClaimActor(actor: a.value, text: a.text) }
        }
        // "Answers Reporter's Question on China's Suspension of Export Controls": the possessor of a change noun owns it.
        if verb.value.isChangeNoun, v - 2 >= range.lowerBound, ["'s", "’s"].contains(tokens[v - 1].text), ann.actorEnds[v - 2],
           let a = ann.actor[actorStart(endingAt: v - 2, from: range.lowerBound)] {
            return ClaimActor(actor: a.value, text: a.text)
        }
        // "a one-year pause on U.S. port fees for China-linked vessels": a government named right before the
        // measure a change noun acts on owns it.
        if verb.value.isChangeNoun, object.start < object.end {
            var k = object.start
            while k < object.end, Self.determiners.contains(tokens[k].text) { k += 1 }
            // (Not "U.S. poultry import restrictions", whose "U.S." names the goods, nor "the US-China tariff fight".)
            if k < object.end, let a = ann.actor[k], !tokens[k].hyphenAfter {
                var e = k
                while e < object.end, ann.actor[e] != nil || ["'s", "’s"].contains(tokens[e].text) { e += 1 }
                if e < object.end, let span = ann.topic[e], !tokens[e - 1].hyphenAfter,
                   (e..<min(e + span.length, object.end)).contains(where: { ann.objects[$0].contains(.measure) }) {
                    return ClaimActor(actor: a.value, text: a.text)
                }
            }
        }
        // "to defend Chinese firms added to US entity list": firms put on a list named by its owner; the owner acts,
        // not whoever speaks in the main clause.
        if verb.value.participle, v - 1 >= range.lowerBound, Self.targetNouns.contains(tokens[v - 1].text),
           object.start + 2 < range.upperBound, tokens[object.start].text == "to",
           let owner = ann.actor[object.start + 1]?.value ?? ann.side[object.start + 1],
           ((object.start + 1)..<min(object.start + 5, range.upperBound)).contains(where: { ann.objects[$0].contains(.list) }) {
            return ClaimActor(actor: owner, text: nil)
        }
        if companySubject(before: v, verb: verb, object: object, range) || genericSubject(before: v, range) { return nil }
        // "opposition to the United States' decision to include 11 Chinese firms": the decision's owner acts.
        // ("voiced strong dissatisfaction with its US counterpart's ruling to impose anti-dumping duties": a ruling
        // too, and its owner may be a side's office.)
        if v - 3 >= range.lowerBound, tokens[v - 1].text == "to",
           Self.decisionWords.contains(tokens[v - 2].text) || Self.rulingNouns.contains(tokens[v - 2].text) {
            var e = v - 3
            if ["'s", "’s"].contains(tokens[e].text) { e -= 1 }
            if e > range.lowerBound, Self.officeNouns.contains(tokens[e].text), ann.actorEnds[e - 1] { e -= 1 }
            // "the Japanese government's decision to implement the curbs": a third country decides.
            if e >= range.lowerBound, ann.otherEnds[e] || e > range.lowerBound && ann.other[e - 1] && Self.governmentNouns.contains(tokens[e].text) {
                return nil
            }
            if e >= range.lowerBound, ann.actorEnds[e] {
                if let a = ann.actor[actorStart(endingAt: e, from: range.lowerBound)] { return ClaimActor(actor: a.value, text: a.text) }
            }
        }
        // "China commerce ministry condemns US tariffs, will take countermeasures": a headline's second
        // predicate after a comma has the headline's subject.
        if range.lowerBound < titleTokenCount, let c = (max(range.lowerBound, v - 4)..<v).last(where: { tokens[$0].text == "," }),
           ((c + 1)..<v).allSatisfy({ ann.has(.modal, at: $0) || ann.has(.adverb, at: $0) || ann.has(.infinitive, at: $0) }),
           let first = (range.lowerBound..<c).first(where: { ann.actor[$0] != nil && !governedByPreposition($0, range) }),
           !(range.lowerBound..<first).contains(where: { ann.otherEnds[$0] }),
           (first..<c).contains(where: { ann.verb[$0] != nil || ann.has(.reaction, at: $0) }) {
            let a = ann.actor[first]!
            return ClaimActor(actor: a.value, text: a.text)
        }
        // "US defence firms sanctioned by China": a passive's agent right after it acts; its subject is the target.
        if verb.value.participle, object.start < object.end, tokens[object.start].text == "by", let agent = object.agent {
            return ClaimActor(actor: agent, text: nil)
        }
        var j = v - 1
        while j >= range.lowerBound, actor == nil {
            let governed = governedByPreposition(j, range)
            if ann.otherEnds[j], !governed { return nil }  // a third country acts ("EU imposes ...")
            // "US-China Agree to Reduce Tariffs", "U.S.-China Extend Tariff Truce": a joint pair right before
            // its verb is the subject (before a noun, "US-China trade talks", it is a modifier).
            let jointSubject = jointModifier(j) && !tokens[j].hyphenAfter
                && ((j + 1)..<v).allSatisfy { ann.has(.modal, at: $0) || ann.has(.adverb, at: $0) || ann.has(.infinitive, at: $0)
                    || tokens[$0].text == "to" || ann.verb[$0] != nil && $0 + 1 < v && tokens[$0 + 1].text == "to" }
            // "Five US firms added to China's list": a nationality before its firms is the target, not the subject.
            let modifiesFirms = ann.actor[j].map { j + $0.length < v && Self.targetNouns.contains(tokens[j + $0.length].text) } ?? false
            // "Nvidia H200 China Sales Rules Eased", "Section 301 China Import Tariff Duty Rates Raised": a side's
            // name inside a compound, between a term and its noun, says where, not who.
            let insideCompound = ann.actor[j].map { a in
                j > range.lowerBound && (ann.topic[j - 1] != nil || ann.inTopic[j - 1] || tokens[j - 1].isNumber)
                    && !tokens[j - 1].isBoundary && j + a.length < v && !tokens[j + a.length].isBoundary
                    && (ann.verb[j + a.length] == nil || ann.verb[j + a.length]!.value.alsoNoun)
                    && !["'s", "’s"].contains(tokens[j + a.length].text)
            } ?? false
            // "China Tariff Exclusions Extended": a side's name opening a headline passive's compound subject, right
            // before its term, says where too.
            let leadsCompound = ann.actor[j].map { a in
                verb.value.participle && headlinePassive(v, verb: verb, range)
                    && (range.lowerBound..<j).allSatisfy({ ann.has(.novelty, at: $0) }) && range.lowerBound < titleTokenCount && j + a.length < v
                    && !["'s", "’s"].contains(tokens[j + a.length].text)
                    && ((j + a.length)..<v).contains { ann.topic[$0] != nil }
                    && !((j + a.length)..<v).contains { tokens[$0].isBoundary || ann.actor[$0] != nil
                        // ("List 1": a name with its number, not the verb.)
                        || ann.verb[$0].map { !$0.value.alsoNoun && !$0.value.isChangeNoun } ?? false && !tokens[$0 + 1].isNumber }
            } ?? false
            // "10% China Tariffs Will Rise": the country's name as a noun before tariffs is where they fall.
            let whereTariffsFall = j + 1 < v && namesWhereTariffsFall(j, range)
            // "China opposes addition of 33 Chinese entities to U.S. list": who reacts to a change noun does not make it.
            let reactsToIt = verb.value.isChangeNoun && ((j + 1)..<v).contains { ann.has(.reaction, at: $0) }
            if let a = ann.actor[j], !governed, !jointModifier(j) || jointSubject, !objectOfVerb(j), !modifiesFirms || !verb.value.participle,
               !insideCompound, !leadsCompound, !whereTariffsFall, !reactsToIt {
                // "Mexico's Congress": an agency of a third country.
                if j >= 2, tokens[j - 1].text == "'s", ann.otherEnds[j - 2] { return nil }
                actor = a.value
                actorText = a.text
            }
            j -= 1
        }
        // "Modifying Reciprocal Tariff Rates to Reflect Discussions with the People's Republic of China":
        // the side the talks are with is the partner; the other side changes its own measure.
        if actor == nil, verb.value.verbClass == .modifier, let partner = talksPartner(after: v, range) { actor = partner.other }
        if actor == nil { actor = object.agent }
        // "guidance that said using Huawei Ascend chips likely violates export controls": the violator is the
        // target; the rules broken are the other side's.
        if ["violate", "breach"].contains(verb.value.lemma),
           let violator = (clause..<v).compactMap({ ann.actor[$0] == nil ? ann.side[$0] : nil }).last {
            return ClaimActor(actor: violator.other, text: nil)
        }
        if verb.value.lemma == "face" || verb.value.lemma == "fail" {
            // "Nvidia chips face scrutiny in China customs crackdown", "China faces new US tariffs": the
            // subject is the target; the other side acts.
            // "US chip firms face new export curbs on China sales": curbs on exports bound for China are the US's,
            // whoever faces them.
            if let x = object.span.first(where: { ["export", "exports"].contains(tokens[$0].text) }),
               object.span.contains(where: { $0 > x && (ann.actor[$0]?.value == .china || ann.side[$0] == .china) }),
               !object.span.contains(where: { ann.actor[$0]?.value == .us || ann.side[$0] == .us }) {
                return ClaimActor(actor: .us, text: nil)
            }
            // "US ethane exports to China face new licensing hurdles": the exports that face them are bound for China.
            if let x = (clause..<v).first(where: { ["export", "exports"].contains(tokens[$0].text) }), x + 2 <= v,
               tokens[x + 1].text == "to", ann.actor[x + 2]?.value == .china || ann.side[x + 2] == .china {
                return ClaimActor(actor: .us, text: nil)
            }
            if let a = actor { return ClaimActor(actor: a.other, text: nil) }
            if let patient = (clause..<v).compactMap({ ann.side[$0] }).last { return ClaimActor(actor: patient.other, text: nil) }
            return nil
        }
        if actor == nil, verb.value.participle || verb.value.isChangeNoun {
            // "Imposition of tariffs on imports from Mexico, China and Canada by the U.S.": the agent may follow the object.
            actor = agent(after: object.end, range)
        }
        // "Five US firms added to China's export control list": the owner of what they are put on acts.
        if actor == nil, verb.value.participle, let k = object.span.first(where: { tokens[$0].text == "to" && $0 + 2 < object.end
            && (ann.actor[$0 + 1] != nil || ann.side[$0 + 1] != nil) && ["'s", "’s"].contains(tokens[$0 + 2].text) }) {
            actor = ann.actor[k + 1]?.value ?? ann.side[k + 1]
        }
        if actor == nil, headlinePassive(v, verb: verb, range) {
            // "Micron banned from ...": the firm before a headline passive is the target, the other side acts.
            if let patient = (clause..<v).compactMap({ ann.side[$0] }).last,
               !(patient == .us && destination(.china, in: object.span)) {
                actor = patient.other
            }
        }
        if actor == nil, let owner = contextOwner(of: term) { actor = owner }
        // The target names the other side: "tariff exclusions for Chinese goods allowed to expire". Asked
        // before a term both sides hold picks its first owner: "Export requirements added for 44 Chinese
        // entities" are the US's.
        func byTarget() -> Actor? {
            let before = (clause..<v).compactMap { ann.side[$0] }
            let china = object.targetChina || before.contains(.china), us = object.targetUS || before.contains(.us)
            return china && !us ? .us : us && !china ? .china : nil
        }
        // Only a measure's target: a firm allowed to sell is its own government's ("allow Nvidia to resume exports").
        if actor == nil, verb.value.verbClass != .easing, Set(term.candidates.compactMap(\.actor)).count > 1,
           let other = byTarget() { actor = other }
        if actor == nil { actor = unnamedOwner(of: term) }
        if actor == nil {
            let before = (clause..<v).compactMap { ann.side[$0] }
            object.targetChina = object.targetChina || before.contains(.china)
            object.targetUS = object.targetUS || before.contains(.us)
            actor = byTarget()
        }
        // Last, whoever the headline, else the lede, names ("Notice of Action: Suspension of ..."; "USTR suspends ...").
        if actor == nil { actor = titleActor ?? itemActor }
        if actor == nil { actor = instrumentOwner(inSentenceOf: v) }
        // "US-China Trade Truce Extended": a deal both sides named jointly hold is both sides'; the US stands for them.
        if actor == nil, term.candidates.contains(where: { $0.topic == .talks }), hasUS, hasChina { actor = .us }
        return actor.map { ClaimActor(actor: $0, text: actorText) }
    }

    /// The topic as the actor's own: a generic term resolves by who acts; a
    /// named subject acting on the other side's instrument is someone else's
    /// story ("China grants exemptions for chip exports"), unless it acts on a
    /// generic measure of its own ("China eases curbs on exports of drone parts").
    func ownedTopic(_ subject: ClaimActor, term topicTerm: TopicTerm, object: VerbObject)
        -> (topic: Topic, actor: Actor, term: TopicTerm)? {
        var who = subject.actor
        var term = topicTerm
        var resolved = term.resolve(for: who)
        if term.deferential, let better = specificByActor[who], better != resolved.topic,
           better != .talks, resolved.topic != .tariffs {
            resolved = (better, who)
        }
        if let owner = resolved.actor, owner != who {
            let headGeneric = object.headTopic.flatMap { ann.topic[$0]!.value.specific ? nil : $0 }
            let ownMeasure = subject.text == nil ? nil
                : (headGeneric ?? (resolved.topic != .rareEarthExports ? object.firstGeneric : nil)).flatMap { ann.topic[$0]?.value }
            if let own = ownMeasure, own.candidates.contains(where: { $0.actor == who }) {
                term = own
                resolved = own.resolve(for: who)
            } else if subject.text != nil {
                return nil
            } else {
                who = owner
            }
        }
        return (resolved.topic, who, term)
    }

    /// A firm is the subject ("Nvidia to exclude China from forecasts",
    /// "Boeing resumes deliveries"): company news, not a government's move,
    /// unless it receives a permission or is the patient of a passive.
    func companySubject(before v: Int, verb: Annotations.VerbSpan, object: VerbObject, _ range: Range<Int>) -> Bool {
        // ("Micron fails cybersecurity review in China": a firm that fails a review is its target, as one that faces it.)
        if verb.value.participle || ["regain", "lose", "face", "fail"].contains(verb.value.lemma) { return false }
        // "Qualcomm hit with Chinese antitrust probe": the firm is the target of a measure.
        if withMeasure(object.span) { return false }
        // A firm receiving a licence is the government's grant; a firm securing a contract is business.
        if Self.receivers.contains(verb.value.lemma), !object.all.contains(.deal) { return false }
        // "Synopsys halts China sales after Commerce Department order": the firm reports a government's decision.
        if range.contains(where: { ann.actor[$0] != nil }),
           range.contains(where: { Self.decisionNouns.contains(tokens[$0].text) }) { return false }
        var p = v - 1
        while p >= range.lowerBound, ann.has(.adverb, at: p) || ann.has(.modal, at: p) || ann.has(.infinitive, at: p) {
            p -= 1
        }
        // "Nvidia says it will stop selling": the pronoun stands for the clause's first subject.
        if p >= range.lowerBound, ["it", "they"].contains(tokens[p].text) {
            var q = p - 1
            while q >= range.lowerBound, ann.actor[q] == nil, ann.side[q] == nil { q -= 1 }
            if q >= range.lowerBound, ann.actor[q] == nil, ann.side[q] != nil { p = q } else { return false }
        }
        guard p >= range.lowerBound, ann.actor[p] == nil, !ann.actorEnds[p], ann.side[p] != nil else { return false }
        return !Self.nationalities.contains(tokens[p].text) && !governedByPreposition(p, range)
    }

    /// Nouns of a government's decision that a firm may report.
    static let decisionNouns: WordSet = ["order", "orders", "licence", "licences", "license", "licenses", "approval",
                                             "assurances", "assurance", "permission", "letter", "ban", "rule",
                                             "requirement", "requirements", "waiver", "waivers"]
}
