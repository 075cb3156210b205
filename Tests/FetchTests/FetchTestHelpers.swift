import Fetch
import Foundation
import TestSupport

/// A small RSS document for bodies.
let sampleFeed = """
<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>\
<item><title>China suspends rare-earth export controls</title></item></channel></rss>
"""

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
