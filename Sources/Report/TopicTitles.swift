import Model

/// What each topic id covers, in the words of ../shared/DESIGN.md, for the
/// report's headings.
enum TopicTitles {
    static func describe(_ topic: Topic) -> String {
        switch topic {
        case .rareEarthExports: "China's export controls on rare earths, magnets and related critical minerals"
        case .edaSoftware: "US export controls on chip design (EDA) software"
        case .jetEngines: "US export controls on jet and aircraft engine parts"
        case .chemicals: "US export controls on chemicals (e.g. ethane)"
        case .nuclear: "US export controls on nuclear materials and technology"
        case .techControls: "The wider US technology controls: advanced chips, entity list, affiliates rule"
        case .tariffs: "Tariff levels between the US and China"
        case .nonTariffCountermeasures: "China's non-tariff countermeasures: unreliable-entity list, export-control list, probes"
        case .exportControlDialogue: "A US-China communication channel on export controls"
        case .talks: "The negotiation track: a truce, framework or deal agreed, extended or broken; talks called off"
        }
    }
}
