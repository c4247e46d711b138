import Foundation
import OrgModel
import Testing
import TestHTTPServers

extension FaultTests {
    /// User u1's details with these roles (JSON strings, separated by commas).
    static func user(_ roles: String, headers: [String: String] = [:]) -> FaultServer.Reply {
        .respond(
            status: 200, headers: headers,
            body: #"{"id":"u1","name":"Ada","email":"ada@acme.test","roles":[\#(roles)]}"#)
    }

    @Test func withoutAnETagTheUserIsReadJustBeforeThePutAndAStaleBaseSendsNoPut() async throws {
        let server = try FaultServer { _, request in
            request.method == "GET" ? Self.user(#""developer","analyst""#) : .respond(status: 204)
        }
        defer { server.stop() }
        let stale = await error { try await backend(server).setRoles(id: "u1", roles: [.admin], basedOn: [.developer]) }
        #expect(stale == .rolesChanged(current: [.developer, .analyst]))
        #expect(server.requests.map(\.method) == ["GET"])
        try await backend(server).setRoles(id: "u1", roles: [.admin], basedOn: [.developer, .analyst])
        let put = try #require(server.requests.last)
        #expect(put.method == "PUT" && put.path == "/api/users/u1/roles" && put.headers["if-match"] == nil)
    }

    @Test func theUsersETagGoesAsIfMatchAndA412GivesTheCurrentRoles() async throws {
        let tag = #""roles:developer""#
        let server = try FaultServer { index, _ in
            index == 0
                ? Self.user(#""developer""#, headers: ["ETag": tag])
                : .respond(status: 412, body: #"{"detail":"changed","roles":["admin"]}"#)
        }
        defer { server.stop() }
        let stale = await error {
            try await backend(server).setRoles(id: "u1", roles: [.analyst], basedOn: [.developer])
        }
        #expect(stale == .rolesChanged(current: [.admin]))
        #expect(server.requests.map(\.method) == ["GET", "PUT"])
        #expect(server.requests.last?.headers["if-match"] == tag)
    }
}
