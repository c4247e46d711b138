import BackendContract
import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `X-Request-ID`: the client's own when it is at most 64 printable characters, else a new one; on every
/// answer, errors too, and in the request's log line.
@Suite struct RequestIDTests {
    func send(_ harness: ServerHarness, _ path: String, id: String?, token: String? = nil) async throws -> (
        status: Int, id: String?
    ) {
        var request = URLRequest(url: URL(string: harness.baseURL.absoluteString + path)!)
        if let id { request.setValue(id, forHTTPHeaderField: "X-Request-ID") }
        if let token { request.setValue(token, forHTTPHeaderField: "Authorization") }
        let (_, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return (http.statusCode, http.value(forHTTPHeaderField: "X-Request-ID"))
    }

    @Test func theClientsIdIsEchoedOnEveryAnswerAndLogged() async throws {
        let capture = LogCapture()
        let harness = try await ServerHarness(logger: capture.logger("test.server"))
        let admin = harness.token(for: ContractData.me.id)
        let ok = try await send(harness, "/users/me", id: "abc-123", token: admin)
        #expect(ok.status == 200 && ok.id == "abc-123")
        let unauthorized = try await send(harness, "/users/me", id: "req.401")
        #expect(unauthorized.status == 401 && unauthorized.id == "req.401")
        let missing = try await send(harness, "/nowhere", id: "req_404", token: admin)
        #expect(missing.status == 404 && missing.id == "req_404")
        let longest = String(repeating: "x", count: 64)
        #expect(try await send(harness, "/healthz", id: longest).id == longest)
        #expect(capture.text.contains("abc-123") && capture.text.contains("req.401"))
        await harness.stop()
    }

    @Test func aMissingTooLongOrUnprintableIdIsReplaced() async throws {
        let harness = try await ServerHarness()
        var seen: Set<String> = []
        for sent in [nil, String(repeating: "y", count: 65), "caf\u{E9}", "two words"] as [String?] {
            let answer = try await send(harness, "/healthz", id: sent)
            let id = try #require(answer.id)
            #expect(id != sent && (1...64).contains(id.count))
            seen.insert(id)
        }
        #expect(seen.count == 4)
        await harness.stop()
    }
}
