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
    case object(ObjectClasses)
    case cue(Cues)
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
    /// adjust, amend, modify: a change that says neither way; no claim of its own.
    case modifier
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

/// What a noun is to a verb that acts on it. A set: "truce" is a respite and a deal.
struct ObjectClasses: OptionSet, Sendable {
    let rawValue: UInt8

    /// controls, tariffs, bans, sanctions, probes, fees.
    static let measure = ObjectClasses(rawValue: 1 << 0)
    /// exports, sales, licences, talks, purchases.
    static let flow = ObjectClasses(rawValue: 1 << 1)
    /// truces, suspensions, pauses, exemptions: extending them eases.
    static let respite = ObjectClasses(rawValue: 1 << 2)
    /// a list one is added to.
    static let list = ObjectClasses(rawValue: 1 << 3)
    /// a probe or investigation one opens.
    static let probe = ObjectClasses(rawValue: 1 << 4)
    /// a deal, framework, truce one reaches.
    static let deal = ObjectClasses(rawValue: 1 << 5)

    /// What restricts: measures, lists, probes.
    static let measures: ObjectClasses = [.measure, .list, .probe]
}

/// What a cue word says about the words around it. A set: "to" is an
/// infinitive, a preposition and an adverb-like link at once.
struct Cues: OptionSet, Sendable {
    let rawValue: UInt32

    static let signal = Cues(rawValue: 1 << 0)
    /// "reportedly", "sources say": the whole sentence is a report, not a decision.
    static let source = Cues(rawValue: 1 << 1)
    static let announced = Cues(rawValue: 1 << 2)
    /// "effective immediately", "took effect".
    static let immediate = Cues(rawValue: 1 << 3)
    static let negation = Cues(rawValue: 1 << 4)
    /// "urges", "demands", "calls on": the other side's request, not a move.
    static let demand = Cues(rawValue: 1 << 5)
    /// "after", "if", "before": the clause it opens is background or condition.
    static let background = Cues(rawValue: 1 << 6)
    /// "customs data showed": a report of flows, not a policy move.
    static let report = Cues(rawValue: 1 << 7)
    /// "analysis", "why": commentary on positions.
    static let analysis = Cues(rawValue: 1 << 8)
    /// "retains", "keeps", "still": the status quo.
    static let hold = Cues(rawValue: 1 << 9)
    /// "to", modals, adverbs: what may stand between a subject and its verb.
    static let infinitive = Cues(rawValue: 1 << 10)
    static let modal = Cues(rawValue: 1 << 11)
    static let adverb = Cues(rawValue: 1 << 12)
    static let preposition = Cues(rawValue: 1 << 13)
    /// "mining", "quotas": domestic production, not export controls.
    static let domestic = Cues(rawValue: 1 << 14)
    /// "new", "additional", "extra": a new measure even without a verb.
    static let novelty = Cues(rawValue: 1 << 15)
    /// "by" after a passive verb names the actor.
    static let agent = Cues(rawValue: 1 << 16)
    static let percentUnit = Cues(rawValue: 1 << 17)
    static let from = Cues(rawValue: 1 << 18)
    static let toWord = Cues(rawValue: 1 << 19)
    /// "denies", "rules out": the move is denied, no claim at all.
    static let denial = Cues(rawValue: 1 << 20)
    /// "agree", "pledge": before a negation, a de-escalation ("agree not to escalate").
    static let commitment = Cues(rawValue: 1 << 21)
    /// "Iranian oil", "Hong Kong": sanctions for reasons outside trade policy.
    static let offTopic = Cues(rawValue: 1 << 22)
    /// "China protests after US adds firms ...": in a headline, the "after" clause is the news.
    static let reaction = Cues(rawValue: 1 << 23)
    /// "aimed at", "looking to": what talks are for, not what they decided.
    static let goal = Cues(rawValue: 1 << 24)
    /// "request for comments", "public hearing": process, not a move.
    static let consultation = Cues(rawValue: 1 << 25)
}
