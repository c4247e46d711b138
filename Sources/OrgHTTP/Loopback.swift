import Foundation

/// Whether a URL names this machine itself: a literal address in 127.0.0.0/8, `::1`, or `localhost`
/// (which libcurl answers itself, without asking DNS). Only these may be spoken to in plain http, and
/// requests to them never go through a proxy. Any other host name, however it starts, is not loopback.
enum Loopback {
    static func contains(_ url: URL) -> Bool {
        guard let host = URLComponents(url: url, resolvingAgainstBaseURL: false)?.host else { return false }
        return isLoopback(host: host)
    }

    static func isLoopback(host: String) -> Bool {
        if host.lowercased() == "localhost" { return true }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        var v6 = in6_addr()
        if inet_pton(AF_INET6, bare, &v6) == 1 { return bare.contains(":") && Self.isIPv6Loopback(v6) }
        var v4 = in_addr()
        guard !host.hasPrefix("["), inet_pton(AF_INET, host, &v4) == 1 else { return false }
        return UInt32(bigEndian: v4.s_addr) >> 24 == 127
    }

    private static func isIPv6Loopback(_ address: in6_addr) -> Bool {
        withUnsafeBytes(of: address) { bytes in bytes.prefix(15).allSatisfy { $0 == 0 } && bytes[15] == 1 }
    }
}
