#if canImport(Glibc)
import Glibc
#endif
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// How to open one connection to the cluster's PostgreSQL: the target, TLS as
/// the URL's sslmode says, and the socket options that bound a call when the
/// server or the network is gone (connect within 5 s; an idle peer probed
/// after 5 s and dropped after two lost probes; unacknowledged data for 10 s
/// drops the connection).
struct PGSettings: Sendable {
    let target: PostgresTarget
    /// `application_name`, as `pg_stat_activity` shows it.
    let applicationName: String

    /// The one event-loop thread of every PostgreSQL connection in the
    /// process, started at the first connection: a daemon on SQLite never starts it.
    static let eventLoops = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    /// postgres-nio logs notices and connection events; the store reports its failures itself.
    static let quiet = Logger(label: "tradewatch.postgres") { _ in SwiftLogNoOpLogHandler() }

    /// A new connection, authenticated. Blocks the calling thread (never an event loop's).
    func connect(location: String, operation: String) throws(PostgresStoreError) -> PostgresConnection {
        let tls: PostgresConnection.Configuration.TLS
        do {
            tls = try tlsMode()
        } catch {
            throw PostgresStoreError(location: location, operation: operation, message: "TLS: \(error)")
        }
        let channel: any Channel
        do {
            // An address needs no resolver (getaddrinfo on a Dispatch queue).
            let bootstrap = Self.bootstrap()
            if let address = target.address {
                channel = try bootstrap.connect(to: address).wait()
            } else {
                channel = try bootstrap.connect(host: target.host, port: target.port).wait()
            }
        } catch {
            throw PostgresStoreError(location: location, operation: operation,
                                     message: "cannot connect to \(target.host):\(target.port): \(error)")
        }
        var configuration = PostgresConnection.Configuration(establishedChannel: channel, tls: tls,
                                                             username: target.user, password: target.password,
                                                             database: target.database)
        configuration.options.additionalStartupParameters = [("application_name", applicationName),
                                                             ("client_min_messages", "warning")]
        if tls.isAllowed, target.address == nil { configuration.options.tlsServerName = target.host }
        do {
            return try PostgresConnection.connect(on: channel.eventLoop, configuration: configuration,
                                                  id: 0, logger: Self.quiet).wait()
        } catch {
            channel.close(promise: nil)
            throw PostgresStoreError(location: location, operation: operation, message: PGFailure(error).description)
        }
    }

    private static func bootstrap() -> ClientBootstrap {
        func tcp(_ name: Int32) -> ChannelOptions.Types.SocketOption {
            .init(level: SocketOptionLevel(IPPROTO_TCP), name: SocketOptionName(name))
        }
        return ClientBootstrap(group: eventLoops)
            .connectTimeout(.seconds(5))
            .channelOption(.socketOption(.so_keepalive), value: 1)
            .channelOption(tcp(TCP_KEEPIDLE), value: 5)
            .channelOption(tcp(TCP_KEEPINTVL), value: 2)
            .channelOption(tcp(TCP_KEEPCNT), value: 2)
            .channelOption(tcp(TCP_USER_TIMEOUT), value: 10_000)
    }

    /// libpq's sslmodes: `require` encrypts without checking the certificate,
    /// `verify-ca` checks it against the system's trusted CAs, `verify-full`
    /// also checks the host name; `prefer` uses TLS when the server offers it.
    func tlsMode() throws -> PostgresConnection.Configuration.TLS {
        var config = TLSConfiguration.makeClientConfiguration()
        switch target.sslmode {
        case "disable": return .disable
        case "prefer", "require": config.certificateVerification = .none
        case "verify-ca": config.certificateVerification = .noHostnameVerification
        default: config.certificateVerification = .fullVerification
        }
        let context = try NIOSSLContext(configuration: config)
        return target.sslmode == "prefer" ? .prefer(context) : .require(context)
    }
}

extension PostgresTarget {
    /// The host as a socket address when it is an IPv4 or IPv6 address, not a name.
    var address: SocketAddress? { try? SocketAddress(ipAddress: host, port: port) }
}
