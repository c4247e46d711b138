import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A loopback HTTP server that misbehaves on purpose: each request gets the reply its script chooses.
/// It records every request that arrives, and answers with `Connection: close`.
public final class FaultServer: @unchecked Sendable {
    public enum Reply: Sendable {
        /// A well-formed answer.
        case respond(status: Int, headers: [String: String] = [:], body: String = "")
        /// These exact bytes, then close.
        case raw(String)
        /// Accept and never answer.
        case hang
        /// Close with a TCP reset.
        case reset
    }

    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]
        public var body: String
        public var arrival: ContinuousClock.Instant
    }

    public let port: Int
    private let listener: Int32
    private let script: @Sendable (Int, Request) -> Reply
    private let lock = NSLock()
    private var received: [Request] = []
    private var openSockets: [Int32] = []

    /// Starts listening on an ephemeral port of `host` (a loopback address); `script` gets the request's
    /// index (from 0) and the request.
    public init(host: String = "127.0.0.1", script: @escaping @Sendable (Int, Request) -> Reply) throws {
        self.script = script
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        listener = fd
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr(host)
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound, listen(fd, 64) == 0 else { throw POSIXError(.EADDRNOTAVAIL) }
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// The requests that arrived so far.
    public var requests: [Request] { lock.withLock { received } }

    /// Stops listening and closes every connection still open.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        lock.withLock {
            openSockets.forEach {
                shutdown($0, Int32(SHUT_RDWR)); close($0)
            }
            openSockets = []
        }
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        guard let request = readRequest(connection) else { close(connection); return }
        let index = lock.withLock {
            received.append(request); return received.count - 1
        }
        switch script(index, request) {
        case .respond(let status, let headers, let body):
            var head = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
            if headers["Content-Type"] == nil && !body.isEmpty { head += "Content-Type: application/json\r\n" }
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            write(connection, head + "\r\n" + body)
            close(connection)
        case .raw(let bytes):
            write(connection, bytes)
            close(connection)
        case .hang:
            lock.withLock { openSockets.append(connection) }
        case .reset:
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(connection, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
            close(connection)
        }
    }

    private func write(_ connection: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    private func readRequest(_ connection: Int32) -> Request? {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        func fill() -> Bool {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return false }
            data += buffer[0..<count]
            return true
        }
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headerEnd: Int?
        while headerEnd == nil {
            guard fill() else { return nil }
            headerEnd = data.indices.dropLast(3).first { Array(data[$0..<$0 + 4]) == separator }
        }
        let lines = String(decoding: data[..<headerEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        let start = lines[0].split(separator: " ").map(String.init)
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while data.count < headerEnd! + 4 + length { guard fill() else { break } }
        let body = String(decoding: data[(headerEnd! + 4)...], as: UTF8.self)
        return Request(
            method: start.first ?? "", path: start.count > 1 ? start[1] : "", headers: headers, body: body,
            arrival: .now
        )
    }
}
