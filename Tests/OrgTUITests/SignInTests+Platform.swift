import Foundation
import OrgCLI
import TestHTTPServers
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `orgtui login` against `FakePlatform` (whose paths, methods, operationIds and parameter names all differ
/// from ours) in front of `orgtui serve`: the paths read from its `/openapi.json` go with the profile.
extension SignInTests {
    @Test func loginReadsThePlatformsPathsAndEveryCommandUsesThem() async throws {
        let fixture = try MemberStoreFixture(members: 3)
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let platform = try Self.fakePlatform(before: url, leaving: ["remove_member_api_v2_members__member_id__delete"])
        defer { platform.stop() }
        let api = "http://127.0.0.1:\(platform.port)"

        let login = try await Self.orgtui(fixture, ["login", "--api", api, "--profile", "fake"], input: token + "\n")
        #expect(login.status == 0, "\(login.errors)")
        #expect(
            login.output.contains(
                "Paths read from \(api)/openapi.json: 9 of 12 operations mapped; not mapped: deleteUser ("))
        #expect(login.output.contains("as Ada Admin <ada@acme.test>, roles admin"))
        let map = fixture.directory + "/config/orgtui/paths.fake"
        #expect(try FileManager.default.attributesOfItem(atPath: map)[.posixPermissions] as? Int == 0o600)

        let status = try await Self.orgtui(fixture, ["status"])
        #expect(status.status == 0, "\(status.errors)")
        #expect(status.output.contains("paths:   the platform's, from its API document: 9 of 12 operations mapped"))
        #expect(status.output.contains("not mapped: deleteUser ("))
        #expect(status.output.contains("works:   yes, signed in as Ada Admin"))

        let list = try await Self.orgtui(fixture, ["users", "list", "-o", "ndjson"])
        #expect(list.status == 0, "\(list.errors)")
        let other = try #require(
            list.output.split(separator: "\n").first { !$0.contains("ada@acme.test") }?
                .firstMatch(of: #/"id":"([^"]+)"/#).map { String($0.1) })
        let delete = try await Self.orgtui(fixture, ["users", "delete", other, "--yes"])
        #expect(delete.status != 0)
        #expect(delete.errors.contains("The platform's API has no deleteUser operation"))

        let tmux = try Tmux(width: 100, height: 30, command: fixture.command(api: api))
        defer { tmux.stop() }
        let table = try tmux.waitFor("the users table and its hints") {
            $0.contains("ada@acme.test") && $0.contains("i Invite")
        }
        #expect(!table.contains("d Delete"))
        try tmux.keys("d")
        try tmux.waitFor("The platform's API has no deleteUser operation (orgtui status says why).")
        try tmux.keys("?")
        try tmux.waitFor("(hidden: the platform has no deleteUser) Delete the selected user")

        let paths = platform.requests.map { "\($0.method) \($0.path)" }
        #expect(paths.contains("GET /openapi.json"))
        #expect(paths.contains("GET /api/v2/members/self"))
        #expect(paths.contains { $0.hasPrefix("GET /api/v2/members?") && $0.contains("page=1") })
        #expect(!paths.contains { $0.hasPrefix("DELETE") || $0.contains(" /users") }, "\(paths)")
    }

    /// `orgtui serve` publishes its own document, declaring listUsers' extensions: login saves our paths with
    /// them, and the profile's `users list --role` is sent (a server without the document is refused unsent).
    @Test func againstServeLoginReadsItsOwnDocumentWithTheFilters() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let login = try await Self.orgtui(fixture, ["login", "--api", url], input: token + "\n")
        #expect(login.status == 0, "\(login.errors)")
        #expect(
            login.output.contains("Paths read from \(url)/openapi.json: all 12 operations mapped."), "\(login.output)")
        let paths = try String(contentsOfFile: fixture.directory + "/config/orgtui/paths.127.0.0.1", encoding: .utf8)
        #expect(paths.contains("map listUsers GET /users connection=connection email_search=email_search role=role"))
        let admins = try await Self.orgtui(fixture, ["users", "list", "--role", "admin", "-o", "csv"])
        #expect(admins.status == 0, "\(admins.errors)")
        #expect(admins.output.contains("Ada Admin") && !admins.output.contains("Member 001"), "\(admins.output)")
    }

    /// `FakePlatform` (less the operations in `leaving`) in front of `upstream`: its document at
    /// `/openapi.json`, each of its routes forwarded to ours, anything else 404.
    static func fakePlatform(before upstream: String, leaving: Set<String>) throws -> FaultServer {
        let document = String(decoding: FakePlatform.document(leaving: leaving), as: UTF8.self)
        return try FaultServer { _, request in
            if request.method == "GET", request.path == "/openapi.json" { return .respond(status: 200, body: document) }
            guard let ours = FakePlatform.ours(method: request.method, path: request.path, leaving: leaving) else {
                return .respond(status: 404, body: #"{"detail":"Not Found"}"#)
            }
            return forward(request, as: ours, to: upstream)
        }
    }

    /// `request` sent to `upstream` as our method and path, and its answer.
    static func forward(
        _ request: FaultServer.Request, as ours: (method: String, path: String), to upstream: String
    ) -> FaultServer.Reply {
        var forwarded = URLRequest(url: URL(string: upstream + ours.path)!)
        forwarded.httpMethod = ours.method
        for name in ["authorization", "content-type", "if-match"] {
            if let value = request.headers[name] { forwarded.setValue(value, forHTTPHeaderField: name) }
        }
        if !request.body.isEmpty { forwarded.httpBody = Data(request.body.utf8) }
        let answer = Answer()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: forwarded) { data, response, _ in
            let http = response as? HTTPURLResponse
            var headers: [String: String] = [:]
            for name in ["Content-Type", "ETag"] {
                if let value = http?.value(forHTTPHeaderField: name) { headers[name] = value }
            }
            answer.reply = .respond(
                status: http?.statusCode ?? 502, headers: headers, body: String(decoding: data ?? Data(), as: UTF8.self)
            )
            done.signal()
        }.resume()
        done.wait()
        return answer.reply
    }
}

/// The answer a forwarded request got, handed from URLSession's queue to the server's thread.
private final class Answer: @unchecked Sendable {
    var reply: FaultServer.Reply = .respond(status: 502)
}
