import Foundation
import OrgHTTP
import OrgModel
import Testing
import TestHTTPServers

/// The HTTP backend against small loopback servers that hang, fail, reset, redirect and answer garbage.
@Suite struct FaultTests {
    static let token = "robot@acme.test:mpat_faultcanary0123456789"
    static let userJSON = #"{"id":"u1","name":"Ada","email":"ada@acme.test","roles":["admin"]}"#

    func backend(_ server: FaultServer, requestTimeout: Double = 10) -> HTTPBackend {
        HTTPBackend(
            baseURL: URL(string: "http://127.0.0.1:\(server.port)/api")!,
            credential: Credential(token: Self.token)!,
            configuration: HTTPConfiguration(requestTimeout: requestTimeout, retry: RetryPolicy(baseDelay: 0.05))
        )
    }

    func error(_ body: () async throws -> Void) async -> BackendError? {
        do {
            try await body()
            return nil
        } catch let error as BackendError {
            return error
        } catch {
            Issue.record("not a BackendError: \(error)")
            return nil
        }
    }

    @Test func hangingServerGivesATimeoutErrorAndNoRetry() async throws {
        let server = try FaultServer { _, _ in .hang }
        defer { server.stop() }
        let failure = await error { _ = try await backend(server, requestTimeout: 1).getMe() }
        #expect(failure == .network("no answer within 1 s"))
        #expect(server.requests.count == 1)
    }

    @Test func getIsRetriedAfter503() async throws {
        let server = try FaultServer { index, _ in
            index == 0 ? .respond(status: 503, body: #"{"detail":"busy"}"#) : .respond(status: 200, body: Self.userJSON)
        }
        defer { server.stop() }
        let me = try await backend(server).getMe()
        #expect(me.name == "Ada" && me.roles == [.admin])
        #expect(server.requests.map(\.path) == ["/api/users/me", "/api/users/me"])
    }

    @Test func retryAfterIsWaitedFor() async throws {
        let server = try FaultServer { index, _ in
            index == 0
                ? .respond(status: 429, headers: ["Retry-After": "1"]) : .respond(status: 200, body: Self.userJSON)
        }
        defer { server.stop() }
        _ = try await backend(server).getMe()
        let arrivals = server.requests.map(\.arrival)
        try #require(arrivals.count == 2)
        #expect(arrivals[1] - arrivals[0] >= .seconds(1))
    }

    @Test func rateLimitOnEveryAttemptEndsAsRateLimited() async throws {
        let server = try FaultServer { _, _ in .respond(status: 429, headers: ["Retry-After": "0"]) }
        defer { server.stop() }
        let failure = await error { _ = try await backend(server).getOrganization() }
        #expect(failure == .rateLimited(retryAfter: 0))
        #expect(server.requests.count == 3)
    }

    @Test func postAnswered500IsSentExactlyOnce() async throws {
        let server = try FaultServer { _, _ in .respond(status: 500, body: "<html>Internal Server Error</html>") }
        defer { server.stop() }
        let failure = await error { try await backend(server).resetPassword(id: "u1") }
        #expect(failure == .failed("the server failed (HTTP 500)", mayHaveApplied: true))
        #expect(
            failure?.message
                == "Failed: the server failed (HTTP 500). The change may have been applied: check before repeating it.")
        #expect(server.requests.count == 1)
        #expect(server.requests.first?.method == "POST")
    }

    @Test func patchAnswered503IsSentExactlyOnce() async throws {
        let server = try FaultServer { _, _ in .respond(status: 503) }
        defer { server.stop() }
        _ = await error { _ = try await backend(server).updateMe(UserUpdate(name: "Ada B")) }
        #expect(server.requests.count == 1)
    }

    @Test func putIsRetriedAfter502() async throws {
        let server = try FaultServer { index, _ in index == 0 ? .respond(status: 502) : .respond(status: 204) }
        defer { server.stop() }
        try await backend(server).setRoles(id: "u1", roles: [.analyst, .admin])
        let bodies = server.requests.map { try? JSONDecoder().decode([String].self, from: Data($0.body.utf8)) }
        #expect(bodies == [["admin", "analyst"], ["admin", "analyst"]])
    }

    @Test(arguments: [
        "this is not json",
        #"{"id":"u1","name":"Ada","#,
        #"{"id":1,"name":"Ada","email":"a@b.co","roles":["admin"]}"#,
        #"{"id":"u1","name":"Ada","email":"a@b.co","roles":["owner"]}"#,
    ])
    func garbageAndTruncatedJSONIsADecodingError(body: String) async throws {
        let server = try FaultServer { _, _ in .respond(status: 200, body: body) }
        defer { server.stop() }
        let failure = await error { _ = try await backend(server).getMe() }
        #expect(failure == .decoding("the answer is not the JSON the API describes"))
    }

