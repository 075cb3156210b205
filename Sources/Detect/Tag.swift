import Model

/// What a lexicon phrase means to the claim extractor. One phrase can carry
/// several tags ("sanctions" is a verb, a measure noun and a topic term).
enum Tag: Sendable {
    case topic(TopicTerm)
    case actor(Actor)
    /// Marks an item as involving a side (adjectives, firms) without being a subject.
    case side(Actor)
    case otherCountry
    case verb(VerbSense)
    case object(ObjectClass)
    case cue(Cue)
}

/// A term that recognises a topic. A *specific* term names one topic; a
/// generic one ("export controls", "sanctions") resolves by who acts.
struct TopicTerm: Sendable {
    var candidates: [(topic: Topic, actor: Actor?)]
    var specific: Bool
    /// A bare "controls"/"restrictions": the item's own specific topic for
    /// that actor ("US eases curbs" in an EDA story) is the better reading.
    var deferential = false

    func resolve(for actor: Actor?) -> (topic: Topic, actor: Actor?) {
        if let actor, let hit = candidates.first(where: { $0.actor == actor }) { return hit }
        if let open = candidates.first(where: { $0.actor == nil }) { return open }
        return candidates[0]
    }
}

/// How a verb sets the direction of a claim.
enum VerbClass: Sendable, Equatable {
    case easing
    case tightening
    /// suspend, halt, cut: easing on measures (controls, tariffs), tightening on flows (exports, licences).
    case reducer
    /// raise, expand: tightening on measures, easing on flows.
    case increaser
    /// extend: easing on truces, pauses and exemptions, tightening on controls.
    case extender
    /// delay: a delayed new tariff is still a new tariff (tightening, announced); delayed controls are easing.
    case delayer
    /// open, launch, initiate: tightening only on probes and investigations.
    case starter
    /// add, place, put: tightening only onto a list.
    case adder
    /// reach, sign, agree on: easing only on deals, frameworks, truces.
    case settler
    /// collapse, break down: tightening, only of talks.
    case breakdown
    /// rise, go up: tightening, only of tariffs ("exports rise" is trade data).
    case rise
}

struct VerbSense: Sendable {
    var lemma: String
    var verbClass: VerbClass
    /// Also a noun ("ban", "curbs", "probe"): counts as a verb only after a subject, "to" or a modal.
    var alsoNoun: Bool
    /// A past participle, which after a noun is attributive ("tariffs imposed on ...").
    var participle: Bool
    /// The topic a verb names by itself ("China sanctions ...").
    var impliedTopic: TopicTerm?
    /// Signal verbs ("threatens") carry their own modality.
    var isThreat: Bool
    /// The noun of a change ("suspension of", "expansion of"): official
    /// titles nest them, and an outer one turns the inner one around.
    var isChangeNoun = false
}

enum ObjectClass: Sendable {
    /// controls, tariffs, bans, sanctions, probes, fees.
    case measure
    /// exports, sales, licences, talks, purchases.
    case flow
    /// truces, suspensions, pauses, exemptions: extending them eases.
    case respite
    /// a list one is added to.
    case list
    /// a probe or investigation one opens.
    case probe
    /// a deal, framework, truce one reaches.
    case deal

    var bit: UInt8 {
        switch self {
        case .measure: 1 << 0
        case .flow: 1 << 1
        case .respite: 1 << 2
        case .list: 1 << 3
        case .probe: 1 << 4
        case .deal: 1 << 5
        }
    }
}

enum Cue: Sendable, Equatable {
    case signal
    /// "reportedly", "sources say": the whole sentence is a report, not a decision.
    case source
    case announced
    /// "effective immediately", "took effect".
    case immediate
    case negation
    /// "urges", "demands", "calls on": the other side's request, not a move.
    case demand
    /// "after", "if", "before": the clause it opens is background or condition.
    case background
    /// "customs data showed": a report of flows, not a policy move.
    case report
    /// "analysis", "why": commentary on positions.
    case analysis
    /// "retains", "keeps", "still": the status quo.
    case hold
    /// "to", modals, adverbs: what may stand between a subject and its verb.
    case infinitive
    case modal
    case adverb
    case preposition
    /// "mining", "quotas": domestic production, not export controls.
    case domestic
    /// "new", "additional", "extra": a new measure even without a verb.
    case novelty
    /// "by" after a passive verb names the actor.
    case agent
    case percentUnit
    case from
    case toWord
    /// "denies", "rules out": the move is denied, no claim at all.
    case denial
    /// "agree", "pledge": before a negation, a de-escalation ("agree not to escalate").
    case commitment
    /// "Iranian oil", "Hong Kong": sanctions for reasons outside trade policy.
    case offTopic
    /// "China protests after US adds firms ...": in a headline, the "after" clause is the news.
    case reaction

    var bit: UInt32 {
        switch self {
        case .signal: 1 << 0
        case .source: 1 << 1
        case .announced: 1 << 2
        case .immediate: 1 << 3
        case .negation: 1 << 4
        case .demand: 1 << 5
        case .background: 1 << 6
        case .report: 1 << 7
        case .analysis: 1 << 8
        case .hold: 1 << 9
        case .infinitive: 1 << 10
        case .modal: 1 << 11
        case .adverb: 1 << 12
        case .preposition: 1 << 13
        case .domestic: 1 << 14
        case .novelty: 1 << 15
        case .agent: 1 << 16
        case .percentUnit: 1 << 17
        case .from: 1 << 18
        case .toWord: 1 << 19
        case .denial: 1 << 20
        case .commitment: 1 << 21
        case .offTopic: 1 << 22
        case .reaction: 1 << 23
        }
    }
}
