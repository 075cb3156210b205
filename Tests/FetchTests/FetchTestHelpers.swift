import Fetch
import Foundation
import TestSupport

/// A small RSS document for bodies.
let sampleFeed = """
<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>\
<item><title>China suspends rare-earth export controls</title></item></channel></rss>
"""

/// A port on 127.0.0.1 with nothing listening: a server that was started and stopped.
func refusedPort() async throws -> UInt16 {
    let server = try HTTPTestServer { _ in .ok("") }
    let port = server.port
    server.stop()
    // The accept loop closes the listener within one 50 ms poll.
    try await Task.sleep(for: .milliseconds(300))
    return port
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
