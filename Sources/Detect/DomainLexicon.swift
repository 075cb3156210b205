import Model

/// The built-in vocabulary of US-China trade policy, mid-2025 to late 2026:
/// topic terms, actors, direction verbs (with their inflections), modality
/// and negation cues. Terms from the baseline file are added on top.
enum DomainLexicon {
    static func build(baseline: Baseline) -> Lexicon {
        var lex = Lexicon()
        addTopics(&lex)
        for position in baseline.positions {
            lex.add(position.terms, specific(position.topic, owner(of: position.topic)))
        }
        addActors(&lex)
        addVerbs(&lex)
        addObjects(&lex)
        addCues(&lex)
        return lex
    }

    /// Who alone can move a topic: China its export controls and
    /// countermeasures, the US its technology controls; both for tariffs and talks.
    static func owner(of topic: Topic) -> Actor? {
        switch topic {
        case .rareEarthExports, .nonTariffCountermeasures: .china
        case .edaSoftware, .jetEngines, .chemicals, .nuclear, .techControls: .us
        case .tariffs, .talks, .exportControlDialogue: nil
        }
    }

    private static func specific(_ topic: Topic, _ actor: Actor?) -> Tag {
        .topic(TopicTerm(candidates: [(topic, actor)], specific: true))
    }

    private static func generic(_ candidates: [(Topic, Actor?)]) -> TopicTerm {
        TopicTerm(candidates: candidates.map { (topic: $0.0, actor: $0.1) }, specific: false)
    }

    static let section301China = [
        "technology transfer, intellectual property, and innovation", "technology transfer, intellectual property and innovation",
        "maritime, logistics, and shipbuilding sectors", "maritime, logistics and shipbuilding sectors",
        "maritime, logistics, shipbuilding sectors",
    ]

    static let sanctionsTerm = generic([(.nonTariffCountermeasures, .china), (.techControls, .us)])
    static let blacklistTerm = generic([(.techControls, .us), (.nonTariffCountermeasures, .china)])
    static let probeTerm = generic([(.nonTariffCountermeasures, .china), (.tariffs, .us)])
    static let exportControlTerm: TopicTerm = {
        var term = generic([(.rareEarthExports, .china), (.techControls, .us)])
        term.deferential = true
        return term
    }()
    static let chipTerm = generic([(.techControls, .us), (.nonTariffCountermeasures, .china)])
    /// China's action on a US firm: a merger review of its deal (SAMR), a ban on its goods. Its countermeasure.
    static let usFirmTerm = generic([(.nonTariffCountermeasures, .china)])
    /// A Chinese firm the US acts on ("US targets Alibaba"): its export controls and listings.
    static let chineseFirmTerm = generic([(.techControls, .us)])
    static let portFeeTerm = generic([(.nonTariffCountermeasures, .china), (.tariffs, .us)])
    static let exportControlListTerm = generic([(.nonTariffCountermeasures, .china), (.techControls, .us)])

