import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Loopback ports for tests.
public enum LoopbackPort {
    /// A port of 127.0.0.1 that was free a moment ago: the kernel picked it for a socket closed at once, so nothing
    /// listens on it until someone binds it.
    public static func free() -> Int? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        return bind(fd)
    }

    /// Binds the socket `fd` to 127.0.0.1 on a port the kernel picks: that port, or nil when it cannot.
    public static func bind(_ fd: Int32) -> Int? {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }
}
