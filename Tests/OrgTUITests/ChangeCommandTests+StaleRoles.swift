import OrgCLI
import TestHTTPServers
import Testing

extension ChangeCommandTests {
    @Test func rolesAddedToRolesChangedBeforeTheWriteExitConflictNamingTheRolesNowAndSendNothing() throws {
        // The command reads u1 as a developer; the HTTP backend's read just before the PUT finds an analyst too.
        let server = try FaultServer { index, _ in
            let roles = index == 0 ? #""developer""# : #""developer","analyst""#
            return .respond(status: 200, body: #"{"id":"u1","name":"Ben","email":"ben@acme.test","roles":[\#(roles)]}"#)
        }
        defer { server.stop() }
        let run = try Spawn.status(
            [
                "ORGTUI_TOKEN=robot@acme.test:mpat_stalecanary0123456789", MemberStoreFixture.binary, "users", "roles",
                "u1", "--add", "admin", "--api", "http://127.0.0.1:\(server.port)",
            ])
        #expect(run.status == ExitStatus.conflict.rawValue)
        #expect(
            run.errors
                == "Error: u1: Changed meanwhile: someone else set the roles to developer,analyst since they were "
                + "read; nothing was changed. Read them again and retry.\n")
        #expect(server.requests.map(\.method) == ["GET", "GET"])
    }
}
