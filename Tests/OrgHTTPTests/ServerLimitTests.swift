import BackendContract
import Foundation
import OrgModel
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// contract.md "Limits" at the server: bodies over 64 KiB answer 413 without being read, a role array
/// holds each role once, lengths count code points, a client that sends slowly or not at all is
/// disconnected, and connections that send nothing make room for new ones at the cap.
@Suite struct ServerLimitTests {
    static let rolesPath =
        "/users/\(ContractData.others[1].id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!)/roles"
    /// Each route that takes a body, by the way it reads it: the generated handler, or `JSONNullMiddleware`
    /// ahead of it (inviteUser and updateMe).
    static let bodyRoutes = [("PUT", rolesPath), ("POST", "/users/invite"), ("PATCH", "/users/me")]

    func send(_ harness: ServerHarness, _ method: String, _ path: String, body: String? = nil) async throws -> (
        Int, String
    ) {
        var request = URLRequest(url: URL(string: harness.baseURL.absoluteString + path)!)
        request.httpMethod = method
        request.setValue(harness.token(for: ContractData.me.id), forHTTPHeaderField: "Authorization")
        request.httpBody = body.map { Data($0.utf8) }
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }

    func connect(_ harness: ServerHarness) throws -> RawConnection {
        try RawConnection(port: harness.baseURL.port!)
    }

    /// A connection in the middle of a PATCH, whose body has only begun: the PATCH's head follows a whole
    /// GET, so once the GET is answered the server has read both heads.
    func connectionInARequest(_ harness: ServerHarness, body: String) async throws -> RawConnection {
        let connection = try connect(harness)
        let token = harness.token(for: ContractData.me.id)
        connection.send(
            "GET /users/me HTTP/1.1\r\nHost: test\r\nAuthorization: \(token)\r\n\r\n"
                + "PATCH /users/me HTTP/1.1\r\nHost: test\r\nAuthorization: \(token)\r\n"
                + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body.prefix(1))
        #expect(await connection.read(until: "\r\n\r\n").hasPrefix("HTTP/1.1 200"))
        return connection
    }

    /// A whole GET of /users/me that asks the server to close the connection after its answer.
    func getMeAndClose(_ harness: ServerHarness) -> String {
        "GET /users/me HTTP/1.1\r\nHost: test\r\nAuthorization: \(harness.token(for: ContractData.me.id))\r\n"
            + "Connection: close\r\n\r\n"
    }

    /// The status and body of a raw answer.
    func parse(_ answer: String) -> (status: Int?, detail: String?) {
        let parts = answer.components(separatedBy: "\r\n\r\n")
        let status = parts.first?.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        let json = parts.count > 1 ? try? JSONSerialization.jsonObject(with: Data(parts[1].utf8)) : nil
        return (status, (json as? [String: Any])?["detail"] as? String)
    }

