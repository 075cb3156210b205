import Detect
import Testing

@Suite struct StorySimilarityTests {
    @Test func twoOutletsOnOneSuspensionAreOneStory() {
        #expect(StorySimilarity.isSameStory(
            title: "China suspends rare earth export controls for a year", matched: ["suspends", "rare earth", "export controls"],
            title: "Beijing suspends October rare-earth export curbs after Trump-Xi meeting", matched: ["suspends", "rare earth", "export curbs"]))
    }

    @Test func differentMeasuresOnOneTopicAreTwoStories() {
        #expect(!StorySimilarity.isSameStory(
            title: "Beijing lifts curbs on rare earth magnet shipments to American buyers", matched: ["lifts", "curbs", "rare earth", "magnet"],
            title: "China suspends ban on gallium and germanium exports to the United States", matched: ["suspends", "gallium", "germanium"]))
    }
}