    private static func addTopics(_ lex: inout Lexicon) {
        lex.add(["rare earth", "rare earths", "rare earth elements", "rare earth magnets", "rare earth minerals",
                 "magnets", "magnet", "gallium", "germanium", "antimony", "graphite", "critical minerals",
                 "critical mineral", "strategic minerals", "strategic mineral", "rare earth technologies",
                 "heavy rare earths", "dysprosium", "terbium", "yttrium", "samarium", "tungsten", "indium",
                 // China's 2023-25 control lists by element: the medium and heavy rare earths, the minor metals.
                 "scandium", "gadolinium", "lutetium", "holmium", "europium", "bismuth", "molybdenum", "tellurium",
                 "battery cathode", "cathode materials", "cathode technology",
                 "lithium battery", "lithium batteries", "battery technology", "superhard materials", "ree", "rees",
                 // "China suspends ban on exports of three rare metals to the US": gallium, germanium, antimony.
                 "rare metals", "critical metals", "minor metals",
                 // The light rare earths of NdFeB magnets, by element.
                 "neodymium", "praseodymium", "ndfeb", "ndpr"],
                specific(.rareEarthExports, .china))
        lex.add(["eda", "eda software", "chip design software", "chip software", "chip design tools",
                 "semiconductor design software", "electronic design automation", "design software", "design tools",
                 "eda tools", "chip design",
                 // Wire copy spells it out: "software used to design semiconductors".
                 "software used to design semiconductors", "software used to design chips", "software to design chips",
                 "software to design semiconductors", "software for designing chips", "software for designing semiconductors",
                 "chip software designers", "chip design software makers", "eda software makers", "eda firms", "eda companies",
                 "synopsys", "cadence", "siemens eda", "siemens"], specific(.edaSoftware, .us))
        lex.add(["gas turbine", "gas turbines", "gas turbine engine", "gas turbine engines", "gas turbine technologies",
                 "gas turbine technology", "gas turbine engine technologies"], specific(.jetEngines, .us))
        lex.add(["jet engine", "jet engines", "jet engine parts", "jet engine components", "aircraft engine",
                 "aircraft engines", "engine parts", "engine components", "engines", "ge aerospace", "cfm",
                 "comac", "c919", "leap 1c", "cf34", "aircraft parts", "spare parts", "boeing parts",
                 // Longer than the China-owned "boeing aircraft" (purchases), so parts stay export controls.
                 "boeing aircraft parts", "boeing airplane parts", "boeing plane parts",
                 "aerospace technology", "aerospace technologies", "aviation technology", "jet engine technology",
                 "aircraft technology", "aerospace exports", "aerospace", "engine tech", "engine technology",
                 "engine exports", "engine technology exports", "engine tech exports", "leap engine", "leap engines", "avionics"],
                specific(.jetEngines, .us))
        // China controls aerospace goods too (2023-24: "China to Impose Export Restrictions on Aviation and Aerospace
        // Components"): named as components or equipment, either side's.
        lex.add(["aerospace components", "aviation components", "aviation and aerospace components", "aerospace and aviation components",
                 "aerospace equipment", "aviation equipment", "aviation and aerospace equipment", "aerospace and aviation equipment",
                 "aerospace items", "aviation items", "aviation and aerospace items", "aerospace products", "aviation products"],
                .topic(TopicTerm(candidates: [(topic: .jetEngines, actor: .us), (topic: .jetEngines, actor: .china)], specific: true)))
        lex.add(["ethane", "chemicals", "chemical", "ethylene", "petrochemical", "petrochemicals", "butane"],
                specific(.chemicals, .us))
        // ("US probes uranium imports from China": the nuclear fuel by its element, enriched or not.)
        lex.add(["heavy water", "nuclear fuel", "reactor components", "radioactive fuel", "reactor fuel", "uranium",
                 "enriched uranium"], specific(.nuclear, .us))
        lex.add(["nuclear", "nuclear materials", "nuclear technology", "nuclear power", "nuclear equipment",
                 "nuclear reactor", "nuclear power plant"], specific(.nuclear, .us))
        lex.add(["entity list", "affiliates rule", "affiliate rule", "50 % rule", "50 percent rule",
                 "foreign direct product rule", "huawei", "zte", "ascend", "smic", "ymtc", "cxmt", "changxin",
                 // BIS's Military End-User List, by its names in titles.
                 "military end user list", "meu list",
                 // The Entity List by the regulations it is a supplement of ("Adds 6 China-Based Entities to Export
                 // Administration Regulations List").
                 "export administration regulations list", "ear list",
                 // The FCC's list of communications equipment barred from authorization (Huawei, ZTE, drones).
                 "covered list", "fcc covered list",
                 // The FCC's licences for Chinese carriers to serve the US ("FCC Revokes China Telecom America's
                 // Telecommunications Services Authority"): the same national-security telecom controls.
                 "section 214", "section 214 authority", "section 214 authorization", "section 214 authorizations",
                 "214 authority", "214 authorization", "214 authorizations", "telecommunications services authority",
                 // The Chinese carriers those licences were revoked from or denied to, by name.
                 "china telecom americas", "china unicom americas", "china telecom", "china unicom", "china mobile",
                 "pacific networks", "comnet",
                 "chipmaking equipment", "chipmaking tools", "chip tools", "tool shipments", "chip tool shipments",
                 "chipmaking gear", "chip equipment", "chip export controls",
                 "ai chips", "advanced chips", "entity listings", "entity listing", "listed entities", "cambricon", "entity list additions", "technology controls", "tech controls", "technology export controls",
                 "end user controls", "end use controls", "affiliates of listed entities", "unverified list",
                 "advanced computing", "advanced computing items", "advanced computing chips", "supercomputing",
                 "supercomputer", "semiconductor manufacturing equipment", "validated end user authorizations",
                 "temporary general license", "temporary general licence", "military list", "china military list",
                 // "Elimination of License Exception Civil End Users (CIV)": an exception from US export licensing.
                 "license exception", "license exceptions", "licence exception", "licence exceptions",
                 "1260h list", "chinese military companies list", "military end user list", "meu list",
                 "hbm", "lithography", "chip exports", "technological blockade", "validated end user", "veu",
                 "chip export rules", "ai export rules", "ai export controls", "ai chip rules", "ai diffusion rule", "dji", "drones", "drone", "connected vehicles", "connected vehicle", "connected cars", "connected car", "icts",
                 // "US Considers Restricting China's Access to Cloud Computing Services": remote access to US compute
                 // is how the chip controls would be worked around, and the rules that close it are theirs.
                 "cloud computing", "cloud computing services", "cloud services", "cloud access",
                 // The controlled items of the 2022-25 chip rules by their trade names: memory, fab tools, AI model
                 // weights, quantum (a US control on China whoever reports it).
                 "high bandwidth memory", "wafer fabrication equipment", "wafer fab equipment", "etching equipment",
                 "deposition equipment", "deposition tools", "euv", "euv machines", "euv lithography", "duv machines",
                 "gate all around", "advanced packaging", "model weights", "ai model weights", "quantum computing",
                 "quantum computers", "quantum technology", "quantum technologies"],
                specific(.techControls, .us))
        // The US outbound investment rules (Executive Order 14105, Treasury's rule, the COINS Act) restrict
        // American money into Chinese chips, AI and quantum: labelled with the US's technology controls.
        // Only phrases that name the outbound flow or Chinese tech: a firm's "investment in China" is business news.
        lex.add(["outbound investment", "outbound investments", "outbound foreign investment", "outbound foreign investments",
                 "outbound investment rule", "outbound investment program", "outbound investment regime",
                 "outbound investment restrictions", "outbound investment screening", "outbound investment order",
                 "investment in chinese tech", "investments in chinese tech", "investment in chinese technology",
                 "investments in chinese technology", "investment in chinese tech firms", "investments in chinese tech firms",
                 "tech investments in china", "technology investments in china", "investment in sensitive technologies",
                 "investments in certain national security technologies", "securities investments",
                 // "as U.S. restricts tech investment", "US high-tech investment ban": the rules by the technology.
                 "tech investment", "tech investments", "technology investment", "technology investments",
                 "high tech investment", "high tech investments"],
                specific(.techControls, .us))
        // Product names take a plural in headlines: "chokes off supply of H20s to China".
        lex.add(["nvidia", "h20", "h200", "h20s", "h200s", "chips", "chip", "semiconductors", "semiconductor", "amd", "chipmakers",
                 "gpu", "gpus", "ai accelerator", "ai accelerators",
                 "chipmaker", "chip makers", "chip firms", "chip companies",
                 "micron", "blackwell", "rtx pro", "b30a", "b20", "h800", "a800", "dram", "memory chips", "memory chip",
                 // The FCC's bans on Huawei, ZTE, Hikvision and Dahua gear ("FCC Bans New Licenses for the Import ...
                 // of Certain Chinese Telecommunications and Video Surveillance Equipment").
                 "telecom equipment", "telecoms equipment", "telecommunications equipment", "surveillance equipment",
                 "video surveillance equipment", "equipment authorization", "equipment authorizations"], .topic(chipTerm))
        // "US pauses exports of critical technologies to China" (the May 2025 suspensions of engine, EDA and
        // ethane sales): the US's technology controls; China's on its own technologies are its export controls.
        lex.add(["critical technologies", "critical technology", "critical tech", "critical us technologies",
                 "critical u.s. technologies",
                 // "US cuts tech exports to China firm on security grounds".
                 "tech exports", "technology exports", "tech sales", "technology sales"], .topic(exportControlTerm))
        lex.add(["tariff", "tariffs", "duty", "duties", "levy", "levies", "reciprocal tariffs",
                 "fentanyl tariffs", "fentanyl related tariffs", "section 232", "ieepa",
                 "tariff war", "trade war", "import taxes", "customs duties", "tariff rate", "tariff rates",
                 "crane tariffs", "ship to shore cranes", "tariff exclusions", "tariff exemptions", "de minimis",
                 "de minimis exemption", "surcharge", "surtax", "surcharges", "surtaxes",
                 // "US builds tariff wall against Chinese EVs".
                 "tariff wall", "tariff walls",
                 // "Beijing's strong countertariffs": the retaliatory tariffs in one word.
                 "countertariffs", "countertariff", "counter tariffs",
                 // "raises taxes on Chinese imports": a tax on imports is a tariff (a tax alone may be any tax).
                 "import tax", "taxes on imports", "tax on imports", "taxes on chinese imports", "tax on chinese imports",
                 "taxes on chinese goods", "tax on chinese goods", "taxes on american goods", "taxes on us goods",
                 "taxes on u.s. goods",
                 // "terminate the tax-free treatment for small packages from mainland China": the de minimis relief.
                 "tax free treatment", "duty free treatment"],
                specific(.tariffs, nil))
        // The US antidumping finding in its own words: "Chinese Active Anode Material Sold Below Fair Value" is the
        // Commerce Department finding dumping, which sets duties (US tariffs) on the goods.
        lex.add(["sold below fair value", "sold at less than fair value", "sold for less than fair value",
                 "sold in the united states at less than fair value", "sold in the united states for less than fair value",
                 "sold in the u.s. at less than fair value"],
                .verb(VerbSense(lemma: "sell below fair value", verbClass: .tightening, alsoNoun: false, participle: true,
                                impliedTopic: TopicTerm(candidates: [(.tariffs, .us)], specific: true), isThreat: false)))
        lex.add(["unreliable entity list", "list of unreliable entities", "unreliable entity", "unreliable entities", "unreliable entities list",
                 "anti dumping", "antidumping", "government procurement", "procurement ban", "import ban", "import bans",
                 "import licenses", "import licences", "import suspension", "import suspensions",
                 // China's customs registrations of US meat and farm exporters, renewed or let lapse.
                 "facility registrations", "export facility registrations", "plant registrations", "export registrations",
                 "dumping", "anti discrimination", "antitrust", "anti monopoly", "antimonopoly", "anti monopoly law",
                 "antimonopoly law", "countermeasures", "counter measures", "anti circumvention", "anticircumvention",
                 // China's framework law for its countermeasures (its control list, its controls on named firms),
                 // not one control on its exports: "China Enacts New Export Control Law".
                 "export control law", "law on export control",
                 "non tariff countermeasures", "hanwha", "hanwha ocean", "special port fees",
                 "analog chips", "analog chip",
                 "cybersecurity review", "soybean purchases", "purchases of soybeans", "soybeans", "soybean",
                 // Farm goods whose imports from US firms China's customs suspend, as it does soybeans'.
                 "sorghum", "poultry", "poultry meat", "beef", "pork", "logs", "wheat", "chicken", "broiler chicken", "broiler chickens",
                 // ... and the other US crops China's customs approve or block by name.
                 "barley", "corn", "rice", "alfalfa", "dairy", "blueberries", "cherries", "apples", "citrus",
                 // The ethanol by-product fed to livestock, which China's customs and trade-remedy cases have both hit.
                 "distillers grain", "distillers grains", "distiller's grain", "distiller's grains", "ddgs",
                 // China's import approvals of (mostly US-grown) biotech crops, handed out as trade talks go.
                 "gm crops", "gm crop", "gm crop approvals", "genetically modified crops", "genetically modified crop",
                 "genetically modified crop approvals", "gmo crop approvals", "biotech approvals",
                 "biotech crops", "biotech crop", "biotech crop approvals", "gmo crops",
                 // "China suspends US meat exporter over food safety issue": meat plants registered with its customs.
                 "meat", "meat exporter", "meat exporters", "meat plant", "meat plants", "meat imports", "meat exports",
                 "beef exporter", "beef exporters", "beef plants",
                 // "China lets registrations lapse": its customs' registrations of US food exporters, named alone.
                 "registrations", "export registrations", "facility registrations", "plant registrations",
                 "soybean imports", "log imports", "soy", "soy purchases", "soy buying", "soybean buying", "soy imports",
                 // "China Suspends Purchases of U.S. Agricultural Products": farm goods as a whole, as soybeans.
                 "agricultural products", "agricultural goods", "agricultural imports", "farm products", "farm goods",
                 "farm imports", "agricultural purchases", "farm purchases", "farm produce", "agricultural produce",
                 // "China suspends U.S. agricultural product purchases": the singular compound.
                 "agricultural product", "agricultural product purchases", "farm product", "farm product purchases",
                 "boeing", "boeing jets", "boeing deliveries", "boeing aircraft", "boeing planes"],
                specific(.nonTariffCountermeasures, .china))
        // The USTR's fees on Chinese ships, by what they are charged on: "New USTR Fees on Chinese-Linked Vessels".
        lex.add(["port fees", "port fee", "port charges", "docking fees", "vessel fees", "vessel fee", "ship fees", "ship fee", "fees on chinese vessels",
                 "fees on chinese ships", "fees on chinese linked vessels", "fees on chinese linked ships",
                 "fees on chinese built ships", "fees on chinese built vessels", "fees on chinese owned vessels",
                 "fees on chinese operated vessels", "fees on us vessels", "fees on u.s. vessels", "fees on american vessels",
                 "fees on us ships", "fees on u.s. ships", "fees on american ships",
                 // The Section 301 ships action calls them "service fees" (on Chinese vessel operators).
                 "service fees", "service fee"], .topic(portFeeTerm))
        // China's permanent normal trade relations: the US's low tariff rates, withdrawn or suspended by a bill.
        lex.add(["normal trade relations", "permanent normal trade relations", "pntr", "most favored nation status",
                 "most favoured nation status"], specific(.tariffs, .us))
        // The Section 301 investigations of China, by the names official titles give them: the US's tariffs.
        lex.add(Self.section301China, specific(.tariffs, .us))
        // Section 301 is a US statute: its tariffs are the US's, whoever else the item names ("Section 301 Tariff
        // Increase Postponed" has no actor of its own).
        lex.add(["section 301", "s301"], specific(.tariffs, .us))
        // USTR's respites from those tariffs, named without the word "tariff".
        lex.add(["301 exclusions", "section 301 exclusions"], specific(.tariffs, .us))
        // Both sides have run product exclusion processes for their tariffs on the other.
        lex.add(["product exclusions", "product exclusion"], .topic(generic([(.tariffs, .us), (.tariffs, .china)])))
        // BIS's order that cuts a firm off from US exports ("Terminating the Denial Order Issued Against ZTE").
        lex.add(["denial order", "denial orders", "temporary denial order", "temporary denial orders", "export denial order"],
                specific(.techControls, .us))
        // The US's Unverified List by its abbreviation.
        lex.add(["uvl", "uvl list"], specific(.techControls, .us))
        // The Pentagon's Section 1260H list, by the names the press gives it.
        lex.add(["chinese military companies", "chinese military company", "military companies list",
                 "chinese military companies list", "military linked companies", "china military linked companies list",
                 // "expanded its list of Chinese companies accused of supporting China's military": only the US keeps one.
                 "list of chinese companies", "list of chinese firms", "list of chinese entities", "list of chinese military companies"],
                specific(.techControls, .us))

        // China's own list, and the entity list as Chinese official English names it.
        lex.add(["export control list", "export control control list"], .topic(exportControlListTerm))
        lex.add(["sanctions", "sanction"], .topic(sanctionsTerm))
        // Both sides bar exports to the other's military end users: whoever acts owns it.
        lex.add(["military end user", "military end users"], .topic(blacklistTerm))
        lex.add(["blacklist", "trade blacklist", "black list", "restricted list", "trade restriction list"], .topic(blacklistTerm))
        // "US Pauses Crackdown on Blacklisted Chinese Firms": firms on a list are the list, for what is done to them.
        lex.add(["blacklisted firms", "blacklisted companies", "blacklisted entities", "blacklisted chinese firms",
                 "blacklisted chinese companies", "blacklisted chinese entities", "blacklisted us firms",
                 "blacklisted us companies", "blacklisted u.s. firms", "blacklisted u.s. companies"], .topic(blacklistTerm))
        lex.add(["probe", "probes", "investigation", "investigations", "inquiry"], .topic(probeTerm))
        // Trade-remedy duties: China's countermeasure, the US's tariffs (like a probe).
        lex.add(["anti dumping duties", "antidumping duties", "anti dumping duty", "antidumping duty",
                 // "China imposes 43.5% anti-dumping tariff on US propionic acid".
                 "anti dumping tariff", "anti dumping tariffs", "antidumping tariff", "antidumping tariffs",
                 "countervailing duties", "anti subsidy duties", "anti subsidy duty", "anti subsidy tariffs",
                 "anti subsidy tariff", "countervailing tariffs", "anti dumping investigation",
                 "countervailing measures", "countervailing duty", "anti subsidy measures", "anti dumping measures",
                 "antidumping measures", "two anti duties",
                 // A duty named by its case stage is a trade-remedy duty: "China sets final duties on U.S. solar materials".
                 "final duties", "preliminary duties", "provisional duties", "final duty", "preliminary duty",
                 "anti dumping investigations", "anti circumvention duties", "anti circumvention measures",
                 // Every spelling of the probe is the probe's, either side's: "U.S. launches anti-dumping probe into
                 // Chinese hardwood plywood" as "China launches anti-dumping probe into US DDGS".
                 "anti dumping probe", "anti dumping probes", "antidumping probe", "antidumping probes",
                 "antidumping investigation", "antidumping investigations", "anti subsidy probe", "anti subsidy probes",
                 "anti subsidy investigation", "anti subsidy investigations", "antisubsidy investigation",
                 "countervailing duty investigation", "countervailing duty investigations", "countervailing investigation",
                 "anti circumvention investigation", "anticircumvention duties", "anticircumvention investigation",
                 // Commerce's abbreviations: "Commerce to Impose Preliminary AD on ... Material From China".
                 // The safeguard remedy (Section 421's 2009 tyre duties): "China opposes US tire special safeguard measure".
                 "safeguard measure", "safeguard measures", "special safeguard", "special safeguards", "safeguard tariffs",
                 "safeguard tariff", "safeguard duties", "safeguard duty",
                 "preliminary ad", "final ad", "preliminary ad duties", "final ad duties", "preliminary ad duty", "final ad duty", "ad duties", "ad duty", "ad/cvd", "ad / cvd", "ad and cvd", "cvd duties"], .topic(probeTerm))
        lex.add(["export controls", "export control", "export control measures", "export restrictions",
                 "export curbs", "export ban", "export bans", "export licenses", "export licences",
                 "export license", "export licence", "dual use items", "dual use", "controls", "restrictions", "curbs",
                 "licensing requirements", "license requirements", "licence requirements", "licence requirement",
                 "licensing hurdles", "licensing hurdle", "license hurdles", "licence hurdles",
                 "license requirement", "licensing requirement", "export laws", "export requirements",
                 "export control laws", "export control rules", "export rules", "export rule",
                 // "US Revokes Some Licenses for Exports to China": export licences by another word order.
                 "licenses for exports", "licences for exports", "licenses for export", "licences for export",
                 "licenses to export", "licences to export"],
                .topic(exportControlTerm))
        lex.add(["export control dialogue", "export control channel", "export control communication",
                 "communication channel on export controls", "export control communication channel",
                 "dialogue on export controls", "export control consultation", "export control consultations",
                 "export control information exchange", "export controls information exchange",
                 "information exchange on export controls", "info on export control", "information on export control",
                 "info on export controls", "information on export controls", "export control information sharing",
                 "information sharing on export controls", "export control information"],
                specific(.exportControlDialogue, nil))
        lex.add(["talks", "trade talks", "negotiations", "truce", "trade truce", "tariff truce", "framework",
                 "trade deal", "deal", "agreement", "trade agreement", "consensus", "arrangement", "trade understanding",
                 "ceasefire", "cease fire", "trade ceasefire", "trade cease fire", "tariff ceasefire", "consultation mechanism"],
                specific(.talks, nil))
    }

