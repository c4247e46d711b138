import ChildProcesses
import CSV
import Foundation
import OrgModel
import OrgRecords
import OrgStore
import Testing

@testable import OrgCLI

/// `orgtui users roles|delete|reset-password|invite` and `orgtui me update` through the real executable on a
/// small store: each change reaches the store (its audit log says so), `--dry-run` and a refused
/// confirmation change nothing, and each kind of failure has its exit status.
@Suite struct ChangeCommandTests {
    /// One row of a command's JSON output.
    struct Row: Decodable, Equatable {
        var id: String
        var name: String
        var email: String
        var outcome: String
    }

    /// One row of a dry run's JSON output.
    struct Planned: Decodable {
        var id: String
        var change: String
        var method: String?
        var path: String?
    }

    /// Runs orgtui with its standard input a pipe that says `y`.
    static func orgtuiFromAPipe(_ fixture: MemberStoreFixture, _ arguments: [String]) async throws -> ChildProcess.Ended
    {
        try await ChildProcess.run(
            ["sh", "-c", #"echo y | exec "$0" "$@""#, MemberStoreFixture.binary] + arguments + [
                "--store", fixture.path,
            ])
    }

    static func audit(_ fixture: MemberStoreFixture) throws -> [AuditEntry.Action] {
        try SQLiteStore(openingAt: fixture.path).auditLog().map(\.action)
    }

    static func roles(_ fixture: MemberStoreFixture, _ n: Int) async throws -> Set<Role> {
        try await SQLiteStore(openingAt: fixture.path).backend().getUser(id: MemberStoreFixture.id(n)).roles
    }

    static func user(_ n: Int, _ outcome: String) -> Row {
        Row(
            id: MemberStoreFixture.id(n), name: MemberStoreFixture.name(n), email: MemberStoreFixture.email(n),
            outcome: outcome)
    }

    @Test func rolesApplyToTheRolesReadPrintEachChangeAndSendNothingForNoChange() async throws {
        let fixture = try MemberStoreFixture(members: 6)
        defer { fixture.remove() }
        let before = try Self.audit(fixture)
        let added = try await fixture.orgtui(
            ["users", "roles", MemberStoreFixture.id(1), MemberStoreFixture.id(5), "--add", "analyst", "-o", "csv"])
        #expect(added.status == 0, "\(added.errors)")
        let rows = Array(AnyIterator(try CSVReader(string: added.output, hasHeaderRow: true).next))
        #expect(
            rows == [
                [MemberStoreFixture.id(1), "Member 001", "member.001@acme.test", CSVCell.neutralized("+analyst")],
                [MemberStoreFixture.id(5), "Member 005", "member.005@acme.test", "no change"],
            ])
        #expect(try await Self.roles(fixture, 1) == [.developer, .analyst])

