import ChildProcesses
import CSV
import Foundation
import OrgModel
import OrgStore
import TestHTTPServers
import Testing

@testable import OrgCLI

/// `orgtui users import` through the real executable: an invalid row sends nothing, a re-run of the same
/// file sends nothing twice (its journal), a failed row exits 2, and a run killed while the server holds
/// a request leaves, after a second run, one invitation email per invitee.
@Suite struct ImportCommandTests {
    static let token = "robot@acme.test:mpat_importcanary0123456789"

    /// Runs orgtui with its state (the journal) kept in the fixture's directory.
    static func orgtui(_ fixture: MemberStoreFixture, _ arguments: [String]) async throws -> ChildProcess.Ended {
        try await ChildProcess.run(
            [MemberStoreFixture.binary] + arguments,
            environment: .adding(["XDG_STATE_HOME": fixture.directory + "/state", "ORGTUI_TOKEN": token]))
    }

    /// Writes `text` to a file in the fixture's directory; its path.
    static func file(_ fixture: MemberStoreFixture, _ text: String, name: String = "people.csv") throws -> String {
        let path = fixture.directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func anInvalidRowSendsNothingAndNamesItsLineAndField() async throws {
        let fixture = try MemberStoreFixture(members: 2)
        defer { fixture.remove() }
        let file = try Self.file(
            fixture, "email,name,roles\nnew.one@acme.test,New One,developer\nnew.two.acme.test,New Two,analyst\n")
        let run = try await Self.orgtui(fixture, ["users", "import", file, "--store", fixture.path])
        #expect(run.status == ExitStatus.usage.rawValue)
        #expect(run.errors.hasPrefix("line 3, email: Email needs an @, as in name@example.com.\n"))
        #expect(run.errors.contains("has 1 invalid row; nothing was sent."))
        #expect(try fixture.store.outbox().isEmpty)
        let dry = try await Self.orgtui(
            fixture, ["users", "import", file, "--store", fixture.path, "--skip-invalid", "--dry-run"])
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.output.contains("new.one@acme.test") && !dry.output.contains("new.two"))
        #expect(try fixture.store.outbox().isEmpty)
        let report = fixture.directory + "/report.csv"
        let skipping = try await Self.orgtui(
            fixture, ["users", "import", file, "--store", fixture.path, "--skip-invalid", "--report", report])
        #expect(skipping.status == ExitStatus.someRowsFailed.rawValue, "\(skipping.errors)")
        let rows = Array(AnyIterator(try CSVReader(string: String(contentsOfFile: report, encoding: .utf8)).next))
        #expect(
            rows.dropFirst() == [
                ["2", "new.one@acme.test", "invited", ""],
                ["3", "new.two.acme.test", "failed", "invalid: email: Email needs an @, as in name@example.com."],
            ])
        #expect(try fixture.store.outbox().map(\.recipient) == ["new.one@acme.test"])
    }

    @Test func aRerunOfTheSameFileSendsNothingTwice() async throws {
        let fixture = try MemberStoreFixture(members: 2)
        defer { fixture.remove() }
        let file = try Self.file(
            fixture,
            "\u{FEFF}email,name,roles\r\nnew.one@acme.test,\"=One, New\",developer\r\n"
                + "\(MemberStoreFixture.email(2)),Member,analyst\r\nnew.two@acme.test,New Two,admin|analyst\r\n")
        let report = fixture.directory + "/report.csv"
        let arguments = ["users", "import", file, "--store", fixture.path, "--report", report]
        let first = try await Self.orgtui(fixture, arguments)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.errors.hasPrefix("2 invited, 1 skipped, 0 failed in "))
        let rows = Array(AnyIterator(try CSVReader(string: String(contentsOfFile: report, encoding: .utf8)).next))
        #expect(
            rows.map { $0[0...2] } == [
                ["line", "email", "outcome"], ["2", "new.one@acme.test", "invited"],
                ["3", MemberStoreFixture.email(2), "skipped"], ["4", "new.two@acme.test", "invited"],
            ])
        let second = try await Self.orgtui(fixture, arguments)
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.errors.hasPrefix("0 invited, 3 skipped, 0 failed in "))
        let again = Array(AnyIterator(try CSVReader(string: String(contentsOfFile: report, encoding: .utf8)).next))
        #expect(again.dropFirst().allSatisfy { $0[3] == "ended in an earlier run of this file" })
        #expect(try fixture.store.outbox().map(\.recipient).sorted() == ["new.one@acme.test", "new.two@acme.test"])
    }

    @Test func aRowThatFailsExitsSomeRowsFailed() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let server = try FaultServer { _, request in
            BulkInviteTests.email(request) == "boom@acme.test" ? .respond(status: 500) : .respond(status: 201)
        }
        defer { server.stop() }
        let file = try Self.file(fixture, "email,name,roles\nok@acme.test,Ok,analyst\nboom@acme.test,Boom,analyst\n")
        let run = try await Self.orgtui(fixture, ["users", "import", file, "--api", "http://127.0.0.1:\(server.port)"])
        #expect(run.status == ExitStatus.someRowsFailed.rawValue)
        #expect(run.errors.hasPrefix("line 3, boom@acme.test: Failed: the server failed (HTTP 500)."))
        #expect(run.errors.contains("1 invited, 0 skipped, 1 failed in "))
        #expect(run.errors.hasSuffix("Error: 1 row failed.\n"))
    }

    @Test func aRunKilledWhileTheServerHoldsARequestSendsNoInvitationTwice() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let backend = fixture.store.backend()
        // Applies each invitation to the store, as a server would; the third is applied but never answered.
        let server = try FaultServer { index, request in
            guard let invitation = BulkInviteTests.invitation(request) else { return .respond(status: 400) }
            let status = Self.forward(invitation, to: backend)
            return index == 2 ? .hang : .respond(status: status, body: #"{"detail":"already invited"}"#)
        }
        defer { server.stop() }
        let emails = (1...5).map { "new.\($0)@acme.test" }
        let file = try Self.file(
            fixture, "email,name,roles\n" + emails.map { "\($0),Someone,developer\n" }.joined())
        let arguments = "users import \(file) --api http://127.0.0.1:\(server.port) --concurrency 1"
        let tmux = try Tmux(
            width: 100, height: 10,
            command: "exec env XDG_STATE_HOME=\(fixture.directory)/state ORGTUI_TOKEN=\(Self.token) "
                + "\(MemberStoreFixture.binary) \(arguments)")
        defer { tmux.stop() }
        try await eventually("the third request, held") { server.requests.count == 3 }
        let pid = try #require(pid_t(try tmux.format("#{pane_pid}")))
        #expect(kill(pid, SIGKILL) == 0)
        try await eventually("orgtui killed") { try tmux.format("#{pane_dead}") == "1" }

        let rerun = try await Self.orgtui(fixture, arguments.split(separator: " ").map(String.init))
        #expect(rerun.status == 0, "\(rerun.errors)")
        #expect(rerun.errors.hasPrefix("2 invited, 3 skipped, 0 failed in "))
        #expect(server.requests.dropFirst(3).map(BulkInviteTests.email) == Array(emails[2...]))
        #expect(try fixture.store.outbox().map(\.recipient).sorted() == emails)
    }

    /// Sends `invitation` to `backend`: the HTTP status a server would answer.
    static func forward(_ invitation: Invitation, to backend: any Backend) -> Int {
        do throws(BackendError) {
            try Blocking.wait { () throws(BackendError) in try await backend.inviteUser(invitation) }
            return 201
        } catch {
            if case .conflict = error { return 409 }
            return 500
        }
    }
}