    private static func addActors(_ lex: inout Lexicon) {
        lex.add(["u.s.", "united states", "america", "washington", "white house", "trump", "donald trump",
                 "president trump", "trump administration", "the administration", "commerce department",
                 // "Trump team cuts small parcel tariff": a leader's aides act for the government.
                 "biden administration", "the biden administration", "biden", "president biden",
                 "trump team", "trump's team", "trump aides", "trump officials", "trump administration officials",
                 "administration officials", "white house officials",
                 "department of commerce", "us commerce department", "commerce secretary", "bis",
                 "bureau of industry and security", "ustr", "trade representative", "treasury",
                 "treasury secretary", "bessent", "greer", "lutnick", "rubio", "hassett", "supreme court",
                 "federal court", "court", "trade court", "court of international trade", "appeals court", "judge",
                 "judges", "state department", "pentagon", "congress", "federal register", "fcc", "federal communications commission", "nrc", "nuclear regulatory commission",
                 "energy department", "department of energy", "doe", "usdoc", "us department of commerce",
                 // The trade press's short name for the Department of Commerce: "DOC Preliminary Determination on ...".
                 "doc", "u.s. doc", "us doc",
                 // The trade-remedy injury body: "ITC votes to impose duties on ... imports".
                 "itc", "usitc", "international trade commission", "u.s. international trade commission",
                 "us international trade commission",
                 "house", "senate", "house of representatives",
                 "american officials", "us officials", "commerce",
                 // "US government bars Intel ...": the government named with its country is one subject.
                 "u.s. government", "us government", "united states government", "american government",
                 "u.s. administration", "us administration",
                 // Before "regulator" alone, which headlines mostly use of China's.
                 "us regulator", "u.s. regulator", "american regulator", "nuclear regulator", "nuclear power regulator",
                 // US antitrust enforcers: their reviews are not China's antitrust countermeasures.
                 "federal trade commission", "ftc", "justice department", "department of justice", "doj",
                 "nuclear regulatory commission", "nrc", "us regulators", "u.s. regulators",
                 // The subjects of US presidential documents' abstracts ("This presidential action amends ...",
                 // "Executive Order 14266 increases tariffs ..."). Not "the president": "the president of Mexico".
                 "presidential action", "this presidential action", "executive order",
                 "the executive order", "presidential proclamation",
                 // "This executive order increases tariffs on imports from the People's Republic of China": with its
                 // determiner, or "increases" reads as a noun after it.
                 "this executive order", "this proclamation", "the proclamation",
                 // Before "customs" alone, which is China's General Administration of Customs.
                 "u.s. customs", "us customs", "u.s. customs and border protection", "us customs and border protection",
                 "customs and border protection", "cbp",
                 // "U.S. Postal Service Suspends China Parcels after Trump Tariffs": the US post stopping China's
                 // small parcels carries out the end of their duty-free entry.
                 "postal service", "u.s. postal service", "us postal service", "united states postal service", "usps"],
                .actor(.us))
        // "Chinese Premier Li Qiang has signed a decree": China's head of government, not a Chinese target.
        lex.add(["chinese president", "china's president", "chinese premier", "china's premier", "premier li qiang",
                 "li qiang", "chinese vice premier", "vice premier he lifeng"], .actor(.china))
        lex.add(["china", "beijing", "prc", "xi", "xi jinping", "he lifeng", "li chenggang", "wang wentao",
                 // "MOC slams new chip restrictions by U.S.": Xinhua's short name for the Ministry of Commerce.
                 "mofcom", "moc", "commerce ministry", "ministry of commerce", "chinese commerce ministry",
                 "general administration of customs", "gacc", "customs", "state council", "tariff commission",
                 "customs tariff commission", "state council tariff commission", "foreign ministry",
                 "chinese government", "chinese authorities", "chinese officials", "market regulator", "samr",
                 "cyberspace administration", "ministry", "regulators", "commerce minister", "watchdog",
                 "cyberspace watchdog", "internet watchdog", "market watchdog", "ministry of finance",
                 "commerce vice minister", "regulator", "internet regulator", "cyberspace regulator",
                 "antitrust regulator", "chinese customs", "cac", "cyberspace authority", "internet authority",
                 // "China's customs authority suspended imports of soybeans": the authority is the agency, no permission.
                 "customs authority", "customs authorities", "customs administration", "customs agency",
                 "cyberspace administration of china", "state administration for market regulation",
                 // The planner, the industry ministry and the aviation regulator by their short names.
                 "ndrc", "national development and reform commission", "miit", "ministry of industry and information technology",
                 "caac", "civil aviation administration", "civil aviation administration of china"], .actor(.china))
        lex.add(["chinese", "sino", "huawei", "smic", "cambricon", "ymtc", "cxmt", "comac", "hong kong", "dji", "byd", "catl",
                 "tiktok", "bytedance", "alibaba", "tencent", "zte", "hikvision", "cosco"], .side(.china))
        // US instruments aimed at China by design: naming them names China.
        lex.add(["affiliates rule", "affiliate rule", "50 % rule", "50 percent rule", "h20", "h20s"], .side(.china))
        lex.add(["american", "us firms", "nvidia", "micron", "texas instruments", "broadcom", "onsemi", "qualcomm",
                 "intel", "boeing", "ge", "ge aerospace", "synopsys", "cadence", "analog devices", "apple",
                 "tesla", "skydio", "lockheed", "raytheon", "general dynamics", "google", "microsoft", "dupont", "pvh",
                 "illumina", "calvin klein", "tyson", "us companies", "american companies", "us firms",
                 "meta", "meta platforms", "amazon", "cisco", "dell", "hp", "ibm", "oracle", "ford", "general motors",
                 "enterprise products", "energy transfer", "ti", "fedex"], .side(.us))
        lex.add(["mexico", "mexican", "canada", "canadian", "switzerland", "swiss", "japan", "japanese",
                 "india", "indian", "eu", "european union", "europe", "european", "brussels", "korea",
                 "south korea", "korean", "seoul", "rok", "taiwan", "taiwanese", "vietnam", "brazil", "dutch",
                 "netherlands", "nexperia", "germany", "german", "britain", "uk", "australia", "russia", "asean",
                 "indonesia", "philippines", "malaysia", "thailand", "singapore", "lithuania", "tokyo", "ottawa",
                 "new delhi", "european commission", "carney", "sheinbaum", "modi", "lula", "the hague", "brazilian",
                 // Other leaders who sign with the US or China in headlines ("Trump, Albanese sign critical minerals deal").
                 "albanese", "ishiba", "takaichi", "starmer", "macron", "merz", "von der leyen", "anwar", "prabowo",
                 // Earlier ones, as the labelled years reach back to 2018 ("Trudeau to impose 100% tariffs on Chinese EVs").
                 "trudeau", "kishida", "sunak", "scholz", "yoon", "amlo", "lopez obrador", "bolsonaro", "milei", "meloni",
                 "russian",
                 // Third countries' trade-remedy agencies ("DGTR starts review on extension of anti-dumping duty on
                 // certain Chinese products": India's).
                 "dgtr", "canada border services agency", "cbsa",
                 "vietnamese", "australian", "british", "united kingdom", "u.k", "u.k.", "french", "france", "italy", "spain", "turkey", "south africa",
                 "argentina", "colombia", "venezuela", "israel", "pakistan", "bangladesh", "cambodia", "laos",
                 // Capitals that stand for their governments in headlines (not the US-China venues: London, Geneva...).
                 "hanoi", "moscow", "berlin", "paris", "jakarta", "manila", "bangkok", "canberra", "brasilia",
                 "islamabad", "ankara", "dhaka", "phnom penh",
                 // Destinations that share Federal Register rules with China ("under the destinations of ...").
                 "uae", "united arab emirates", "armenia", "kazakhstan", "kyrgyzstan", "belarus", "burma", "myanmar",
                 "afghanistan", "iraq", "syria", "lebanon", "yemen", "egypt", "saudi arabia", "qatar", "oman",
                 "kuwait", "bahrain", "jordan", "nigeria", "kenya", "ethiopia", "peru", "chile", "ecuador",
                 "nicaragua", "cuba", "sri lanka", "nepal", "new zealand", "norway", "sweden", "finland", "denmark",
                 "poland", "hungary", "czech republic", "austria", "belgium", "ireland", "portugal", "greece",
                 "estonia", "latvia", "uzbekistan", "tajikistan", "azerbaijan", "mongolia",
                 "south sudan", "sudan", "iran", "iranian", "north korea", "venezuelan", "cuban", "nicaraguan", "canadian", "mexican"], .otherCountry)
    }