    @Test(arguments: bodyRoutes)
    func aDeclaredBodyOver64KiBIsAnswered413AtOnceWithoutWaitingForIt(method: String, path: String) async throws {
        let harness = try await ServerHarness()
        let connection = try connect(harness)
        let member = harness.token(for: ContractData.member.id)
        connection.send(
            "\(method) \(path) HTTP/1.1\r\nHost: test\r\nAuthorization: \(member)\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n["
                + String(repeating: #""analyst","#, count: 10))
        let (answer, closed) = await connection.readUntilClosed()
        let (status, detail) = parse(answer)
        #expect(status == 413)
        #expect(detail?.contains("65536 bytes") == true)
        #expect(answer.lowercased().contains("\r\nconnection: close\r\n"))
        #expect(closed)
        await harness.stop()
    }

    @Test func aChunkedBodyPast64KiBIsCutOffWith413() async throws {
        let harness = try await ServerHarness()
        let connection = try connect(harness)
        let chunk = String(repeating: #""admin","#, count: 1_000)
        var request =
            "PUT \(Self.rolesPath) HTTP/1.1\r\nHost: test\r\n"
            + "Authorization: \(harness.token(for: ContractData.me.id))\r\n"
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n[\r\n"
        for _ in 0..<9 { request += String(chunk.utf8.count, radix: 16) + "\r\n" + chunk + "\r\n" }
        request += "7\r\n\"admin\"\r\n1\r\n]\r\n0\r\n\r\n"
        connection.send(request)
        let (answer, _) = await connection.readUntilClosed()
        let (status, detail) = parse(answer)
        #expect(status == 413)
        #expect(detail?.contains("65536 bytes") == true)
        #expect(
            try await harness.store.backend().getUser(id: ContractData.others[1].id).roles
                == ContractData.others[1].roles)
        await harness.stop()
    }

    @Test(arguments: bodyRoutes.dropFirst())
    func aChunkedObjectPast64KiBIsCutOffWith413(method: String, path: String) async throws {
        let harness = try await ServerHarness()
        let connection = try connect(harness)
        let chunk = String(repeating: "a", count: 8_000)
        var request =
            "\(method) \(path) HTTP/1.1\r\nHost: test\r\nAuthorization: \(harness.token(for: ContractData.me.id))\r\n"
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + #"1F\#r\#n{"email":"x@acme.test","name":"\#r\#n"#
        for _ in 0..<9 { request += String(chunk.utf8.count, radix: 16) + "\r\n" + chunk + "\r\n" }
        request += "2\r\n\"}\r\n0\r\n\r\n"
        connection.send(request)
        let (answer, _) = await connection.readUntilClosed()
        let (status, detail) = parse(answer)
        #expect(status == 413)
        #expect(detail?.contains("65536 bytes") == true)
        #expect(try await harness.store.backend().getMe().name == ContractData.me.name)
        #expect(try harness.store.pendingInvitations().isEmpty)
        await harness.stop()
    }

    @Test func aBodyOf64KiBIsRead() async throws {
        let harness = try await ServerHarness()
        let padded = #"["analyst""# + String(repeating: " ", count: 65_536 - 11) + "]"
        #expect(padded.utf8.count == 65_536)
        let (status, _) = try await send(harness, "PUT", Self.rolesPath, body: padded)
        #expect(status == 204)
        await harness.stop()
    }

    @Test func aRepeatedRoleIs422AndChangesNothing() async throws {
        let harness = try await ServerHarness()
        let target = ContractData.others[1]
        let (status, body) = try await send(harness, "PUT", Self.rolesPath, body: #"["admin","analyst","admin"]"#)
        #expect(status == 422)
        #expect(body.contains("admin appears more than once"))
        let invite = #"{"email":"x@acme.test","name":"X","roles":["analyst","analyst"]}"#
        #expect(try await send(harness, "POST", "/users/invite", body: invite).0 == 422)
        #expect(try await harness.store.backend().getUser(id: target.id).roles == target.roles)
        #expect(try harness.store.pendingInvitations().isEmpty)
        await harness.stop()
    }

    @Test func aSearchOver100LettersIs422() async throws {
        let harness = try await ServerHarness()
        #expect(try await send(harness, "GET", "/users?name_search=" + String(repeating: "a", count: 100)).0 == 200)
        let (status, body) = try await send(harness, "GET", "/users?name_search=" + String(repeating: "a", count: 101))
        #expect(status == 422)
        #expect(body.contains("longer than 100 characters"))
        await harness.stop()
    }

    @Test func aNameOver200CodePointsIs422EvenAsOneCharacter() async throws {
        let harness = try await ServerHarness()
        let name = "e" + String(repeating: "\u{301}", count: 200)
        let invite = #"{"email":"x@acme.test","name":"\#(name)","roles":["analyst"]}"#
        #expect(try await send(harness, "POST", "/users/invite", body: invite).0 == 422)
        #expect(try await send(harness, "PATCH", "/users/me", body: #"{"name":"\#(name)"}"#).0 == 422)
        #expect(try await send(harness, "PATCH", "/users/me", body: #"{"name":"e\#u{301}"}"#).0 == 200)
        await harness.stop()
    }

    @Test func aDetailQuotingTheRequestIsCutTo300CodePoints() async throws {
        let harness = try await ServerHarness()
        let (status, body) = try await send(
            harness, "PUT", Self.rolesPath, body: #"[""# + String(repeating: "\u{1F600}", count: 5_000) + #""]"#)
        let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        let message = try #require(((json?["detail"] as? [[String: Any]])?.first?["msg"]) as? String)
        #expect(status == 422)
        #expect(message.unicodeScalars.count == 300)
        #expect(message.hasSuffix("\u{2026}"))
        await harness.stop()
    }

    @Test func aClientThatSendsNothingOrHalfAHeaderIsDisconnected() async throws {
        let harness = try await ServerHarness(idleTimeout: .milliseconds(200))
        let silent = try connect(harness)
        let halfHeader = try connect(harness)
        halfHeader.send("GET /users/me HTTP/1.1\r\nHost: te")
        #expect(await silent.readUntilClosed().closed)
        #expect(await halfHeader.readUntilClosed().closed)
        await harness.stop()
    }

    @Test func atTheCapTheConnectionIdleTheLongestIsClosedForANewOne() async throws {
        let harness = try await ServerHarness(maxConnections: 4)
        let idle = try (0..<6).map { _ in try connect(harness) }
        #expect(try await send(harness, "GET", "/users/me").0 == 200)
        #expect(await idle[0].readUntilClosed().closed)
        await harness.stop()
    }

    @Test func aConnectionInTheMiddleOfARequestIsNeverClosedToMakeRoom() async throws {
        let harness = try await ServerHarness(maxConnections: 2)
        let body = #"{"name":"Ada Admin"}"#
        let busy = try await connectionInARequest(harness, body: body)
        let idle = try (0..<4).map { _ in try connect(harness) }
        #expect(try await send(harness, "GET", "/users/me").0 == 200)
        #expect(await idle[0].readUntilClosed().closed)
        busy.send(String(body.dropFirst()))
        #expect(await busy.read(until: "HTTP/1.1 200").contains("HTTP/1.1 200"))
        await harness.stop()
    }

    /// With every connection in a request at the cap, a new one is not refused: it gets its answer once a
    /// request ends at the latest, and every request in flight gets its own.
    @Test func whenEveryConnectionIsInARequestTheNextWaitsForOneToEnd() async throws {
        let harness = try await ServerHarness(maxConnections: 2)
        let body = #"{"name":"Ada Admin"}"#
        let first = try await connectionInARequest(harness, body: body)
        let second = try await connectionInARequest(harness, body: body)
        let next = try connect(harness)
        next.send(getMeAndClose(harness))
        for connection in [first, second] {
            connection.send(String(body.dropFirst()))
            #expect(await connection.read(until: "HTTP/1.1 200").contains("HTTP/1.1 200"))
        }
        #expect(await next.readUntilClosed().text.hasPrefix("HTTP/1.1 200"))
        await harness.stop()
    }

    @Test func aClientThatDribblesItsBodyIsDisconnected() async throws {
        let harness = try await ServerHarness(requestReadTimeout: .milliseconds(200))
        let connection = try connect(harness)
        connection.send(
            "PATCH /users/me HTTP/1.1\r\nHost: test\r\nAuthorization: \(harness.token(for: ContractData.me.id))\r\n"
                + "Content-Type: application/json\r\nContent-Length: 20\r\n\r\n{")
        #expect(await connection.readUntilClosed().closed)
        await harness.stop()
    }
}
