import Model

/// What the lexicon knows about an item's words, as gate features: the
/// class of each verb (reducer, increaser, ...), what it meets next (the
/// first topic and the first object class after it), the topics, actors and
/// cues the headline names. Words the labelled sets never showed the gate
/// ("curtails", "pares back") still reach it through their class, so it
/// generalises past the training items' own vocabulary.
///
/// Every feature is a precomputed hash from a small table (no `String` is
/// built per item); `names` maps them back for writing weights.
enum GateClassFeatures {
    private static let verbClasses: [VerbClass] = [.easing, .tightening, .reducer, .increaser, .extender, .delayer,
                                                   .starter, .adder, .settler, .breakdown, .rise, .modifier]
    private static let objectClasses: [(ObjectClasses, String)] = [(.measure, "measure"), (.flow, "flow"),
        (.respite, "respite"), (.list, "list"), (.probe, "probe"), (.deal, "deal")]
    private static let cues: [(Cues, String)] = [(.negation, "negation"), (.hold, "hold"), (.demand, "demand"),
        (.signal, "signal"), (.denial, "denial"), (.novelty, "novelty"), (.background, "background"),
        (.analysis, "analysis"), (.source, "source"), (.consultation, "consultation")]

    /// Feature text by hash, for every feature this file can emit.
    static let names: [UInt64: String] = {
        var out: [UInt64: String] = [:]
        for t in table.verb { out[t.plain] = t.plainName; out[t.headline] = "T" + t.plainName }
        for row in table.verbTopic { for f in row { out[f.hash] = f.name } }
        for row in table.verbObject { for f in row { out[f.hash] = f.name } }
        for f in table.topic + table.headlineTopic + table.headlineActor + table.headlineCue { out[f.hash] = f.name }
        return out
    }()

    private struct Named { var hash: UInt64; var name: String }
    private struct VerbRow { var plain: UInt64; var headline: UInt64; var plainName: String }
    private struct Table {
        var verb: [VerbRow] = []
        var verbTopic: [[Named]] = []
        var verbObject: [[Named]] = []
        var topic: [Named] = []
        var headlineTopic: [Named] = []
        var headlineActor: [Named] = []
        var headlineCue: [Named] = []
    }

    private static func named(_ s: String) -> Named { Named(hash: GateFeatures.hash(of: s), name: s) }

    private static let table: Table = {
        var t = Table()
        for c in verbClasses {
            let name = "C:V:\(c)"
            t.verb.append(VerbRow(plain: GateFeatures.hash(of: name), headline: GateFeatures.hash(of: "T" + name), plainName: name))
            t.verbTopic.append(Topic.allCases.map { named("C:VT:\(c):\($0.rawValue)") })
            t.verbObject.append(objectClasses.map { named("C:VO:\(c):\($0.1)") })
        }
        t.topic = Topic.allCases.map { named("C:N:\($0.rawValue)") }
        t.headlineTopic = Topic.allCases.map { named("TC:N:\($0.rawValue)") }
        t.headlineActor = [named("TC:A:US"), named("TC:A:China")]
        t.headlineCue = cues.map { named("TC:Q:\($0.1)") }
        return t
    }()

    /// The class features of an annotated item, appended to `out`.
    static func extract(tokens: [Token], ann: Annotations, titleTokenCount: Int, into out: inout [UInt64]) {
        let t = table
        for i in tokens.indices {
            let headline = i < titleTokenCount
            if let span = ann.topic[i], let first = span.value.candidates.first,
               let k = Topic.allCases.firstIndex(of: first.topic) {
                out.append(t.topic[k].hash)
                if headline { out.append(t.headlineTopic[k].hash) }
            }
            if headline, let a = ann.actor[i] { out.append(t.headlineActor[a.value == .us ? 0 : 1].hash) }
            if headline {
                for (n, (cue, _)) in cues.enumerated() where ann.has(cue, at: i) { out.append(t.headlineCue[n].hash) }
            }
            guard let verb = ann.verb[i], let c = verbClasses.firstIndex(of: verb.value.verbClass) else { continue }
            out.append(headline ? t.verb[c].headline : t.verb[c].plain)
            let after = (i + verb.length)..<min(tokens.count, i + verb.length + 6)
            if let j = after.first(where: { ann.topic[$0] != nil }), let first = ann.topic[j]!.value.candidates.first,
               let k = Topic.allCases.firstIndex(of: first.topic) {
                out.append(t.verbTopic[c][k].hash)
            }
            if let j = after.first(where: { !ann.objects[$0].isEmpty }) {
                for (n, (cls, _)) in objectClasses.enumerated() where ann.objects[j].contains(cls) {
                    out.append(t.verbObject[c][n].hash)
                    break
                }
            }
        }
    }
}
