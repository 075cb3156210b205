import ArgumentParser
import Detect

/// The policies `tradewatch-train-gate` scores: the one `--policy` names and the `--grid`.
extension GatePolicy {
    /// The thresholds `--grid` tries.
    static var grid: [GatePolicy] {
        var out: [GatePolicy] = []
        for vd: Float in [0, 0.05, 0.1, 0.2, 0.3] {
            for vm: Float in [0, 0.02, 0.05, 0.1] {
                // An add threshold above 1 never adds: the gate only vetoes.
                for am: Float in [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01] {
                    for ad: Float in [0.75, 0.8, 0.85, 0.9, 0.95, 0.98] {
                        for at: Float in [0.5, 0.6, 0.7] {
                            var p = GatePolicy()
                            (p.vetoDirection, p.vetoMove, p.addMove, p.addDirection, p.addTopic) = (vd, vm, am, ad, at)
                            out.append(p)
                        }
                    }
                }
            }
        }
        return out
    }

    /// `--policy`: veto-direction,veto-move,add-move,add-direction,add-topic[,1 or 0: an addition needs the
    /// headline's own word for its direction; without it, as the embedded policy has it][,veto-lede-move].
    init(parsing text: String) throws(ValidationError) {
        let v = text.split(separator: ",").compactMap { Float(String($0)) }
        guard (5...7).contains(v.count) else { throw ValidationError("--policy takes five to seven numbers") }
        self.init()
        (vetoDirection, vetoMove, addMove, addDirection, addTopic) = (v[0], v[1], v[2], v[3], v[4])
        if v.count >= 6 { addNeedsHeadlineWord = v[5] == 1 }
        if v.count == 7 { vetoLedeMove = v[6] }
    }

    var described: String {
        "veto dir \(vetoDirection) move \(vetoMove) lede move \(vetoLedeMove), add move \(addMove) dir \(addDirection) topic \(addTopic)"
            + (addNeedsHeadlineWord ? ", additions need the headline's word" : "")
    }
}
