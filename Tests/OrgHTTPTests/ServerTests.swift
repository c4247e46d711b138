import BackendContract
import Foundation
import OrgAPI
import OrgHTTP
import OrgModel
import OrgRecords
import OrgServer
import OrgStore
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `OrgServer` spoken to with raw HTTP: authentication, status codes, JSON error bodies, the
/// invitation's `connection`, and secrets kept out of logs and files.
@Suite struct ServerTests {
    struct Answer {
        var status: Int
        var json: Any?
        var eTag: String?
    }

    func send(
        _ harness: ServerHarness, _ method: String, _ path: String, token: String?, body: String? = nil,
        ifMatch: String? = nil
    ) async throws -> Answer {
        var request = URLRequest(url: URL(string: harness.baseURL.absoluteString + path)!)
        request.httpMethod = method
        if let token { request.setValue(token, forHTTPHeaderField: "Authorization") }
        if let ifMatch { request.setValue(ifMatch, forHTTPHeaderField: "If-Match") }
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return Answer(
            status: http.statusCode, json: try? JSONSerialization.jsonObject(with: data),
            eTag: http.value(forHTTPHeaderField: "ETag"))
    }

    /// The message of the BackendError that `body` throws, or nil.
    func message(_ body: () async throws -> Void) async -> String? {
        do {
            try await body()
            return nil
        } catch {
            return (error as? BackendError)?.message
        }
    }

    func detailIsString(_ answer: Answer) -> Bool {
        ((answer.json as? [String: Any])?["detail"] as? String)?.isEmpty == false
    }

    func detailIsValidationList(_ answer: Answer) -> Bool {
        guard let items = (answer.json as? [String: Any])?["detail"] as? [[String: Any]], let first = items.first else {
            return false
        }
        return first["loc"] is [Any] && first["msg"] is String && first["type"] is String
    }

    @Test func missingUnknownAndRevokedCredentialsAre401() async throws {
        let harness = try await ServerHarness()
        let admin = harness.token(for: ContractData.me.id)
        let issued = try AccessToken.issue(
            in: SQLiteTokenStore(store: harness.store), email: ContractData.member.email, name: "revoked")
        try SQLiteTokenStore(store: harness.store).revoke(id: issued.record.id)
        let answers = [
            try await send(harness, "GET", "/users/me", token: nil),
            try await send(harness, "GET", "/users/me", token: "nonsense"),
            try await send(harness, "GET", "/users/me", token: admin + "x"),
            try await send(harness, "GET", "/users/me", token: "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"),
            try await send(harness, "GET", "/users/me", token: issued.token),
        ]
        #expect(answers.allSatisfy { $0.status == 401 })
        #expect(answers.allSatisfy(detailIsString))
        #expect(try await send(harness, "GET", "/users/me", token: admin).status == 200)
        await harness.stop()
    }

    @Test func usedTokenStopsWorkingOnceRevokedByThisProcessOrAnother() async throws {
        let harness = try await ServerHarness()
        let tokens = SQLiteTokenStore(store: harness.store)
        let here = try AccessToken.issue(in: tokens, email: ContractData.member.email, name: "here")
        let there = try AccessToken.issue(in: tokens, email: ContractData.member.email, name: "there")
        var statuses: [Int] = []
        for token in [here.token, there.token, here.token, there.token] {
            statuses.append(try await send(harness, "GET", "/users/me", token: token).status)
        }
        try tokens.revoke(id: here.record.id)
        statuses.append(try await send(harness, "GET", "/users/me", token: here.token).status)
        statuses.append(try await send(harness, "GET", "/users/me", token: there.token).status)
        // Another store instance has connections of its own, as another process would.
        try SQLiteTokenStore(store: try SQLiteStore(openingAt: harness.store.path)).revoke(id: there.record.id)
        statuses.append(try await send(harness, "GET", "/users/me", token: there.token).status)
        #expect(statuses == [200, 200, 200, 200, 401, 200, 401])
        await harness.stop()
    }

    @Test func listUsersBodyIsWhatJSONEncoderWrites() async throws {
        let harness = try await ServerHarness()
        try harness.store.importMembers([
            MemberSeed(
                name: #"Aaron "Q" O'Brien / \ 😀"#, email: "aaron@acme.test", roles: [.analyst],
                connection: .usernamePassword)
        ])
        var request = URLRequest(url: URL(string: harness.baseURL.absoluteString + "/users?page_size=100")!)
        request.setValue(harness.token(for: ContractData.me.id), forHTTPHeaderField: "Authorization")
        let (data, response) = try await URLSession.shared.data(for: request)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let page = try await harness.store.backend().listUsers(UserQuery(pageSize: 100))
        let expected = try encoder.encode(Components.Schemas.UserPage(page))
        let http = try #require(response as? HTTPURLResponse)
        #expect(page.items.contains { $0.email == "aaron@acme.test" })
        #expect(data == expected)
        #expect(http.value(forHTTPHeaderField: "Content-Length") == String(expected.count))
        #expect(http.value(forHTTPHeaderField: "Content-Type") == "application/json; charset=utf-8")
        await harness.stop()
    }

    @Test func memberIsForbiddenToAdministerAnd409IsJSON() async throws {
        let harness = try await ServerHarness()
        let member = harness.token(for: ContractData.member.id)
        let admin = harness.token(for: ContractData.me.id)
        let forbidden = try await send(harness, "DELETE", "/users/\(ContractData.google.id)", token: member)
        #expect(forbidden.status == 403 && detailIsString(forbidden))
        let conflict = try await send(harness, "DELETE", "/users/\(ContractData.me.id)", token: admin)
        #expect(conflict.status == 409 && detailIsString(conflict))
        let missing = try await send(harness, "GET", "/users/auth0%7Cnobody", token: admin)
        #expect(missing.status == 404 && detailIsString(missing))
        await harness.stop()
    }

