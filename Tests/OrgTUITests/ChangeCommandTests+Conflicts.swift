import ChildProcesses
import Foundation
import OrgCLI
import OrgModel
import TestHTTPServers
import Testing

extension ChangeCommandTests {
    @Test func rolesAddedToRolesChangedBeforeTheWriteExitConflictNamingTheRolesNowAndSendNothing() async throws {
        // The command reads u1 as a developer; the HTTP backend's read just before the PUT finds an analyst too.
        let server = try FaultServer { index, _ in
            let roles = index == 0 ? #""developer""# : #""developer","analyst""#
            return .respond(status: 200, body: #"{"id":"u1","name":"Ben","email":"ben@acme.test","roles":[\#(roles)]}"#)
        }
        defer { server.stop() }
        let run = try await ChildProcess.run(
            [
                MemberStoreFixture.binary, "users", "roles", "u1", "--add", "admin", "--api",
                "http://127.0.0.1:\(server.port)",
            ],
            environment: .adding(["ORGTUI_TOKEN": "robot@acme.test:mpat_stalecanary0123456789"]))
        #expect(run.status == ExitStatus.conflict.rawValue)
        #expect(
            run.errors
                == "Error: u1: Changed meanwhile: someone else set the roles to developer,analyst since they were "
                + "read; nothing was changed. Read them again and retry.\n")
        #expect(server.requests.map(\.method) == ["GET", "GET"])
    }

    @Test func twoAdminsDemotingEachOtherAndThemselvesAtOnceThroughServeLeaveAnAdmin() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let admins = [MemberStoreFixture.id(0), MemberStoreFixture.id(1)]
        let backend = fixture.store.backend()
        try await backend.setRoles(id: admins[1], roles: [.admin])
        let ada = try await fixture.adminToken()
        let created = try await ChildProcess.output([
            MemberStoreFixture.binary, "token", "create", "--store", fixture.path, "--email",
            MemberStoreFixture.email(1),
        ])
        let ben = try #require(created.split(separator: "\n").first { $0.hasPrefix(MemberStoreFixture.email(1)) })
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        // Each round, four processes at once: each admin demotes the other and themselves.
        let runs = [(ada, admins[1]), (String(ben), admins[0]), (ada, admins[0]), (String(ben), admins[1])]
        for round in 0..<3 {
            let statuses = await withTaskGroup(of: Int32.self) { group in
                for (token, id) in runs {
                    group.addTask {
                        let run = try? await ChildProcess.run(
                            [MemberStoreFixture.binary, "users", "roles", id, "--set", "developer", "--api", url],
                            environment: .adding(["ORGTUI_TOKEN": token]))
                        return run?.status ?? -1
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let allowed = [ExitStatus.success, .notAllowed, .conflict].map(\.rawValue)
            #expect(statuses.allSatisfy(allowed.contains), "round \(round): \(statuses)")
            #expect(statuses.contains(ExitStatus.success.rawValue), "round \(round): \(statuses)")
            var left: [String] = []
            for id in admins where try await backend.getUser(id: id).roles.contains(.admin) { left.append(id) }
            #expect(left.count == 1, "round \(round)")
            let restorer = fixture.store.backend(actingAs: try #require(left.first))
            for id in admins { try await restorer.setRoles(id: id, roles: [.admin]) }
        }
    }
}
