import Foundation
import TestHTTPServers

/// A loopback port that speaks the first steps of PostgreSQL's protocol and no more: it takes a client's
/// startup message, asks for its password in clear text and reads it, so a test learns what a database
/// URL carried to the server that connected, while that server waits on it (still running).
final class PostgresDoorman {
    let port: Int
    private let listener: Int32

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard let port = LoopbackPort.bind(fd), listen(fd, 8) == 0, fcntl(fd, F_SETFL, O_NONBLOCK) == 0 else {
            let failure = Failed(description: "cannot listen on 127.0.0.1: \(String(cString: strerror(errno)))")
            close(fd)
            throw failure
        }
        listener = fd
        self.port = port
    }

    deinit { close(listener) }

    /// Waits for a client, then answers its startup message with a request for its password: the startup's
    /// parameters (`user`, `orgtui`, `database`, `acme`, …) and the password the client sent. The client's
    /// connection stays open until `close` is called on the returned descriptor.
    func greet() async throws -> (client: Int32, parameters: [String], password: String) {
        var client: Int32 = -1
        try await eventually("a client of the database") {
            client = accept(listener, nil, nil)
            return client >= 0
        }
        _ = fcntl(client, F_SETFD, FD_CLOEXEC)
        var limit = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var startup = try Self.read(client, Self.length(try Self.read(client, 4)) - 4)
        // sslmode=prefer (libpq's default) asks for TLS first: answer N (none), then the startup follows.
        if startup == [0x04, 0xD2, 0x16, 0x2F] {
            guard write(client, [UInt8(ascii: "N")], 1) == 1 else {
                throw Failed(description: "cannot write to the client")
            }
            startup = try Self.read(client, Self.length(try Self.read(client, 4)) - 4)
        }
        let parameters = startup.dropFirst(4).split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        let askForPassword: [UInt8] = [UInt8(ascii: "R"), 0, 0, 0, 8, 0, 0, 0, 3]
        guard write(client, askForPassword, askForPassword.count) == askForPassword.count else {
            throw Failed(description: "cannot write to the client")
        }
        let header = try Self.read(client, 5)
        guard header[0] == UInt8(ascii: "p") else { throw Failed(description: "expected a password message") }
        let password = try Self.read(client, Self.length(Array(header.dropFirst())) - 4).prefix { $0 != 0 }
        return (client, parameters, String(decoding: password, as: UTF8.self))
    }

    /// A big-endian 32-bit length.
    private static func length(_ bytes: [UInt8]) -> Int {
        bytes.prefix(4).reduce(0) { $0 << 8 | Int($1) }
    }

    /// Exactly `count` bytes from `fd`.
    private static func read(_ fd: Int32, _ count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, count - done) }
            guard got > 0 else { throw Failed(description: "the client closed the connection or went quiet") }
            done += got
        }
        return bytes
    }
}
