import Foundation
import Synchronization
import Testing

/// SIGTERM stops `orgtui serve` gracefully: it stops accepting, the requests in flight finish (within
/// `--grace`), and it exits 0. No request that the server took is cut off.
@Suite struct GracefulStopTests {
    /// An invitation whose head and first bytes are sent, and the rest held back until `finish()`.
    struct HeldRequest {
        let connection: RawConnection
        let body = #"{"email":"held@acme.test","name":"Held Request","roles":["analyst"],"connection":null}"#

        init(_ served: ServedStore) throws {
            connection = try RawConnection(port: served.url.port!, deadline: .seconds(30))
            connection.send(
                "POST /users/invite HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nAuthorization: "
                    + "\(served.token)\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body.prefix(10))
        }

        func finish() async -> String {
            connection.send(String(body.dropFirst(10)))
            return await connection.readUntilClosed().text
        }
    }

    /// How many requests of the burst were answered so far.
    final class Answered: Sendable {
        let count = Atomic<Int>(0)
    }

    /// Polls `condition` every 20 ms until it holds or `limit` passes.
    func eventually(within limit: Duration, _ condition: () async -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return await condition()
    }

    /// Whether the server counts `count` requests in flight besides the one asking.
    func inFlight(_ served: ServedStore, atLeast count: Int) async -> Bool {
        guard let connection = try? RawConnection(port: served.url.port!) else { return false }
        connection.send("GET /metrics HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
        let text = await connection.readUntilClosed().text
        let line = text.split(separator: "\n").first { $0.hasPrefix("orgtui_http_requests_in_flight ") }
        return (line.flatMap { Double($0.split(separator: " ")[1]) } ?? 0) >= Double(count + 1)
    }

    func refusesConnections(_ served: ServedStore) async -> Bool {
        (try? RawConnection(port: served.url.port!)) == nil
    }

    @Test(.enabled(if: ServedStore.exists))
    func sigtermDuringABurstCutsNoRequestOff() async throws {
        let served = try await ServedStore()
        defer { served.remove() }
        let held = try HeldRequest(served)
        #expect(await eventually(within: .seconds(10)) { await inFlight(served, atLeast: 1) })
        let answered = Answered()
        let (port, token) = (served.url.port!, served.token)
        let burst = Task {
            await withTaskGroup(of: [(id: String, answer: String)].self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        var results: [(id: String, answer: String)] = []
                        for index in 0..<300 {
                            guard let connection = try? RawConnection(port: port) else { break }
                            let id = "burst-\(worker)-\(index)"
                            connection.send(
                                "GET /users/me HTTP/1.1\r\nHost: test\r\nAuthorization: \(token)\r\n"
                                    + "X-Request-ID: \(id)\r\nConnection: close\r\n\r\n")
                            results.append((id, await connection.readUntilClosed().text))
                            answered.count.add(1, ordering: .relaxed)
                        }
                        return results
                    }
                }
                return await group.reduce(into: []) { $0 += $1 }
            }
        }
        #expect(await eventually(within: .seconds(20)) { answered.count.load(ordering: .relaxed) >= 40 })
        served.server.send(SIGTERM)
        #expect(await eventually(within: .seconds(10)) { await refusesConnections(served) })
        #expect(await held.finish().hasPrefix("HTTP/1.1 201"), "the request in flight finished after SIGTERM")
        let results = await burst.value
        #expect(await served.terminate() == 0)
        let log = served.log
        let full = results.filter { $0.answer.hasPrefix("HTTP/1.1 200") && $0.answer.contains("ada@acme.test") }
        let cut = results.filter { !$0.answer.hasPrefix("HTTP/1.1 200") && log.contains("request_id=\($0.id) ") }
        #expect(full.count >= 40 && cut.isEmpty, "cut off: \(cut.map(\.id))")
        #expect(log.contains("POST /users/invite 201"))
    }

    @Test(.enabled(if: ServedStore.exists))
    func aRequestThatNeverEndsIsCutAtTheGracePeriod() async throws {
        let served = try await ServedStore(["--grace", "1"])
        defer { served.remove() }
        let held = try HeldRequest(served)
        #expect(await eventually(within: .seconds(10)) { await inFlight(served, atLeast: 1) })
        served.server.send(SIGTERM)
        let stopped = await eventually(within: .seconds(15)) { !served.server.isRunning }
        let status = await served.terminate()
        #expect(stopped && status == 0)
        _ = held
    }
}
