import Foundation

/// Where a URL's requests go, compared as browsers compare origins: the scheme, the host and the port, in
/// lower case, with the scheme's default port filled in. Two spellings of one address (`[::1]` and
/// `[0:0:0:0:0:0:0:1]`) are two origins: a token is then withheld, never sent astray.
public struct Origin: Hashable, Sendable, CustomStringConvertible {
    public let scheme: String
    public let host: String
    public let port: Int

    /// The origin of `url`; nil when it has no host, or a scheme other than http and https without a port.
    public init?(_ url: URL) {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let scheme = components.scheme?.lowercased(), let host = components.host?.lowercased(), !host.isEmpty,
            let port = components.port ?? ["http": 80, "https": 443][scheme]
        else { return nil }
        self.scheme = scheme
        self.host = host
        self.port = port
    }

    /// The origin of the URL `text`; nil when it is not a URL with a host.
    public init?(_ text: String) {
        guard let url = URL(string: text) else { return nil }
        self.init(url)
    }

    public var description: String { "\(scheme)://\(host):\(port)" }
}