    @Test func bodyCutShortOfItsLengthIsANetworkError() async throws {
        let server = try FaultServer { _, _ in
            .raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\":\"u1\"")
        }
        defer { server.stop() }
        let failure = await error { _ = try await backend(server).getMe() }
        guard case .network = failure else {
            Issue.record("expected a network error, got \(String(describing: failure))"); return
        }
    }

    @Test func answerLargerThan32MiBIsCutOffWithAReason() async throws {
        let server = try FaultServer { _, _ in .respond(status: 200, body: String(repeating: " ", count: 33 << 20)) }
        defer { server.stop() }
        // A timeout far beyond the transfer: on a busy 2-core machine 32 MiB took over 10 s in a debug build.
        let failure = await error { _ = try await backend(server, requestTimeout: 120).getMe() }
        #expect(failure == .network("the server's answer was larger than 32 MiB; it was cut off"))
        #expect(server.requests.count == 1)
    }

    @Test func connectionResetIsRetriedForGetOnly() async throws {
        let server = try FaultServer { _, _ in .reset }
        defer { server.stop() }
        let getFailure = await error { _ = try await backend(server).getMe() }
        guard case .network = getFailure else {
            Issue.record("expected a network error, got \(String(describing: getFailure))"); return
        }
        #expect(server.requests.count == 3)
        let postFailure = await error {
            try await backend(server).inviteUser(Invitation(email: "x@y.co", name: "X", roles: [.analyst]))
        }
        guard case .failed(_, mayHaveApplied: true) = postFailure else {
            Issue.record("expected a failure that may have been applied, got \(String(describing: postFailure))");
            return
        }
        #expect(server.requests.count == 4)
    }

    @Test func errorDetailsAreReadAsStringsAndValidationLists() async throws {
        let server = try FaultServer { index, _ in
            index == 0
                ? .respond(status: 409, body: #"{"detail":"The last admin keeps the admin role."}"#)
                : .respond(
                    status: 422,
                    body:
                        #"{"detail":[{"loc":["query","page_number"],"msg":"must be 1 or more","type":"value_error"}]}"#)
        }
        defer { server.stop() }
        let conflict = await error { try await backend(server).setRoles(id: "u1", roles: [.analyst]) }
        #expect(conflict == .conflict("The last admin keeps the admin role."))
        let invalid = await error { _ = try await backend(server).listUsers(UserQuery(pageNumber: 0)) }
        #expect(invalid == .invalid("page_number: must be 1 or more"))
    }

    @Test func redirectIsNotFollowedAndTheTokenStaysHome() async throws {
        let elsewhere = try FaultServer { _, _ in .respond(status: 200, body: Self.userJSON) }
        defer { elsewhere.stop() }
        let server = try FaultServer { _, _ in
            .respond(status: 307, headers: ["Location": "http://127.0.0.1:\(elsewhere.port)/api/users/me"])
        }
        defer { server.stop() }
        let failure = await error { _ = try await backend(server).getMe() }
        guard case .network(let detail) = failure else {
            Issue.record("expected a network error, got \(String(describing: failure))"); return
        }
        #expect(detail.contains("redirected"))
        #expect(elsewhere.requests.allSatisfy { $0.headers["authorization"] == nil })
        #expect(server.requests.first?.headers["authorization"] == Self.token)
    }

    @Test func invitationConnectionIsExplicitNullForUsernamePassword() async throws {
        let server = try FaultServer { _, _ in .respond(status: 201) }
        defer { server.stop() }
        let http = backend(server)
        try await http.inviteUser(
            Invitation(email: "p@acme.test", name: "P", roles: [.analyst], connection: .usernamePassword))
        try await http.inviteUser(
            Invitation(email: "g@acme.test", name: "G", roles: [.analyst], connection: .googleOAuth2))
        let bodies = try server.requests.map {
            try JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any]
        }
        try #require(bodies.count == 2)
        #expect(bodies[0]?["connection"] is NSNull)
        #expect(bodies[1]?["connection"] as? String == "google-oauth2")
    }

    @Test func bearerTokenIsSentWithItsScheme() async throws {
        let server = try FaultServer { _, _ in .respond(status: 200, body: Self.userJSON) }
        defer { server.stop() }
        let http = HTTPBackend(
            baseURL: URL(string: "http://127.0.0.1:\(server.port)")!, credential: .bearer("eyJ.jwt.sig"))
        _ = try await http.getMe()
        #expect(server.requests.first?.headers["authorization"] == "Bearer eyJ.jwt.sig")
    }
}