        let set = try await fixture.orgtui(
            ["users", "roles", MemberStoreFixture.id(2), "--set", "admin,analyst", "-o", "json"])
        #expect(set.status == 0, "\(set.errors)")
        #expect(
            try JSONDecoder().decode([Row].self, from: Data(set.output.utf8)) == [
                Self.user(2, "+admin +analyst -developer")
            ])
        #expect(try await Self.roles(fixture, 2) == [.admin, .analyst])

        let removed = try await fixture.orgtui(["users", "roles", MemberStoreFixture.id(1), "--remove", "developer"])
        #expect(removed.status == 0, "\(removed.errors)")
        #expect(removed.output.contains("member.001@acme.test  -developer"))
        #expect(try await Self.roles(fixture, 1) == [.analyst])
        #expect(try Self.audit(fixture) == before + [.setRoles, .setRoles, .setRoles])
    }

    @Test func aDryRunPrintsTheRequestsAndChangesNothing() async throws {
        let fixture = try MemberStoreFixture(members: 3)
        defer { fixture.remove() }
        let before = try Self.audit(fixture)
        let id = MemberStoreFixture.id(1)
        let path = "/users/auth0%7C" + String(id.dropFirst("auth0|".count))
        let runs: [([String], method: String, path: String, change: String)] = [
            (["users", "roles", id, "--set", "admin"], "PUT", path + "/roles", "+admin -developer"),
            (["users", "delete", id], "DELETE", path, "delete"),
            (["users", "reset-password", id], "POST", path + "/password-reset", "password reset"),
            (
                ["users", "invite", "--email", "new@acme.test", "--name", "New"], "POST", "/users/invite",
                "invite as developer (google-oauth2)"
            ),
            (["me", "update", "--name", "Ada Lovelace"], "PATCH", "/users/me", "name: Ada Admin -> Ada Lovelace"),
        ]
        for run in runs {
            let result = try await Self.orgtuiFromAPipe(fixture, run.0 + ["--dry-run", "-o", "ndjson"])
            #expect(result.status == 0, "\(run.0): \(result.errors)")
            let planned = try JSONDecoder().decode(Planned.self, from: Data(result.output.utf8))
            #expect([planned.method, planned.path, planned.change] == [run.method, run.path, run.change])
        }
        let roleless = try await Self.orgtuiFromAPipe(
            fixture, ["users", "roles", id, "--remove", "developer", "--dry-run"])
        #expect(roleless.status == 64)
        #expect(roleless.errors.contains("Choose at least one role."), "\(roleless.errors)")
        #expect(try Self.audit(fixture) == before)
        let store = try SQLiteStore(openingAt: fixture.path)
        #expect(try store.outbox().isEmpty)
        #expect(try store.pendingInvitations().isEmpty)
        #expect(try await store.backend().getMe().name == "Ada Admin")
        #expect(try await Self.roles(fixture, 1) == [.developer])
    }

    @Test func deleteFromAPipeWithoutYesChangesNothingAndWithYesDeletes() async throws {
        let fixture = try MemberStoreFixture(members: 3)
        defer { fixture.remove() }
        let before = try Self.audit(fixture)
        let refused = try await Self.orgtuiFromAPipe(fixture, ["users", "delete", MemberStoreFixture.id(1)])
        #expect(refused.status == ExitStatus.usage.rawValue)
        #expect(refused.output.isEmpty)
        #expect(refused.errors.hasPrefix("Error: Nothing was changed: standard input is not a terminal"))
        #expect(try Self.audit(fixture) == before)
        #expect(try await Self.roles(fixture, 1) == [.developer])

        let deleted = try await Self.orgtuiFromAPipe(
            fixture, ["users", "delete", MemberStoreFixture.id(1), "--yes", "-o", "json"])
        #expect(deleted.status == 0, "\(deleted.errors)")
        #expect(try JSONDecoder().decode([Row].self, from: Data(deleted.output.utf8)) == [Self.user(1, "deleted")])
        await #expect(throws: BackendError.notFound) { try await Self.roles(fixture, 1) }
        #expect(try Self.audit(fixture) == before + [.delete])
    }

    @Test func onATerminalDeleteAsksForEachUserByNameAndOnlyYesGoesAhead() async throws {
        let fixture = try MemberStoreFixture(members: 3)
        defer { fixture.remove() }
        let (one, two) = (MemberStoreFixture.id(1), MemberStoreFixture.id(2))
        let tmux = try Tmux(
            width: 100, height: 20,
            command: "\(MemberStoreFixture.binary) users delete '\(one)' '\(two)' --store \(fixture.path) -o csv; "
                + "echo EXIT=$?")
        defer { tmux.stop() }
        try tmux.waitFor("Delete Member 001 <member.001@acme.test>? [y/N]")
        try tmux.keys("Enter")
        try tmux.waitFor("Delete Member 002 <member.002@acme.test>? [y/N]")
        try tmux.type("yes")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("EXIT=")
        #expect(screen.contains("\(one),Member 001,member.001@acme.test,not confirmed"))
        #expect(screen.contains("\(two),Member 002,member.002@acme.test,deleted"))
        #expect(screen.contains("EXIT=0"))
        #expect(try await Self.roles(fixture, 1) == [.developer])
        await #expect(throws: BackendError.notFound) { try await Self.roles(fixture, 2) }
    }

    @Test func resetInviteAndProfileUpdateReachTheStore() async throws {
        let fixture = try MemberStoreFixture(members: 3)
        defer { fixture.remove() }
        let before = try Self.audit(fixture)
        let reset = try await Self.orgtuiFromAPipe(
            fixture, ["users", "reset-password", MemberStoreFixture.id(2), "--yes"])
        #expect(reset.status == 0, "\(reset.errors)")
        let invite = try await fixture.orgtui(
            [
                "users", "invite", "--email", "new@acme.test", "--name", "New Person", "--roles", "analyst,developer",
                "--connection", "password",
            ])
        #expect(invite.status == 0, "\(invite.errors)")
        let update = try await fixture.orgtui(["me", "update", "--name", "Ada Lovelace", "--email", "ada@acme.test"])
        #expect(update.status == 0, "\(update.errors)")
        let store = try SQLiteStore(openingAt: fixture.path)
        #expect(try store.outbox().map(\.recipient) == [MemberStoreFixture.email(2), "new@acme.test"])
        #expect(
            try store.pendingInvitations().map(\.invitation) == [
                Invitation(
                    email: "new@acme.test", name: "New Person", roles: [.analyst, .developer],
                    connection: .usernamePassword)
            ])
        #expect(try await store.backend().getMe().name == "Ada Lovelace")
        #expect(try Self.audit(fixture) == before + [.resetPassword, .invite, .updateMe])
    }

    @Test func meUpdatePrintsTheProfileAsChangedFromTheStoreAndOverTheAPI() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let stored = try await fixture.orgtui(["me", "update", "--name", "Dana D. Demo", "-o", "json"])
        #expect(stored.status == 0, "\(stored.errors)")
        #expect(
            try JSONDecoder().decode([Row].self, from: Data(stored.output.utf8)) == [
                Row(id: MemberStoreFixture.id(0), name: "Dana D. Demo", email: "ada@acme.test", outcome: "updated")
            ])
        let admin = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let remote = try await ChildProcess.run(
            [
                MemberStoreFixture.binary, "me", "update", "--email", "dana@acme.test", "--api",
                url, "-o", "json",
            ], environment: .adding(["ORGTUI_TOKEN": admin]))
        #expect(remote.status == 0, "\(remote.errors)")
        #expect(
            try JSONDecoder().decode([Row].self, from: Data(remote.output.utf8)) == [
                Row(id: MemberStoreFixture.id(0), name: "Dana D. Demo", email: "dana@acme.test", outcome: "updated")
            ])
    }

    @Test func overTheAPIAChangeReachesTheStoreAndAnAnalystsTokenIsNotAllowed() async throws {
        let fixture = try MemberStoreFixture(members: 5)
        defer { fixture.remove() }
        let admin = try await fixture.adminToken()
        let created = try await ChildProcess.output([
            MemberStoreFixture.binary, "token", "create", "--store", fixture.path, "--email",
            MemberStoreFixture.email(5),
        ])
        let analyst = try #require(created.split(separator: "\n").first { $0.hasPrefix(MemberStoreFixture.email(5)) })
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let changed = try await ChildProcess.run(
            [
                MemberStoreFixture.binary, "users", "roles", MemberStoreFixture.id(1), "--add",
                "admin", "--api", url, "-o", "json",
            ], environment: .adding(["ORGTUI_TOKEN": admin]))
        #expect(changed.status == 0, "\(changed.errors)")
        #expect(try JSONDecoder().decode([Row].self, from: Data(changed.output.utf8)) == [Self.user(1, "+admin")])
        #expect(try await Self.roles(fixture, 1) == [.admin, .developer])
        let refused = try await ChildProcess.run(
            [
                MemberStoreFixture.binary, "users", "delete", MemberStoreFixture.id(2), "--yes",
                "--api", url,
            ], environment: .adding(["ORGTUI_TOKEN": String(analyst)]))
        #expect(refused.status == ExitStatus.notAllowed.rawValue, "\(refused.errors)")
        #expect(refused.errors.contains("Not allowed"))
        #expect(try await Self.roles(fixture, 2) == [.developer])
    }

    @Test func eachKindOfFailureHasItsExitStatus() async throws {
        let fixture = try MemberStoreFixture(members: 6)
        defer { fixture.remove() }
        let ada = MemberStoreFixture.id(0)
        try await fixture.sql("UPDATE member SET connection = 'google-oauth2' WHERE id = '\(MemberStoreFixture.id(3))'")
        let cases: [([String], OrgCLI.ExitStatus, String)] = [
            (["users", "roles", ada], .usage, "Error: Give exactly one of --set, --add or --remove."),
            (["me", "update", "--email", "ada@acme"], .usage, "Error: The domain 'acme' needs a dot"),
            (["users", "delete", "nope", "--yes"], .notFound, "Error: No user has the id nope."),
            (["users", "delete", ada, "--yes"], .conflict, "Error: \(ada): Conflict: You cannot delete yourself."),
            (
                ["users", "roles", ada, "--set", "developer"], .conflict,
                "Error: \(ada): Conflict: Ada Admin is the last admin"
            ),
            (["users", "reset-password", MemberStoreFixture.id(3), "--yes"], .conflict, "Error: auth0|"),
            (
                ["users", "invite", "--email", MemberStoreFixture.email(1), "--name", "X"], .conflict,
                "Error: Conflict: member.001@acme.test is already a member"
            ),
            (
                ["users", "delete", MemberStoreFixture.id(1), "nope", "--yes"], .someRowsFailed,
                "Error: No user has the id nope.\n"
            ),
            (
                ["users", "delete", "nope", "gone", "--yes"], .notFound,
                "Error: No user has the id nope.\nError: No user has the id gone.\n"
            ),
        ]
        for (arguments, status, errors) in cases {
            let run = try await Self.orgtuiFromAPipe(fixture, arguments)
            #expect(run.status == status.rawValue, "\(arguments): \(run.errors)")
            #expect(run.errors.hasPrefix(errors), "\(arguments)")
        }
        // An analyst as the store's "me": not allowed; a Google user as "me": the provider's conflict.
        try await fixture.sql("UPDATE organization SET me_id = '\(MemberStoreFixture.id(5))'")
        let analyst = try await fixture.orgtui(["users", "roles", MemberStoreFixture.id(2), "--add", "admin"])
        #expect(analyst.status == ExitStatus.notAllowed.rawValue, "\(analyst.errors)")
        try await fixture.sql("UPDATE organization SET me_id = '\(MemberStoreFixture.id(3))'")
        let google = try await fixture.orgtui(["me", "update", "--name", "Someone Else"])
        #expect(google.status == ExitStatus.conflict.rawValue, "\(google.errors)")
        #expect(google.errors.contains("change your name or email in your Google account"))
        let unreachable = try await ChildProcess.run(
            [
                MemberStoreFixture.binary, "users", "roles", ada, "--add", "analyst",
                "--api", "http://127.0.0.1:1",
            ], environment: .adding(["ORGTUI_TOKEN": "ada@acme.test:mpat_x"]))
        #expect(unreachable.status == ExitStatus.unavailable.rawValue, "\(unreachable.errors)")
    }
}