    /// Inflections of a regular English verb: base, -s, -ed, -ing.
    private static func forms(_ base: String, double: Bool = false, past: [String] = []) -> (plain: [String], participles: [String]) {
        var third = base + "s"
        if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") || base.hasSuffix("z") {
            third = base + "es"
        } else if base.hasSuffix("y"), let c = base.dropLast().last, !"aeiou".contains(c) {
            third = String(base.dropLast()) + "ies"
        }
        var stem = base
        if double, let last = base.last { stem = base + String(last) }
        var ed = stem + "ed"
        var ing = stem + "ing"
        if base.hasSuffix("e") {
            ed = base + "d"
            ing = String(base.dropLast()) + "ing"
        } else if base.hasSuffix("y"), let c = base.dropLast().last, !"aeiou".contains(c) {
            ed = String(base.dropLast()) + "ied"
        }
        var participles = past.isEmpty ? [ed] : past
        var plain = [base, third, ing]
        // British spelling doubles a final "l" after one vowel: "Biden has cancelled eight Huawei licences".
        if !double, past.isEmpty, base.hasSuffix("el"), let c = base.dropLast(2).last, !"aeiou".contains(c) {
            participles.append(base + "led")
            plain.append(base + "ling")
        }
        return (plain, participles)
    }

    private static func addVerb(_ lex: inout Lexicon, _ bases: [String], _ cls: VerbClass, alsoNoun: Bool = false,
                                double: Bool = false, implied: TopicTerm? = nil, threat: Bool = false,
                                past: [String] = []) {
        for base in bases {
            let words = base.split(separator: " ").map(String.init)
            // "re impose", "de escalate" (a hyphenated prefix split off): the verb after the prefix is inflected
            // ("re-imposes", "de-escalated"); in "call off", "roll back" the verb comes first.
            let prefixed = words.count == 2 && ["re", "de"].contains(words[0])
            let head = prefixed ? words[1] : words[0]
            let rest = prefixed ? "" : words.dropFirst().joined(separator: " ")
            let f = forms(head, double: double, past: past)
            for (list, participle) in [(f.plain, false), (f.participles, true)] {
                for form in list {
                    let phrase = prefixed ? words[0] + " " + form : rest.isEmpty ? form : form + " " + rest
                    let noun = alsoNoun && (form == head || form == f.plain[1])
                    lex.add(phrase, .verb(VerbSense(lemma: base, verbClass: cls, alsoNoun: noun, participle: participle,
                                                    impliedTopic: implied, isThreat: threat)))
                }
            }
        }
    }

    private static func addVerbs(_ lex: inout Lexicon) {
        addVerb(&lex, ["lift", "ease", "rescind", "repeal", "relax", "loosen", "remove", "exempt", "waive", "unblock",
                       "de escalate", "deescalate", "invalidate", "overturn", "void", "roll back",
                       "scale back", "grant", "approve", "allow", "reopen",
                       "unfreeze", "dismantle", "reverse", "soften", "exclude", "strike down",
                       "greenlight", "green light", "clear", "authorize", "authorise"], .easing)
        // Irregular pasts: "a court threw out the tariffs", "the US wound down the program".
        addVerb(&lex, ["throw out"], .easing, past: ["threw", "thrown"])
        // "Court annuls Trump's China tariffs": made void.
        addVerb(&lex, ["annul"], .easing, past: ["annulled"])
        lex.add("annulling", .verb(VerbSense(lemma: "annul", verbClass: .easing, alsoNoun: false, participle: false,
                                             impliedTopic: nil, isThreat: false)))
        addVerb(&lex, ["nullify"], .easing)
        addVerb(&lex, ["wind down"], .easing, past: ["wound"])
        // "ZTE released from US imports ban for one month": let out of a measure (a rule "released" is published).
        addVerb(&lex, ["release from"], .easing)
        // "U.S. Frees Korean Tech Titans from Licensing": the inflected forms only ("free trade" is an adjective).
        lex.add(["frees", "freed", "freeing"], .verb(VerbSense(lemma: "free", verbClass: .easing, alsoNoun: false,
                                                               participle: false, impliedTopic: nil, isThreat: false)))
        // "US okays Nvidia H20 sales to China": an approval; inflected forms only ("it is okay").
        lex.add(["okays", "okayed", "okaying", "oks", "ok'd", "ok’d", "okd"], .verb(VerbSense(lemma: "approve", verbClass: .easing,
                alsoNoun: false, participle: false, impliedTopic: nil, isThreat: false)))
        // "US green-lights Nvidia H20 sales to China": the two-word verb inflects its second word, which addVerb
        // (inflecting the first) would not.
        for (forms, participle) in [(["green lights", "green lighting"], false), (["green lighted", "green lit"], true)] {
            lex.add(forms, .verb(VerbSense(lemma: "greenlight", verbClass: .easing, alsoNoun: false, participle: participle,
                                           impliedTopic: nil, isThreat: false)))
        }
        // "Biden administration waters down China chip rule": a measure made weaker.
        addVerb(&lex, ["water down"], .easing)
        addVerb(&lex, ["refund"], .easing, alsoNoun: true)  // "tariff refunds" is a noun
        addVerb(&lex, ["permit"], .easing, alsoNoun: true)  // "graphite export permits" is a noun
        // "gives conditional nod to Synopsys-Ansys deal", "gave the green light to H200 sales": an approval.
        for give in ["give", "gives", "gave", "given", "giving"] {
            for nod in ["nod to", "the nod to", "conditional nod to", "final nod to", "green light to", "the green light to",
                        "a green light to", "green light for", "the green light for", "a green light for",
                        "the go ahead to", "the go ahead for", "go ahead to", "go ahead for", "a go ahead to",
                        "a go ahead for", "nod for", "the nod for"] {
                lex.add("\(give) \(nod)", .verb(VerbSense(lemma: "approve", verbClass: .easing, alsoNoun: false,
                                                           participle: give == "given", impliedTopic: nil, isThreat: false)))
            }
        }
        addVerb(&lex, ["reimpose", "re impose"], .tightening)
        // "China forbids exports of rare earth technology".
        addVerb(&lex, ["forbid"], .tightening, past: ["forbade", "forbidden"])
        // "China embargoes rare earth exports to US": inflected forms only ("embargo" is the noun).
        lex.add(["embargoes", "embargoed", "embargoing"], .verb(VerbSense(lemma: "embargo", verbClass: .tightening,
                 alsoNoun: false, participle: false, impliedTopic: nil, isThreat: false)))
        addVerb(&lex, ["strengthen", "toughen", "harden", "reinforce"], .tightening)
        addVerb(&lex, ["refuse", "deny"], .tightening, past: ["refused", "denied"])
        // "Samsung, SK Hynix Lose US Waivers": a permission taken away.
        addVerb(&lex, ["lose"], .reducer, past: ["lost"])
        // "Nvidia chips face scrutiny", "China faces new tariffs": the subject is the target.
        addVerb(&lex, ["face"], .tightening)
        // "Chinese goods will be subject to an additional 10% duty": the goods face the measure (only a measure
        // named as new moves, as with "face"; "goods subject to tariffs" describes rates in force).
        lex.add(["be subject to", "become subject to", "becomes subject to", "became subject to", "is now subject to",
                 "are now subject to"], .verb(VerbSense(lemma: "face", verbClass: .tightening, alsoNoun: false,
                                                         participle: false, impliedTopic: nil, isThreat: false)))
        // "The Affiliates Rule is Back": a measure returns (tightening), a flow returns (easing).
        lex.add(["is back", "are back", "comes back", "come back"], .verb(VerbSense(lemma: "be back", verbClass: .increaser,
                 alsoNoun: false, participle: false, impliedTopic: nil, isThreat: false)))
        addVerb(&lex, ["let"], .easing, double: true, past: ["let"])
        addVerb(&lex, ["buy", "purchase"], .easing, alsoNoun: true, past: ["bought", "purchased"])
        // "China snaps up US soybeans after truce": a purchase.
        addVerb(&lex, ["snap up"], .easing, double: true)
        addVerb(&lex, ["rise", "go up", "go higher", "climb"], .rise, past: ["rose", "risen", "went up", "gone up", "climbed"])
        // "Tariffs on Chinese goods jump to 145%": a level leaps; the same subject check as "rise".
        addVerb(&lex, ["jump", "soar", "surge", "spike"], .rise)
        // "Tariffs on Chinese goods fall to 30%": a level falls, as "drop" does. Only with its figure's
        // preposition: "goods that fall under Section 301" and "fall short" are no change.
        addVerb(&lex, ["fall to", "fall by"], .easing, past: ["fell to", "fallen to", "fell by", "fallen by"])
        addVerb(&lex, ["weigh", "mull", "consider", "explore", "study"], .tightening, threat: true)
        // ("planned" stays out: "suspends planned additional tariffs" is an adjective.)
        addVerb(&lex, ["eye", "plan"], .tightening, alsoNoun: true, threat: true)
        // "USTR Fast-Tracks Section 301 Probes": the compound inflects on its second word.
        lex.add(["fast track", "fast tracks", "fast tracked", "fast tracking"],
                .verb(VerbSense(lemma: "fast track", verbClass: .increaser, alsoNoun: false, participle: false,
                                impliedTopic: nil, isThreat: false)))
        // "Retaliatory tariffs take effect": what takes effect is the subject (see `takingEffect`).
        lex.add(["take effect", "takes effect", "took effect", "taking effect", "go into effect", "goes into effect",
                 "went into effect", "come into effect", "comes into effect", "came into effect", "come into force",
                 "comes into force", "came into force", "enter into force", "enters into force", "entered into force",
                 "kick in", "kicks in", "kicked in", "come in effect", "comes in effect", "came in effect",
                 "go in effect", "goes in effect", "went in effect"],
                .verb(VerbSense(lemma: "take effect", verbClass: .rise, alsoNoun: false, participle: false,
                                impliedTopic: nil, isThreat: false)))
        // "USTR Proposes Third Round of Tariffs": a measure proposed is a signal (../shared/eval/README.md).
        // Finite forms only: "proposed tariffs", "Proposed Action" are noun phrases.
        lex.add(["propose", "proposes", "proposing"], .verb(VerbSense(lemma: "propose", verbClass: .tightening, alsoNoun: false,
                                                                      participle: false, impliedTopic: nil, isThreat: true)))
        // "Order Activating Suspended Denial Order": a suspended measure put back in force.
        addVerb(&lex, ["reinstate", "reintroduce", "reactivate", "activate"], .increaser)
        addVerb(&lex, ["scrap", "drop"], .easing, double: true)
        addVerb(&lex, ["ditch"], .easing)
        addVerb(&lex, ["strike down"], .easing, past: ["struck down"])
        addVerb(&lex, ["impose", "restrict", "tighten", "escalate", "retaliate", "prohibit", "require",
                       "penalize", "penalise", "crack down", "target", "designate", "investigate",
                       "punish", "bolster controls", "outlaw"], .tightening)
        // "US close to blackballing 89 Chinese companies": the wire's synonym.
        // (A short verb stressed on its last syllable doubles its consonant: "slapping", "stepped up", "deferred".)
        addVerb(&lex, ["slap"], .tightening, double: true)
        // "Commerce Lays Dumping Duties On Chinese Chlorine Cos.": laying a duty imposes it; only before a
        // measure (see `actsAsVerb`: not "lays out", "laid the groundwork").
        lex.add(["lay", "lays", "laid", "laying"], .verb(VerbSense(lemma: "lay", verbClass: .tightening, alsoNoun: false,
                                                                  participle: false, impliedTopic: nil, isThreat: false)))
        addVerb(&lex, ["blacklist", "blackball"], .tightening, implied: blacklistTerm)
        // "Trump Administration Lists 89 Chinese Companies with Military Ties", "US compiles list of 89 companies":
        // a government listing the other side's firms puts them on its list. (As a noun, "tariff lists", it is not.)
        // (Only "lists": "listed", "listing" and "list" are mostly the noun or the adjective: "listed companies".)
        lex.add("lists", .verb(VerbSense(lemma: "list", verbClass: .tightening, alsoNoun: true, participle: false,
                                         impliedTopic: blacklistTerm, isThreat: false)))
        // "China opposes U.S. listing certain Chinese firms as 'military companies'", "US listing of Chinese firms over
        // drone parts trade": the gerund or its noun after a government, on the other side's firms (see `actsAsVerb`).
        lex.add(["listing", "listing of"], .verb(VerbSense(lemma: "list", verbClass: .tightening, alsoNoun: true, participle: false,
                                                           impliedTopic: blacklistTerm, isThreat: false)))
        addVerb(&lex, ["compile list of", "compile a list of", "draft list of", "draft a list of"], .tightening,
                implied: blacklistTerm)
        // "Trump Administration Publishes List of Chinese and Russian Companies with Military Ties": a list of the
        // other side's firms made public is a listing (a list of goods is read by the term it names).
        lex.add(["publishes list of", "published list of", "publishes a list of", "published a list of", "releases list of",
                 "released list of", "releases a list of", "released a list of"],
                .verb(VerbSense(lemma: "publish list of", verbClass: .tightening, alsoNoun: false, participle: false,
                                impliedTopic: blacklistTerm, isThreat: false)))
        // A regulator summoning the other side's firm: a countermeasure (../shared/eval/README.md).
        addVerb(&lex, ["summon"], .tightening)
        addVerb(&lex, ["seek"], .tightening, threat: true, past: ["sought"])
        addVerb(&lex, ["list"], .adder)
        addVerb(&lex, ["ban", "bar"], .tightening, alsoNoun: true, double: true)
        addVerb(&lex, ["curb", "limit", "block", "levy"], .tightening, alsoNoun: true)
        addVerb(&lex, ["sanction"], .tightening, alsoNoun: true, implied: sanctionsTerm)
        addVerb(&lex, ["probe"], .tightening, alsoNoun: true, implied: probeTerm)
        addVerb(&lex, ["set limits", "sets limits", "setting limits", "choke off"], .tightening)
        addVerb(&lex, ["stop providing", "stop selling", "stop shipping", "stop supplying"], .tightening, double: true)
        addVerb(&lex, ["cut off"], .tightening, double: true, past: ["cut"])
        addVerb(&lex, ["threaten"], .tightening, threat: true)
        // "China warns of countermeasures over US chip curbs": a warning of a measure threatens it.
        addVerb(&lex, ["warn of"], .tightening, threat: true)
        // "China Raises Threat of Rare-Earths Cutoff to U.S.": raising a threat of a measure threatens it.
        addVerb(&lex, ["raise threat of", "raise the threat of", "raise threats of"], .tightening, threat: true)
        // "regains ability to sell": the permission comes back.
        addVerb(&lex, ["regain", "unwind", "delist", "whitelist", "spare", "carve out"], .easing)
        addVerb(&lex, ["nix"], .easing, past: ["nixed"])
        addVerb(&lex, ["axe", "ax"], .easing, past: ["axed"])
        addVerb(&lex, ["kill", "pull", "slow"], .reducer)
        // "China torpedoes Intel's bid to buy Tower", "Beijing scuttles the deal": an end put to what follows.
        addVerb(&lex, ["scuttle", "derail", "torpedo"], .reducer)
        lex.add("torpedoes", .verb(VerbSense(lemma: "torpedo", verbClass: .reducer, alsoNoun: false, participle: false,
                                             impliedTopic: nil, isThreat: false)))
        // "US pulls plug on chip export curbs": the idiom ends what it names.
        addVerb(&lex, ["pull the plug on", "pull plug on"], .reducer)
        addVerb(&lex, ["receive", "obtain", "secure"], .starter)
        addVerb(&lex, ["win"], .starter, double: true, past: ["won"])
        addVerb(&lex, ["get"], .starter, double: true, past: ["got", "gotten"])
        addVerb(&lex, ["clamp down", "squeeze", "throttle", "choke off"], .tightening)
        // "Commerce moved to make it harder for Samsung to keep making chips in China": what is made harder is
        // restricted, what is made easier is eased (the object runs on as "restricts China's ability to buy").
        addVerb(&lex, ["make it harder for", "make it more difficult for", "make it tougher for"], .tightening, past: ["made"])
        addVerb(&lex, ["make it easier for"], .easing, past: ["made"])
        // "China has made it more difficult to export rare earth magnets": the same, with no one named.
        addVerb(&lex, ["make it harder to", "make it more difficult to", "make it tougher to"], .tightening, past: ["made"])
        addVerb(&lex, ["make it easier to"], .easing, past: ["made"])
        // "China weaponizes rare earths", "US turns the screws on Chinese chipmakers": the press's figures for
        // a control used against the other side.
        addVerb(&lex, ["weaponize", "weaponise"], .tightening)
        addVerb(&lex, ["turn the screws on", "tighten the screws on"], .tightening, past: ["turned", "tightened"])
        // "Beijing waves through rare earth export licences": approved without a hold.
        addVerb(&lex, ["wave through"], .easing, past: ["waved"])
        // "China shuns US soybeans", "boycotts Boeing jets": goods kept out.
        addVerb(&lex, ["shun"], .tightening, double: true)
        // "China will freeze out U.S. companies that sell arms to Taiwan", "US slams door on Chinese connected
        // cars": the other side's firms or goods kept out of a market.
        addVerb(&lex, ["freeze out"], .tightening, past: ["froze", "frozen"])
        addVerb(&lex, ["shut out", "shut the door on", "shut door on"], .tightening, double: true, past: ["shut"])
        addVerb(&lex, ["slam the door on", "slam door on"], .tightening, double: true)
        addVerb(&lex, ["lock out", "close the door on", "close door on"], .tightening)
        addVerb(&lex, ["fine", "punish"], .tightening, alsoNoun: true)  // "Chinese regulator fines Nvidia"
        addVerb(&lex, ["snub"], .tightening, alsoNoun: true, double: true)
        addVerb(&lex, ["boycott"], .tightening, alsoNoun: true)  // "its chip boycotts" is a noun
        addVerb(&lex, ["cap"], .tightening, alsoNoun: true, double: true)
        addVerb(&lex, ["take", "knock"], .adder, past: ["took", "taken", "knocked"])
        addVerb(&lex, ["hit"], .adder, double: true, past: ["hit"])
        // "hits back with 84% tariffs": a retaliation names its measure.
        addVerb(&lex, ["hit back with", "strike back with", "retaliate with", "respond with", "answer with"],
                .tightening, past: ["hit back with", "struck back with", "retaliated with", "responded with",
                                    "answered with"])
        // "found to have violated", "violated antimonopoly law": a finding against the target.
        addVerb(&lex, ["violate"], .tightening)
        addVerb(&lex, ["breach"], .tightening, alsoNoun: true)
        // Collecting fees or duties puts them in force; collecting data does not (no measure).
        addVerb(&lex, ["charge", "collect", "implement", "enforce"], .starter, alsoNoun: true)
        // "exclusions allowed to expire": a respite that lapses tightens, a measure that lapses eases.
        addVerb(&lex, ["expire", "lapse", "run out"], .reducer, past: ["expired", "lapsed", "ran out"])
        // "reported lower sales": an adjective unless a subject, modal or "to" comes first.
        addVerb(&lex, ["lower"], .reducer, alsoNoun: true)
        addVerb(&lex, ["withdraw"], .reducer, past: ["withdrew", "withdrawn"])
        // "China retracts tariffs on US goods": taken back.
        addVerb(&lex, ["retract"], .reducer)
        // "US withholds export licences for Huawei suppliers", "China reins in rare earth exports", "Beijing rations
        // rare earth export licences": a flow held back (tightening); a measure reined in eases.
        addVerb(&lex, ["withhold"], .reducer, past: ["withheld"])
        addVerb(&lex, ["rein in", "ration"], .reducer)
        addVerb(&lex, ["suspend", "reduce", "slash", "halve", "cease",
                       "cancel", "terminate", "revoke", "call off", "shelve", "shave", "curtail", "dial back", "pare back",
                       "eliminate", "abolish", "do away with", "slice", "whittle down", "lighten",
                       // "US commerce department yanks back Huawei export licenses": revoked.
                       "yank back", "yank", "claw back", "dial down"], .reducer)
        // "narrows export curbs" eases, "narrows tariff exclusions" tightens, as a cut does. Inflected forms
        // only: "a narrow exemption", "narrow scope" are adjectives.
        for (form, participle) in [("narrows", false), ("narrowing", false), ("narrowed", true), ("tempers", false),
                                   ("tempering", false), ("tempered", true)] {
            lex.add(form, .verb(VerbSense(lemma: form.hasPrefix("narrow") ? "narrow" : "temper", verbClass: .reducer,
                                          alsoNoun: false, participle: participle, impliedTopic: nil, isThreat: false)))
        }
        addVerb(&lex, ["trim"], .reducer, double: true)
        // "U.S. will phase out tariffs on China as part of Phase 1 deal": ended by steps, as a cut ends a measure.
        addVerb(&lex, ["phase out"], .reducer)
        addVerb(&lex, ["halt", "pause"], .reducer, alsoNoun: true)
        addVerb(&lex, ["freeze"], .reducer, alsoNoun: true, past: ["froze", "frozen"])
        addVerb(&lex, ["end"], .reducer, alsoNoun: true)
        // "puts an end to tariff exemptions": the idiom ends what it names (not a measure "put on" goods).
        addVerb(&lex, ["put an end to", "put a stop to"], .reducer, double: true, past: ["put"])
        addVerb(&lex, ["bring an end to"], .reducer, past: ["brought"])
        addVerb(&lex, ["call a halt to"], .reducer)
        // "US Puts Brakes on AI Chip Exports to China": braking a flow curbs it, braking a hike delays it.
        addVerb(&lex, ["put the brakes on", "put brakes on", "slam the brakes on", "hit the brakes on"], .reducer, double: true,
                past: ["put", "slammed", "hit"])
        // "US hits pause on China tariff hike": the subject pauses it (the bare noun "pause on" would leave the
        // actor to the words around it, "China tariff").
        addVerb(&lex, ["hit pause on", "hit the pause button on", "put a pause on", "put pause on"],
                .reducer, double: true, past: ["hit", "put"])
        addVerb(&lex, ["press pause on", "press the pause button on"], .reducer, past: ["pressed"])
        addVerb(&lex, ["cut"], .reducer, alsoNoun: true, double: true, past: ["cut"])
        addVerb(&lex, ["stop"], .reducer, double: true)
        addVerb(&lex, ["raise", "expand", "broaden", "widen", "double",
                       "ramp up", "ratchet up", "jack up", "speed up", "accelerate", "expedite", "enhance", "intensify", "beef up", "heighten", "triple", "quadruple", "resume", "restore", "restart"], .increaser)
        addVerb(&lex, ["increase", "hike", "boost"], .increaser, alsoNoun: true)
        addVerb(&lex, ["step up"], .increaser, double: true)
        // "China ups tariffs on US goods to 125 per cent": raised. Inflected forms only ("up" is a preposition).
        lex.add(["ups", "upped", "upping"], .verb(VerbSense(lemma: "up", verbClass: .increaser, alsoNoun: false,
                                                          participle: false, impliedTopic: nil, isThreat: false)))
        // "Beijing sharpens its export controls", "Trump piles on tariffs": made stronger, as "bolster" is.
        // (Not "deepen": what deepens in headlines is tensions and rifts, and it splits the headline's clauses.)
        addVerb(&lex, ["sharpen", "pile on"], .increaser)
        // "China bolsters export controls on rare earths": a measure made stronger.
        addVerb(&lex, ["bolster"], .increaser)
        // "US doubles down on chip curbs against China": a measure pressed harder.
        addVerb(&lex, ["double down on"], .increaser)
        // "US to phase in tariffs on Chinese chips": started by steps ("phase out" ends by steps).
        addVerb(&lex, ["phase in"], .starter)
        // "US, China roll over trade truce": kept for another term.
        addVerb(&lex, ["extend", "prolong", "renew", "roll over"], .extender)
        addVerb(&lex, ["postpone", "push back"], .delayer)
        addVerb(&lex, ["defer"], .delayer, double: true)
        // "US puts off tariffs on Chinese goods": put off is a delay, not a measure put on goods.
        addVerb(&lex, ["put off"], .delayer, double: true, past: ["put"])
        addVerb(&lex, ["delay"], .delayer, alsoNoun: true)
        addVerb(&lex, ["order"], .starter, alsoNoun: true)
        // "stall": talks or licences that stall are delayed, which the policy counts as neutral
        // ("US-China tariff truce extended as outstanding issues stall a deal", "Backlog Stalls Nvidia H20
        // AI Chip Licenses"); only a stalled hike is a move (delayerMove).
        addVerb(&lex, ["stall"], .delayer)
        addVerb(&lex, ["collapse", "break down", "walk out", "falter", "unravel"], .breakdown)
        // "China walks away from trade talks with US": a breakdown only where talks are its topic.
        addVerb(&lex, ["walk away from", "walk out of", "pull out of"], .breakdown,
                past: ["walked away from", "walked out of", "pulled out of"])
        addVerb(&lex, ["break down"], .breakdown, past: ["broke down"])
        // "Micron products failed its cybersecurity review": only a review failed is a move (see verbMove).
        addVerb(&lex, ["fail"], .breakdown)
        addVerb(&lex, ["come down", "go down"], .easing, past: ["came down", "gone down"])
        addVerb(&lex, ["hold off on", "hold off"], .easing, past: ["held off on", "held off"])
        addVerb(&lex, ["pull back on", "pull back from", "back away from", "walk back", "retreat from", "back off",
                       "relent on", "back down on", "reconsider", "rethink", "revisit", "backtrack on"], .easing)
        addVerb(&lex, ["step back from"], .easing, double: true)
        addVerb(&lex, ["abandon"], .reducer)
        // "China closes Google investigation": a probe closed eases, a loophole closed tightens. Only the
        // finite and participle forms: "close to a deal" is an adjective.
        // ("Trump Signs Order Closing Exemptions to Low-Cost Imports From China": the gerund too.)
        lex.add(["closes", "closed", "closing"], .verb(VerbSense(lemma: "close", verbClass: .reducer, alsoNoun: false,
                                                      participle: false, impliedTopic: nil, isThreat: false)))
        // "US Races to Close Loophole in Ban on China Tech Firm Inspur": the plain form only after "to" or a
        // modal, and only on a loophole or an exemption (see `actsAsVerb`).
        lex.add(["close"], .verb(VerbSense(lemma: "close", verbClass: .reducer, alsoNoun: true,
                                           participle: false, impliedTopic: nil, isThreat: false)))
        addVerb(&lex, ["begin"], .starter, double: true, past: ["began", "begun"])
        addVerb(&lex, ["initiate", "launch", "open", "start", "announce", "file", "unveil", "introduce",
                       "roll out", "publish", "release", "promulgate", "enact", "adopt", "administer",
                       // "Trump administration finalizes tariffs on $16 billion in Chinese goods": a measure made final
                       // is started; a deal made final is reached (as "launch" a dialogue).
                       "finalize", "finalise",
                       // "US unleashes tariffs on Chinese goods": let loose.
                       "unleash"], .starter)
        // Adjusting or amending a measure says neither way: the lede must tell (MOFCOM and
        // Tariff Commission titles, "Amendment to Duties ...").
        addVerb(&lex, ["adjust", "modify", "amend", "revise", "update"], .modifier)
        // Also a noun ("commercial issues"): a verb only after its subject.
        addVerb(&lex, ["issue"], .increaser, alsoNoun: true)
        // "US reissues licences for GE engine parts to COMAC": permissions given again (a rule reissued is a
        // measure renewed, as "issue" reads it).
        addVerb(&lex, ["reissue", "re issue"], .increaser)
        // "China hands out long-awaited GM crop approvals": permissions given, as "issue" reads them.
        addVerb(&lex, ["hand out"], .increaser)
        // "U.S. to Provide Licenses for Sales to Huawei": permissions given, as "issue" reads them.
        addVerb(&lex, ["provide"], .increaser)
        addVerb(&lex, ["add", "place", "put", "include"], .adder)
        addVerb(&lex, ["set up"], .settler, double: true, past: ["set"])
        addVerb(&lex, ["reach", "sign", "agree on", "agree", "establish", "create", "seal", "clinch", "finalize", "finalise",
                       "conclude"], .settler)
        addVerb(&lex, ["strike"], .settler, past: ["struck"])
        // "Trump, Xi agree to one-year trade truce": "agree to" a deal reaches it, as "agree on" does (the phrase is
        // also the announced cue of "agree to cut tariffs", whose own verb then moves).
        addVerb(&lex, ["agree to"], .settler)
        // "U.S. And China Land Interim Trade Deal": landing a deal (a settler moves only deals) reaches it.
        addVerb(&lex, ["land"], .settler)
        addVerb(&lex, ["ink", "formalize", "formalise", "forge", "hammer out"], .settler)  // "Trump Inks Phase One Deal", "order formalizing trade truce", "forging a tentative cease-fire"
        // "summit yields trade truce", "talks produce framework deal", "summit brings a tactical truce": what talks
        // bring out is agreed (a settler moves only deals, frameworks and truces).
        addVerb(&lex, ["yield", "produce", "deliver"], .settler)
        addVerb(&lex, ["bring"], .settler, past: ["brought"])
        addVerb(&lex, ["set"], .settler, double: true, past: ["set"])
        noun(&lex, ["suspension of", "suspension on", "halt to", "halts to", "end to", "halt of", "pause on", "pause of", "pause in",
                    "reduction of", "reduction in", "reductions in", "decrease of", "decrease in", "decreases in", "cut in", "cuts in", "cuts to", "rollback of",
                    "withdrawal of", "cancellation of", "freeze on", "revocation of", "termination of", "elimination of",
                    "abolition of"], .reducer)
        noun(&lex, ["wins approval", "won approval", "gets approval", "got approval", "receives approval",
                    "received approval", "secures approval", "secured approval", "wins licence", "wins license",
                    // "Korean chipmakers get green light on Chinese operations".
                    "get green light", "gets green light", "got green light", "get the green light", "gets the green light",
                    "got the green light", "win green light", "wins green light", "won green light", "receive green light",
                    "receives green light", "received green light"], .easing)
        // Taken off a list eases (see fromTheList); taken out of a permission program tightens.
        noun(&lex, ["removal from", "removals from"], .reducer)
        noun(&lex, ["lifting of", "removal of", "easing of", "relaxation of", "exemption from", "exemptions from",
                    "waiver of", "waivers for", "exemption of", "exemptions of"], .easing)
        // Federal Register titles: "Additions to the Entity List", "Addition of Entities to the Entity List".
        // MOFCOM's: "Announces Inclusion of US Entities in the Unreliable Entity List".
        noun(&lex, ["addition of", "additions of", "addition to", "additions to", "inclusion of"], .adder)
        // The Pentagon's notices: "Notice of Availability of Designation of Chinese Military Companies".
        noun(&lex, ["designation of", "designations of"], .adder)
        // The Customs Tariff Commission's titles: "... on the application of tariffs on imports of ... goods
        // originating in the United States" starts the tariffs as "implementation of" does.
        noun(&lex, ["implementation of", "initiation of", "application of", "proposed action in", "notice of action in",
                    "notice of action and proposed action in",
                    // MOFCOM's trade-remedy titles: "Final Ruling on the Anti-dumping Investigation against Imports of ...".
                    "final ruling on", "preliminary ruling on", "final ruling of", "preliminary ruling of"], .starter)
        noun(&lex, ["adjustment of", "adjustment to", "adjustments to", "amendment to", "amendments to",
                    "modification of", "modifications to", "revision to", "revisions to", "revision of"], .modifier)
        noun(&lex, ["imposition of", "tightening of", "a violation of", "violation of", "crackdown on", "crackdown against",
                    "clampdown on", "clampdown against",
                    "campaign against"],
             .tightening)
        // "Announces Reinstatement of US Tariff Exclusions": restored, as "reinstates" restores.
        // "resumption of purchases" eases, "resumption of tariffs" tightens: as "resumes" reads them.
        noun(&lex, ["reinstatement of", "restoration of", "resumption of"], .increaser)
        noun(&lex, ["expansion of", "increase in", "increases in", "hike in", "hikes in", "hike on"], .increaser)
        noun(&lex, ["extension of", "extension for", "extensions for", "extensions of", "extension on", "extensions on",
                    "renewal of", "renewal for"], .extender)
        noun(&lex, ["delay of", "delay in", "postponement of"], .delayer)
        lex.add(["off limits"], .verb(VerbSense(lemma: "off limits", verbClass: .tightening, alsoNoun: false,
                                                 participle: false, impliedTopic: nil, isThreat: false)))
        // "summit may be off", "talks are off": the meeting is cancelled.
        lex.add(["be off", "is off", "are off", "now off"], .verb(VerbSense(lemma: "be off", verbClass: .breakdown,
                                                 alsoNoun: false, participle: false, impliedTopic: nil, isThreat: false)))
        lex.add(["off the table"], .verb(VerbSense(lemma: "off the table", verbClass: .easing, alsoNoun: false,
                                                   participle: false, impliedTopic: nil, isThreat: false)))
        lex.add(["struck", "struck a"], .verb(VerbSense(lemma: "strike", verbClass: .settler, alsoNoun: false,
                                                        participle: true, impliedTopic: nil, isThreat: false)))
    }

    /// A verb's noun ("suspension of"): it moves a position as the verb does
    /// ("confirms suspension of port fees"), yet never counts as attributive.
    private static func noun(_ lex: inout Lexicon, _ phrases: [String], _ cls: VerbClass) {
        lex.add(phrases, .verb(VerbSense(lemma: phrases[0], verbClass: cls, alsoNoun: false, participle: false,
                                          impliedTopic: nil, isThreat: false, isChangeNoun: true)))
    }

    private static func addObjects(_ lex: inout Lexicon) {
        lex.add(["controls", "control", "restrictions", "restriction", "curbs", "curb", "ban", "bans",
                 "prohibition", "prohibitions", "tariff", "tariffs", "duty", "duties", "levy", "levies", "fees",
                 "fee", "charges", "sanctions", "measures", "countermeasures", "counter measures", "retaliation", "reprisals", "requirements", "requirement",
                 "rule", "rules", "penalties", "war", "blockade", "cutoff", "cutoffs", "limits", "barriers", "suspensions", "licensing hurdles", "licensing hurdle",
                 "provisions", "regulations", "action", "actions", "edict", "edicts",
                 "rates", "rate", "investigation", "probe", "taxes", "policy", "denial order", "denial orders",
                 "temporary denial order", "temporary denial orders", "export denial order",
                 // "is issuing antidumping duty (AD) orders": a trade-remedy order is a duty, not purchase orders.
                 "duty order", "duty orders", "antidumping order", "antidumping orders", "countervailing order",
                 "countervailing orders",
                 // "Chinese customs step up checks on US chips": customs scrutiny of the other side's goods.
                 "checks", "customs checks", "inspections", "customs inspections"], .object(.measure))
        lex.add(["exports", "exporting", "sales", "sale", "shipments", "supplies", "supply", "licenses", "licences",
                 "license", "licence", "approvals", "purchases", "imports", "deliveries", "access", "cooperation",
                 "talks", "visit", "meeting", "dialogue", "negotiations", "consultations", "trip", "trade", "buying", "purchasing", "orders",
                 "shipping", "soybeans", "flow of", "flows", "quota", "quotas", "status", "authorization", "authorizations",
                 "authorisation", "authorisations", "permits", "permit", "export", "approval", "authority", "registrations", "registration",
                 // "gets US nod to ship ethane to China": an approval received.
                 "nod",
                 // "US companies can now resume business with Huawei": trade with a firm.
                 "business with",
                 // "China suspends US meat exporter": a registered exporter is its exports' permission.
                 "meat exporter", "meat exporters", "meat plant", "meat plants", "beef exporter", "beef exporters", "beef plants",
                 // A status that keeps tariffs low: withdrawn, it raises them.
                 "normal trade relations", "permanent normal trade relations", "pntr"], .object(.flow))
        // China's small parcels to the US, which its duty-free (de minimis) entry let in: a flow that US tariffs move.
        let chinaParcels = ["parcels from china", "packages from china", "china parcels", "parcels from mainland china",
                            "packages from mainland china", "chinese parcels"]
        lex.add(chinaParcels, .object(.flow))
        lex.add(chinaParcels, specific(.tariffs, .us))
        // (Plurals too: "Extend Tariff Pauses" extends reliefs. Not "suspensions": "Ends Some Soybean Import
        // Suspensions" ends curbs, as a suspension of imports is one.)
        lex.add(["truce", "truces", "suspension", "pause", "pauses", "reprieve", "reprieves", "exemption", "exemptions", "exclusion",
                 "exclusions", "waiver", "waivers", "deadline",
                 // "U.S. to Extend Permission for Samsung and SK Hynix to Export New Tools to China": leave given, as a waiver.
                 "permission", "permissions",
                 // "adds U.S. agricultural products to tariff-exempt list": a list of goods exempted is a relief.
                 "exempt list", "exemption list", "exempted list",
                 // "USTR Extends Effective Entry Date for Section 301 List 3 Tariffs": a start put later, as a deadline.
                 "effective date", "effective entry date", "entry date", "implementation date", "compliance date", "moratorium", "ceasefire", "cease fire", "loophole", "validity",
                 "loopholes", "exception", "exceptions", "duty free", "tariff free", "de minimis treatment", "tax free", "tax free treatment",
                 "duty free treatment", "duty free access",
                 // "an expansion of the tariff-cutting Information Technology Agreement": a pact that cuts tariffs is a relief.
                 "tariff cutting", "duty cutting",
                 // The de minimis exemption is a relief from tariffs: ended or eliminated, tariffs rise.
                 "de minimis", "de minimis exemption", "de minimis exemptions", "de minimis provision", "de minimis rule",
                 "de minimis loophole"], .object(.respite))
        lex.add(["list", "entity list", "export administration regulations list", "ear list", "blacklist", "unreliable entity list", "list of unreliable entities", "export control list", "listings", "listing",
                 // The Pentagon's designations are its list.
                 "chinese military companies", "designated chinese military companies",
                 "military list", "1260h list",
                 "unverified list", "unreliable entities list", "covered list", "fcc covered list",
                 "designations", "additions"], .object(.list))
        lex.add(["probe", "probes", "investigation", "investigations", "inquiry", "review", "case", "scrutiny",
                 "crackdown", "clampdown"], .object(.probe))
        lex.add(["deal", "agreement", "framework", "truce", "ceasefire", "cease fire", "consensus", "arrangement", "accord", "pact", "channel", "mechanism", "hotline", "working group", "dialogue",
                 "information exchange", "info exchange", "information sharing", "exchange info", "exchange information",
                 "share information",
                 "consensuses", "deals", "agreements",
                 // "Washington and Beijing reached a new trade understanding": an agreement by another name.
                 "understanding"],
                .object(.deal))
    }

    private static func addCues(_ lex: inout Lexicon) {
        lex.add(["may", "might", "could", "consider", "considers", "considering", "considered", "mull", "mulls",
                 "mulling", "weigh", "weighs", "weighing", "threatens", "threatened", "threatening", "threat",
                 "warn", "warns", "warned", "warning", "plan to", "plans to", "planning to", "planned", "expected to",
                 "likely to", "poised to", "seek", "seeks", "seeking to", "propose", "proposes", "proposed",
                 "suggesting", "suggests", "eyes", "eyeing", "looking to", "prepares to",
                 "preparing to", "mulled", "floats", "floated", "could be", "signals", "signaled", "signalled",
                 "hints", "hinted", "pledge", "pledges", "pledged", "vows", "vowed", "intends to", "aims to",
                 "under consideration", "under review", "potential",
                 // A bill is not yet law: what it would do is a signal.
                 "bill", "bills", "legislation"],
                .cue(.signal))
        lex.add(["reportedly", "sources say", "sources said", "people familiar", "person familiar",
                 "according to people", "according to a person", "according to sources", "report", "reports",
                 "reported", "sources", "insiders", "rumor", "rumour", "speculation"], .cue(.source))
        lex.add(["will", "would", "shall", "agree to", "agrees to", "agreed to", "set to", "sets to",
                 "confirms", "confirmed", "decided to", "decides to", "to take effect", "from november",
                 "starting", "effective from", "beginning", "announces", "announced", "says it will", "he'll", "she'll",
                 "it'll", "we'll", "they'll"],
                .cue(.announced))
        lex.add(["effective immediately", "with immediate effect", "took effect", "takes effect", "kicked in",
                 "came into force", "in force", "officially"], .cue(.immediate))
        lex.add(["not", "no", "never", "won't", "wouldn't", "doesn't", "didn't", "don't", "isn't", "can't",
                 "cannot", "refuse to", "refuses to", "refused to", "reject", "rejects", "rejected", "deny",
                 "denies", "denied", "no plans to", "rules out", "ruled out", "rule out", "without", "nor",
                 "declined to", "declines to", "resist", "resists", "let alone",
                 // What is averted does not happen: "extend truce to avert tariff hikes".
                 "avert", "averts", "averted", "averting", "avoid", "avoids", "avoided", "avoiding", "prevent",
                 "prevents", "stave off", "staves off", "head off", "forestall", "ward off",
                 // "hard to strike a deal with": what is hard is not done.
                 "hard to", "difficult to", "tough to",
                 // "accuses Beijing of failing to resume exports": what was not done is no move.
                 "failing to", "failed to", "fails to", "fail to", "refusing to", "dragging its feet on", "drags its feet on",
                 "dragged its feet on", "dragging their feet on", "drag their feet on", "slow-rolling", "slow-walking",
                 // "stopped short of confirming that Trump approved the consensus": what one stops short of is not done.
                 "stopped short of", "stops short of", "stop short of",
                 // "China slow to ramp up U.S. soybean purchases": what is slow to come has not come.
                 "slow to", "slower to", "yet to", "has yet to", "have yet to"], .cue(.negation))
        lex.add(["deny", "denies", "denied", "denying", "dismiss", "dismisses", "dismissed", "reject", "rejects",
                 "rejected", "rules out", "ruled out", "rule out", "refuse to", "refuses to", "refused to",
                 "no plans to",
                 // A move judged unlikely is no move: "China is unlikely to resume purchases".
                 "unlikely to", "not likely to"], .cue(.denial))
        lex.add(["agree", "agrees", "agreed", "pledge", "pledges", "pledged", "promise", "promises", "promised",
                 "vow", "vows", "vowed", "commit", "commits", "committed"], .cue(.commitment))
        lex.add(["urge", "urges", "urged", "urging", "demanding", "calling on", "asking", "demand", "demands", "demanded", "call on", "calls on", "called on",
                 "press", "presses", "pressed", "push", "pushes", "pushed", "ask", "asks", "asked", "wants",
                 "want", "hopes", "hoped", "requested", "requests", "lobby", "lobbies",
                 "call for", "calls for", "called for", "calling for",
                 // Prescriptions and lawsuits ask for a move; they do not make one.
                 "should", "must", "ought to", "needs to", "need to", "sue", "sues", "sued", "suing", "lawsuit",
                 "petition", "petitions", "petitioned",
                 // "It is in the fundamental interest of U.S. consumers that the country removes tariffs": a case made.
                 "in the interest of", "in the interests of", "in the fundamental interest of", "in the fundamental interests of",
                 // "canceling tariff hikes is an important condition for the two sides to reach a deal": a condition set.
                 "condition for", "precondition for", "prerequisite for",
                 // "US under pressure to lift tariffs": pressed by others, not yet moved.
                 "under pressure to", "pressure to", "pressured to", "calls to", "pressed to"], .cue(.demand))
        lex.add(["after", "before", "if", "unless", "when", "following", "since", "while", "despite",
                 "once", "until", "whether", "amid", "ahead of", "in response to", "which", "that had",
                 "who", "as part of", "had been", "earlier", "previously", "last year", "although", "though",
                 "even though", "under the agreement", "under an agreement", "under the deal", "under a deal",
                 "under the truce", "under the framework", "under a framework", "in exchange for", "in return for",
                 // The agenda of talks, not a move: "the talks will focus on extending the truce".
                 "focus on", "focuses on", "focused on", "focusing on", "discuss", "discusses", "discussed",
                 "discussing", "agenda", "talking about", "talk about", "talks about", "talked about",
                 // Forecasts by others: "chipmakers brace for more US curbs".
                 "brace for", "braces for", "bracing for", "braced for", "expect", "expects", "fear", "fears",
                 "feared", "previous", "prior", "followed", "follows", "came after", "comes after", "began with", "started with", "triggered by", "sparked by",
                 "that were", "that was", "which were", "which was", "that would have", "will cover", "would cover",
                 "resulting from", "as a result of", "due to", "in the wake of", "on the heels of",
                 "to cover"], .cue(.background))
        // "Trump says he expects to lower the fentanyl tariff": the actor's own intention is a signal.
        lex.add(["expects to", "expect to"], .cue(.signal))
        // What talks are for is not what they decided: "talks aimed at extending the truce".
        lex.add(["aimed at", "aiming to", "aim to", "aims to", "looking to", "hoping to", "hope to", "in focus",
                 "seeking to", "seek to", "seeks to", "continue talks on", "continue talks", "with a view to", "to discuss", "expected to discuss", "to negotiate",
                 "negotiating", "to hammer out", "to work out", "pressure to", "under pressure", "will cover",
                 "discussions", "agenda", "with the aim of", "the aim of",
                 // "Trump Has The 'Final Say' On Extending US-China Truce": who will decide is no decision.
                 "final say on", "final say", "the last word on", "final call on", "final call",
                 // "agreed to hold further talks on extending their tariff truce": what more talks are to be about.
                 "further talks on", "more talks on", "hold talks on", "talks on extending", "talks on an extension",
                 // "try to reach an agreement as early as possible": an attempt is no agreement.
                 "try to", "tries to", "trying to", "tried to", "strive to", "strives to", "striving to",
                 "endeavor to", "endeavour to", "work toward", "work towards", "working toward", "working towards",
                 // "The aim: to secure an extension of the current tariff truce": a goal set out, not reached.
                 "the aim :", "the goal :", "the objective :", "aim is to", "goal is to", "objective is to",
                 // "meeting ... with the goal of finalizing a rare earths agreement": the purpose, not the outcome.
                 "with the goal of", "the goal of", "in a bid to"], .cue(.goal))
        // Comment periods and hearings are process, not moves (../shared/eval/README.md).
        lex.add(["public comment", "public comments", "request for comments", "requests for comments",
                 "request for public comment", "comment period", "invites comment", "invites comments",
                 "invites public comment", "seeks comment", "seeks comments", "seeks public comment",
                 "asks comments", "asks for comments", "asks for public comment", "public comment process",
                 "comments requested", "comment requested", "requests comments", "request comments",
                 "seeking comments", "seeking comment", "seeking public comment", "seeking public comments",
                 "holds hearing", "holds hearings", "hold hearing", "hold hearings", "held hearing", "held hearings",
                 "public hearing", "public hearings", "notice of hearing", "opens comment"], .cue(.consultation))
        lex.add(["protest", "protests", "lodges protest", "condemns", "condemned", "slams", "slammed", "criticizes",
                 "criticises", "criticized", "blasts", "opposes", "reacts", "responds", "hits back", "fires back", "decries",
                 "denounces", "vows response", "pushes back", "vows", "vowed", "retaliates", "hit back",
                 // "China to retaliate after Trump threatens fresh tariffs": the move answered is in the "after" clause.
                 "retaliate", "retaliated",
                 // "China will take 'all measures necessary' after 11 Chinese entities added to US entity list".
                 "all measures necessary", "all necessary measures",
                 // "China Claps Back at U.S. Export Blacklist": idioms of a reaction aimed at a measure.
                 "hits back at", "hit back at", "claps back at", "clap back at", "fires back at", "fire back at",
                 "lashes out at", "lash out at", "hits out at", "strikes back at",
                 // "US officials blast China's actions on rare earths".
                 "blast", "blasted",
                 "stands against", "stand against", "opposed to", "rejects", "warns of retaliation",
                 "promises strong response", "vows strong response", "promises a strong response",
                 // "Beijing answers US chip curbs with gallium ban", "China responds in kind to US tariffs": the reply
                 // named after "with" is the move (ItemScan+Reactions).
                 "answers", "answered", "responds in kind to", "responded in kind to", "retaliates in kind to",
                 // A lede tells the reaction in the past: "China protested after the US added 37 firms to the entity
                 // list" reports the listing in its "after" clause, as the headline's "protests after" does.
                 "protested", "reacted", "responded", "decried", "denounced", "pushed back", "lodged protest",
                 "lodged a protest", "expressed discontent", "expressed dissatisfaction", "expressed strong dissatisfaction",
                 "expressed firm opposition", "voiced opposition",
                 // "China accuses US of unfair anti-dumping measures", "urged to condemn": an accusation and the
                 // plain forms of the verbs above answer a measure as they do.
                 "accuses", "accused", "accuse", "criticize", "criticise", "condemn", "denounce", "decry",
                 // A ministry's statement in the present: "MOFCOM expresses firm opposition", "lodges solemn representations".
                 "expresses dissatisfaction", "expresses strong dissatisfaction", "voices dissatisfaction",
                 "voices strong dissatisfaction", "expresses firm opposition", "expresses opposition", "voices firm opposition",
                 "solemn representations", "stern representations", "rebukes", "rebuked", "lodges representations",
                 "lodged representations", "dissatisfied with", "strongly dissatisfied with"], .cue(.reaction))
        lex.add(["data showed", "data show", "data shows", "according to data", "data from", "customs data", "customs figures", "figures released", "data released", "figures showed", "figures show",
                 "statistics", "shipments rose", "exports rose", "exports fell", "exports jumped", "exports surged",
                 "trade data", "prices", "stocks", "shares", "investors", "markets", "wall street", "futures",
                 "stock market", "stock", "rally", "rallies", "slump", "slumps", "earnings", "indices", "dow jones", "s&p",
                 "nasdaq", "compared to", "compared with", "year on year", "from a year earlier", "from a year ago",
                 "previous month", "month on month", "twofold", "threefold", "fourfold", "fivefold", "sixfold",
                 "sevenfold", "tenfold", "record high", "record low",
                 "quarterly results", "quarterly sales",
                 // "China exported no germanium, gallium in Aug as curbs went into effect": a month's trade data.
                 "exported no", "shipped no", "exported zero", "shipped zero"], .cue(.report))
        lex.add(["analysis", "opinion", "commentary", "explainer", "why", "how", "what", "argued", "argues",
                 "scholar", "lessons", "explained", "q&a", "podcast", "editorial", "column", "analysts", "analyst", "experts say", "economists", "timeline",
                 "factbox", "fact box", "interview", "key dates",
                 // Wire features by their kicker: "INSIGHT-US blacklist on China is riddled with errors".
                 "insight", "breakingviews", "what to know", "things to know", "in charts",
                 "look back", "recap", "analyzing", "analysing", "navigating", "examining", "assessing",
                 "unpacking", "decoding", "explained", "what it means", "what this means", "implications",
                 "takeaways", "primer", "deep dive", "an interpretation of", "interpretation of", "explains",
                 "overview", "summary of", "this day in history", "a look at", "faq", "faqs", "frequently asked questions",
                 "guide to",
                 // A lawyer's or a firm's forecast is commentary, not a government's move.
                 "lawyer says", "lawyers say", "law firm says", "law firms say", "attorney says", "attorneys say", "expert says",
                 "think tank", "predicts", "forecasts"], .cue(.analysis))
        lex.add(["retain", "retains", "retained", "retaining", "keep", "keeps", "kept", "keeping", "maintain",
                 "maintains", "maintained", "still", "remain", "remains", "remained", "continue", "continues",
                 "unchanged", "existing", "current", "on track", "on course", "continuing",
                 // "China defends export control as response to U.S. sanctions": a measure defended is in force.
                 "defends", "defended", "defending", "justifies", "justified", "justifying"], .cue(.hold))
        lex.add(["to"], .cue(.infinitive))
        lex.add(["to"], .cue(.toWord))
        lex.add(["will", "would", "may", "might", "could", "can", "should", "shall", "must", "to", "will not",
                 "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "also", "now", "not",
                 "won't", "officially", "formally", "quietly", "further", "reportedly", "again", "once again",
                 "abruptly", "effectively", "partially", "temporarily", "finally", "fully", "and", "plan to",
                 "plans to", "agrees to", "agreed to", "set to", "expected to", "moves to", "moved to", "vows to",
                 "would not", "did not", "does not", "did", "does", "just", "then", "newly", "still",
                 "unilaterally", "jointly", "swiftly", "gradually", "largely", "broadly", "successively", "separately",
                 "simultaneously", "mutually", "reciprocally", "progressively",
                 // degree and manner adverbs of a change: "significantly increases tariffs"
                 "significantly", "sharply", "substantially", "dramatically", "drastically", "steeply", "massively",
                 "slightly", "modestly", "immediately", "permanently", "indefinitely", "retroactively"], .cue(.adverb))
        // The wire's day of the news between a subject and its verb: "China on Tuesday banned exports of
        // gallium", "The Commerce Department last week added 27 firms" (adverbs of time, as "now" is).
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        lex.add(weekdays.flatMap { ["on \($0)", "late on \($0)", "early on \($0)", "late \($0)", "early \($0)", $0] }
                + ["last week", "this week", "earlier this week", "earlier today", "today", "yesterday", "overnight",
                   "on thursday night"], .cue(.adverb))
        lex.add(["may", "might", "could", "will", "would", "can", "should", "shall", "must"], .cue(.modal))
        lex.add(["on", "of", "for", "to", "against", "from", "with", "into", "in", "over", "at", "under",
                 "about", "by", "between", "including", "toward", "towards", "via", "amid", "as"],
                .cue(.preposition))
        lex.add(["iran", "iranian", "oil", "crude", "refinery", "refineries", "refiner", "refiners", "teapot", "russia", "russian", "ukraine",
                 "hong kong", "xinjiang", "uyghur", "uyghurs", "human rights", "tibet", "north korea", "cyber",
                 "hacking", "hackers", "espionage", "military officials"], .cue(.offTopic))
        // China's curbs on fentanyl precursors: the labelled rounds since the 40th file its export licences on them
        // (its side of the 2025 deal) as China's chemical export controls; they are no US measure.
        lex.add(["precursor chemicals", "precursor chemical", "fentanyl precursors", "fentanyl precursor",
                 "precursors", "drug precursors"], specific(.chemicals, .china))
        lex.add(["mining", "quota", "quotas", "smelting", "production quotas", "output", "consolidation"],
                .cue(.domestic))
        lex.add(["new", "additional", "extra", "fresh", "further", "more", "higher", "sweeping", "tougher",
                 "stricter", "expanded", "planned", "proposed", "latest"], .cue(.novelty))
        lex.add(["by"], .cue(.agent))
        lex.add(["%", "percent", "per cent", "pct"], .cue(.percentUnit))
        lex.add(["from"], .cue(.from))
    }
}
