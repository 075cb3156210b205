/// The fixed vocabulary of ../shared/DESIGN.md: topic ids, actors, directions,
/// modalities, severities and alert kinds. Raw values are the wire strings.

package enum Topic: String, Sendable, CaseIterable, Codable, Comparable {
    case rareEarthExports = "rare-earth-exports"
    case edaSoftware = "eda-software"
    case jetEngines = "jet-engines"
    case chemicals = "chemicals"
    case nuclear = "nuclear"
    case techControls = "tech-controls"
    case tariffs = "tariffs"
    case nonTariffCountermeasures = "non-tariff-countermeasures"
    case exportControlDialogue = "export-control-dialogue"
    case talks = "talks"

    package static func < (a: Topic, b: Topic) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

package enum Actor: String, Sendable, CaseIterable, Codable {
    case us = "US"
    case china = "China"
}

package enum Direction: String, Sendable, CaseIterable, Codable {
    case easing
    case tightening
}

package enum Modality: String, Sendable, CaseIterable, Codable {
    case action
    case announced
    case signal
}

package enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
    case low
    case medium
    case high

    package static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

package enum AlertKind: String, Sendable, CaseIterable, Codable {
    /// The position moved away from the baseline stance.
    case positionChange = "position_change"
    /// Tightening beyond what the baseline already had.
    case escalation
    /// Undoes an earlier move recorded in the current position.
    case reversal
    /// A control or countermeasure the baseline does not have.
    case newMeasure = "new_measure"
}
