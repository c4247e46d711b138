import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A loopback client socket that writes exactly the bytes a test gives it, for requests no HTTP client
/// sends: a body shorter than its Content-Length, a header never finished, nothing at all. Each read
/// waits at most `deadline` for the server, on a thread of its own, since a server in the same process
/// answers on the concurrency pool that a blocked read would hold.
final class RawConnection: @unchecked Sendable {
    private let socketFD: Int32

    init(port: Int, deadline: Duration = .seconds(10)) throws {
        socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        var timeout = timeval(tv_sec: Int(deadline.components.seconds), tv_usec: 0)
        setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard connected else {
            close(socketFD)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { close(socketFD) }

    /// Writes `text`; stops quietly where the server has closed the connection.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(socketFD, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    /// What the server sent until it closed the connection; `closed` is false when the deadline passed first.
    func readUntilClosed() async -> (text: String, closed: Bool) {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: self.readBlocking(until: nil)) }.start()
        }
    }

    /// What the server sent until `marker` arrived in it (or it closed the connection, or the deadline passed).
    func read(until marker: String) async -> String {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: self.readBlocking(until: marker).text) }.start()
        }
    }

    private func readBlocking(until marker: String?) -> (text: String, closed: Bool) {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(socketFD, &buffer, buffer.count, 0)
            if count > 0 {
                data += buffer[0..<count]
                if let marker, String(decoding: data, as: UTF8.self).contains(marker) {
                    return (String(decoding: data, as: UTF8.self), false)
                }
                continue
            }
            let closed = count == 0 || errno == ECONNRESET
            return (String(decoding: data, as: UTF8.self), closed)
        }
    }
}
