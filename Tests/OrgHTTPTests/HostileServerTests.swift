import Foundation
import OrgHTTP
import OrgModel
import Testing
import TestHTTPServers

/// Every number a server sends is untrusted: Retry-After and `count` of any size or sign never trap and are
/// clamped; error details are bounded; a failure says whether a change may have been applied.
@Suite struct HostileServerTests {
    static let token = "robot@acme.test:mpat_hostilecanary0123456789"

    /// Retries wait at most 10 ms, whatever Retry-After says, so that these tests never sleep for long.
    func backend(_ server: FaultServer, requestTimeout: Double = 10) -> HTTPBackend {
        HTTPBackend(
            baseURL: URL(string: "http://127.0.0.1:\(server.port)/api")!,
            credential: Credential(token: Self.token)!,
            configuration: HTTPConfiguration(
                requestTimeout: requestTimeout,
                retry: RetryPolicy(baseDelay: 0.01, retryAfterCap: 0.01))
        )
    }

    /// The BackendError that `body` throws, as FaultTests reads it.
    func failure(_ body: () async throws -> Void) async -> BackendError? { await FaultTests().error(body) }

    @Test(
        arguments: [
            ("1e19", nil), ("99999999999999999999999999", BackendError.longestWait), ("-5", nil), ("NaN", nil),
            ("inf", nil),
            ("0x1p70", nil), ("Fri, 31 Dec 9999 23:59:59 GMT", BackendError.longestWait),
            ("Thu, 01 Jan 1970 00:00:00 GMT", 0), ("7", 7),
        ] as [(String, Double?)])
    func retryAfterOfAnySizeIsClampedAndNeverTraps(value: String, expected: Double?) async throws {
        let server = try FaultServer { _, _ in .respond(status: 429, headers: ["Retry-After": value]) }
        defer { server.stop() }
        let read = await failure { _ = try await backend(server).getOrganization() }
        let change = await failure { try await backend(server).resetPassword(id: "u1") }
        for error in [read, change] {
            #expect(error == .rateLimited(retryAfter: expected))
            #expect(error?.message.hasPrefix("Too many requests: try again") == true)
        }
        #expect(server.requests.count == 4)  // three attempts of the GET, one of the POST
    }

    @Test(arguments: [
        ("9223372036854775807", 2_147_483_647), ("-5", 2), ("-9223372036854775808", 2), ("2", 2),
        ("5000000000", 2_147_483_647),
    ])
    func aHostileCountIsClampedAtDecoding(count: String, expected: Int) async throws {
        let items =
            #"[{"id":"u1","name":"Ada","email":"ada@acme.test"},{"id":"u2","name":"Bo","email":"bo@acme.test"}]"#
        let server = try FaultServer { _, _ in .respond(status: 200, body: #"{"count":\#(count),"items":\#(items)}"#) }
        defer { server.stop() }
        let page = try await backend(server).listUsers(UserQuery())
        #expect(page.count == expected)
        #expect(page.items.map(\.id) == ["u1", "u2"])
    }

    @Test func aCountTooLargeForAnIntIsADecodingError() async throws {
        let server = try FaultServer { _, _ in .respond(status: 200, body: #"{"count":1e30,"items":[]}"#) }
        defer { server.stop() }
        let error = await failure { _ = try await backend(server).listUsers(UserQuery()) }
        #expect(error == .decoding("the answer is not the JSON the API describes"))
    }

    @Test func aDetailIsCutByCodePointsNotByCharacters() async throws {
        // One character of 1 + 2,000 code points: counting characters would let all of it through.
        let zalgo = "a" + String(repeating: "\u{301}", count: 2_000)
        let server = try FaultServer { _, _ in .respond(status: 409, body: #"{"detail":"\#(zalgo)"}"#) }
        defer { server.stop() }
        let error = await failure { try await backend(server).deleteUser(id: "u1") }
        guard case .conflict(let detail) = error else {
            Issue.record("expected a conflict, got \(String(describing: error))"); return
        }
        #expect(detail.unicodeScalars.count == 300)  // 299 and the ellipsis
        #expect(detail.hasSuffix("…"))
        #expect(detail.utf8.count <= 4 * 300 + 3)
    }

    @Test func aReadAnswered500SaysTheServerFailedAndNothingChanged() async throws {
        let server = try FaultServer { _, _ in .respond(status: 500, body: #"{"detail":"boom"}"#) }
        defer { server.stop() }
        let error = await failure { _ = try await backend(server).getMe() }
        #expect(error == .failed("the server failed (HTTP 500): boom", mayHaveApplied: false))
        #expect(error?.message == "Failed: the server failed (HTTP 500): boom. Nothing was changed; you can retry.")
        #expect(error?.isRetryable == true)
        #expect(server.requests.count == 1)
    }

    @Test func aChangeThatGotNoAnswerMayHaveBeenApplied() async throws {
        let server = try FaultServer { _, _ in .hang }
        defer { server.stop() }
        let error = await failure {
            _ = try await backend(server, requestTimeout: 1).updateMe(UserUpdate(name: "Ada B"))
        }
        #expect(error == .failed("no answer within 1 s, after the request was sent", mayHaveApplied: true))
        #expect(error?.isRetryable == false)
        #expect(server.requests.count == 1)
    }
}
