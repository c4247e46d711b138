import ChildProcesses
import Foundation

/// An `orgtui-server serve` child on a free loopback port, for the bench's load runs; stopped with SIGTERM.
final class ServeProcess {
    /// `http://127.0.0.1:PORT`.
    let baseURL: String
    private let child: ChildProcess

    /// Starts `orgtui-server serve` (beside orgbench) with `storage` (`--store PATH` or `--database URL`), and
    /// waits up to 60 s until it accepts connections.
    init(storage: [String]) throws {
        let port = try Self.freePort()
        baseURL = "http://127.0.0.1:\(port)"
        child = try ChildProcess([Self.server.path, "serve"] + storage + ["--port", String(port), "--quiet"])
        let deadline = ContinuousClock.now + .seconds(60)
        while !Self.accepts(port) {
            guard child.isRunning, ContinuousClock.now < deadline else {
                stop()
                throw ChildRun.Failed(description: "orgtui-server serve \(storage.first ?? "") did not start")
            }
            usleep(50_000)
        }
    }

    /// Stops the server (SIGTERM) and waits for it.
    func stop() {
        child.send(SIGTERM)
        _ = child.wait()
    }

    /// `orgtui-server token create` for `email` on `storage`: the token it prints.
    static func token(storage: [String], email: String) async throws -> String {
        let text = try await ChildRun.output(
            [server.path, "token", "create"] + storage + ["--email", email, "--name", "bench"])
        guard let token = text.split(separator: "\n").last(where: { $0.contains(":mpat_") }) else {
            throw ChildRun.Failed(description: "orgtui-server token create printed no token")
        }
        return String(token)
    }

    /// The `orgtui-server` beside this executable.
    private static var server: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("orgtui-server")
    }

    /// A port the kernel picked for a socket closed at once.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(fd, socketAddress, length) == 0 && getsockname(fd, socketAddress, &length) == 0
            }
        }
        guard bound else { throw ChildRun.Failed(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether something accepts connections on the loopback port.
    private static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                connect(fd, socketAddress, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
