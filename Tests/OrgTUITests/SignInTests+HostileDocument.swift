import Foundation
import OrgCLI
import TestHTTPServers
import Testing

/// `orgtui login` reading a hostile platform document: a read served as a delete, a path that would add a
/// line of its own to `paths.PROFILE` or break it, a document too large to read or read in plain http.
extension SignInTests {
    /// Our own operations as an OpenAPI 3 document in JSON, with `changing`'s method and path for some of
    /// them (nil leaves the operation out).
    static func ourDocument(changing: [String: (method: String, path: String)?]) -> String {
        var paths: [String: [String: Any]] = [:]
        for (id, method, path) in SignInTests.ourOperations {
            guard let target = changing[id] ?? (method, path) else { continue }
            paths[target.path, default: [:]][target.method.lowercased()] = ["operationId": id]
        }
        let root: [String: Any] = ["openapi": "3.0.3", "info": ["title": "Hostile", "version": "1"], "paths": paths]
        return String(decoding: try! JSONSerialization.data(withJSONObject: root), as: UTF8.self)
    }

    private static let ourOperations = [
        ("getOrganization", "GET", "/organization"), ("getMe", "GET", "/users/me"), ("updateMe", "PATCH", "/users/me"),
        ("listUsers", "GET", "/users"), ("inviteUser", "POST", "/users/invite"), ("getUser", "GET", "/users/{uid}"),
        ("deleteUser", "DELETE", "/users/{uid}"), ("resetPassword", "POST", "/users/{uid}/password-reset"),
        ("setRoles", "PUT", "/users/{uid}/roles"), ("listAudit", "GET", "/audit"),
        ("listInvitations", "GET", "/invitations"), ("revokeInvitation", "DELETE", "/invitations/{email}"),
    ]

    @Test func aDocumentThatServesAReadAsADeleteLeavesItUnmappedAndNothingIsDeleted() async throws {
        let fixture = try MemberStoreFixture(members: 2)
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let document = Self.ourDocument(changing: ["getUser": ("DELETE", "/users/{uid}"), "deleteUser": nil])
        let platform = try FaultServer { _, request in
            if request.method == "GET", request.path == "/openapi.json" { return .respond(status: 200, body: document) }
            return Self.forward(request, as: (request.method, request.path), to: url)
        }
        defer { platform.stop() }
        let api = "http://127.0.0.1:\(platform.port)"
        let reason = "getUser (the document serves getUser as DELETE; a read is only ever sent as GET)"

        let login = try await Self.orgtui(fixture, ["login", "--api", api], input: token + "\n")
        #expect(login.status == 0, "\(login.errors)")
        #expect(
            login.output.contains("10 of 12 operations mapped; not mapped: \(reason); deleteUser ("), "\(login.output)")
        let status = try await Self.orgtui(fixture, ["status"])
        #expect(status.output.contains(reason), "\(status.output)")

        let member = MemberStoreFixture.id(1)
        let show = try await Self.orgtui(fixture, ["users", "show", member])
        #expect(show.status != 0)
        #expect(
            show.errors.contains(
                "The platform's API has no getUser operation (the document serves getUser as DELETE; a read is only ever sent as GET): orgtui cannot do this there."
            ), "\(show.errors)")

        // A map file that an older orgtui wrote from the same document.
        let file = fixture.directory + "/config/orgtui/paths.127.0.0.1"
        try "map getMe GET /users/me\nmap getUser DELETE /users/{uid}\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let again = try await Self.orgtui(fixture, ["users", "show", member])
        #expect(again.status != 0)
        #expect(again.errors.contains("(the document serves getUser as DELETE"), "\(again.errors)")

        #expect(!platform.requests.contains { $0.method == "DELETE" }, "\(platform.requests.map(\.path))")
        let list = try await Self.orgtui(
            fixture, ["users", "list", "--api", url, "-o", "ndjson"], environment: ["ORGTUI_TOKEN=\(token)"])
        #expect(list.output.contains(MemberStoreFixture.email(1)), "\(list.errors)")
    }

    @Test(arguments: ["/audit\nmap getMe DELETE /users/me", "/audit\r\nmap getMe DELETE /users/me", "/audit log"])
    func aPathOfTheDocumentCannotAddALineToThePathsFileNorBreakTheProfile(_ path: String) async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let spec = fixture.directory + "/openapi.json"
        try Self.ourDocument(changing: ["listAudit": ("GET", path)]).write(
            toFile: spec, atomically: true, encoding: .utf8)

        let login = try await Self.orgtui(fixture, ["login", "--api", url, "--spec", spec], input: token + "\n")
        #expect(login.status == 0, "\(login.errors)")
        #expect(login.output.contains("11 of 12 operations mapped; not mapped: listAudit ("), "\(login.output)")
        let text = try String(contentsOfFile: fixture.directory + "/config/orgtui/paths.127.0.0.1", encoding: .utf8)
        let lines = text.unicodeScalars.split(separator: "\n").map { String(String.UnicodeScalarView($0)) }
        #expect(lines.count == 13, "\(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("# ") || $0.hasPrefix("map ") || $0.hasPrefix("unmapped ") })
        #expect(lines.contains("map getMe GET /users/me"))

        let me = try await Self.orgtui(fixture, ["me", "-o", "ndjson"])
        #expect(me.status == 0, "\(me.errors)")
        #expect(me.output.contains("ada@acme.test"))
        let status = try await Self.orgtui(fixture, ["status"])
        #expect(status.status == 0, "\(status.output)")
    }

    @Test func aDocumentLargerThan8MiBOrInPlainHTTPFromAnotherHostIsNotRead() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let document = Self.ourDocument(changing: [:])
        let large = try FaultServer { _, _ in
            .respond(
                status: 200, body: document.dropLast() + #", "x": ""# + String(repeating: "x", count: 9 << 20) + "\"}")
        }
        defer { large.stop() }
        let spec = "http://127.0.0.1:\(large.port)/openapi.json"

        let login = try await Self.orgtui(fixture, ["login", "--api", url, "--spec", spec], input: token + "\n")
        #expect(login.status != 0)
        #expect(
            login.errors.contains(
                "Cannot read the API document at \(spec) (it is 9.0 MiB; orgtui reads at most 8 MiB): nothing was saved."
            ),
            "\(login.errors)")
        let plain = "http://example.invalid/openapi.json"
        let refused = try await Self.orgtui(fixture, ["login", "--api", url, "--spec", plain], input: token + "\n")
        #expect(refused.status == OrgCLI.ExitStatus.usage.rawValue)
        #expect(refused.errors.contains("must use https"), "\(refused.errors)")
        #expect(!FileManager.default.fileExists(atPath: Self.credentialsPath(fixture)))
    }
}