    @Test(arguments: [
        ("GET", "/users?page_number=abc", nil as String?),
        ("GET", "/users?page_number=0", nil),
        ("GET", "/users?page_size=-1", nil),
        ("GET", "/users?name_search=a1c", nil),
        ("PUT", "/users/\(ContractData.member.id)/roles", #"["owner"]"#),
        ("PUT", "/users/\(ContractData.member.id)/roles", #"{"roles":"admin"}"#),
        ("POST", "/users/invite", "{not json"),
        ("POST", "/users/invite", #"{"email":"x@acme.test","name":"X","roles":["analyst"],"connection":"github"}"#),
        ("POST", "/users/invite", #"{"email":"not an email","name":"X","roles":["analyst"]}"#),
        ("PATCH", "/users/me", #"{"email":42}"#),
        ("PATCH", "/users/me", #"{"email":null}"#),
    ])
    func badParametersAndBodiesAre422WithFastAPIDetail(method: String, path: String, body: String?) async throws {
        let harness = try await ServerHarness()
        let answer = try await send(harness, method, path, token: harness.token(for: ContractData.me.id), body: body)
        #expect(answer.status == 422)
        #expect(detailIsValidationList(answer))
        await harness.stop()
    }

    @Test func unknownPathIs404AndUnknownMethodIs405() async throws {
        let harness = try await ServerHarness()
        let admin = harness.token(for: ContractData.me.id)
        let nowhere = try await send(harness, "GET", "/nowhere", token: admin)
        #expect(nowhere.status == 404 && detailIsString(nowhere))
        let wrongMethod = try await send(harness, "POST", "/organization", token: admin)
        #expect(wrongMethod.status == 405 && detailIsString(wrongMethod))
        await harness.stop()
    }

    @Test func farPageIsEmptyNotACrash() async throws {
        let harness = try await ServerHarness()
        let answer = try await send(
            harness, "GET", "/users?page_number=751817500000906240", token: harness.token(for: ContractData.me.id))
        #expect(answer.status == 200)
        #expect(((answer.json as? [String: Any])?["items"] as? [Any])?.isEmpty == true)
        await harness.stop()
    }

    @Test func invitationConnectionOmittedIsGoogleAndNullIsUsernamePassword() async throws {
        let harness = try await ServerHarness()
        let admin = harness.token(for: ContractData.me.id)
        let omitted = try await send(
            harness, "POST", "/users/invite", token: admin,
            body: #"{"email":"g@acme.test","name":"G","roles":["analyst"]}"#)
        let null = try await send(
            harness, "POST", "/users/invite", token: admin,
            body: #"{"email":"p@acme.test","name":"P","roles":["analyst"],"connection":null}"#)
        let google = try await send(
            harness, "POST", "/users/invite", token: admin,
            body: #"{"email":"e@acme.test","name":"E","roles":["analyst"],"connection":"google-oauth2"}"#)
        let statuses: [Int] = [omitted.status, null.status, google.status]
        #expect(statuses == [201, 201, 201])
        let pending: [String: Connection] = try harness.store.pendingInvitations().reduce(into: [:]) {
            $0[$1.invitation.email] = $1.invitation.connection
        }
        #expect(
            pending == ["g@acme.test": .googleOAuth2, "p@acme.test": .usernamePassword, "e@acme.test": .googleOAuth2])
        await harness.stop()
    }

    @Test func canaryTokenAppearsInNoLogErrorOrStoreFile() async throws {
        let capture = LogCapture()
        let harness = try await ServerHarness(logger: capture.logger("server"))
        let issued = try AccessToken.issue(
            in: SQLiteTokenStore(store: harness.store), email: ContractData.me.email, name: "canary")
        let secret = String(issued.token.split(separator: "_").last!)
        let http = HTTPBackend(
            baseURL: harness.baseURL, credential: Credential(token: issued.token)!,
            configuration: HTTPConfiguration(logger: capture.logger("client"))
        )
        _ = try await http.getMe()
        _ = try await http.listUsers(UserQuery(pageSize: 5))
        try await http.inviteUser(
            Invitation(email: "canary@acme.test", name: "Canary", roles: [.analyst], connection: .usernamePassword))
        let wrong = HTTPBackend(
            baseURL: harness.baseURL, credential: Credential(token: issued.token + "x")!,
            configuration: HTTPConfiguration(logger: capture.logger("client"))
        )
        let messages = [
            await message { _ = try await http.getUser(id: "auth0|nobody") },
            await message { try await http.deleteUser(id: ContractData.me.id) },
            await message { _ = try await wrong.getMe() },
        ].compactMap { $0 }
        #expect(messages.count == 3)
        #expect(capture.text.contains("request GET /users/me"))
        #expect(capture.text.contains("<redacted>"))
        let files = try FileManager.default.contentsOfDirectory(atPath: harness.directory)
        let storeBytes = try files.map { try Data(contentsOf: URL(fileURLWithPath: harness.directory + "/" + $0)) }
        #expect(!storeBytes.isEmpty)
        for text in [capture.text, messages.joined(separator: "\n"), "\(Credential(token: issued.token)!)"] {
            #expect(!text.contains(secret))
        }
        #expect(storeBytes.allSatisfy { $0.range(of: Data(secret.utf8)) == nil })
        await harness.stop()
    }
}
