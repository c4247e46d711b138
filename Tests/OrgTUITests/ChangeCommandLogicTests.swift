import ChildProcesses
import Foundation
import OrgModel
import Testing

@testable import OrgCLI

/// The pure parts of the commands that change something: which roles `users roles` ends with, which
/// answers confirm, and the request `--dry-run` prints.
@Suite struct ChangeCommandLogicTests {
    static func roles(_ arguments: [String], from before: Set<Role>) throws -> Set<Role> {
        try UsersCommand.Roles.parse(["auth0|1"] + arguments).roles(after: before)
    }

    @Test func addAndRemoveApplyToTheRolesReadAndSetReplacesThem() throws {
        #expect(try Self.roles(["--add", "admin", "analyst"], from: [.developer]) == Set(Role.allCases))
        #expect(try Self.roles(["--add", "admin,developer"], from: [.developer]) == [.admin, .developer])
        #expect(try Self.roles(["--remove", "developer"], from: [.developer, .analyst]) == [.analyst])
        #expect(try Self.roles(["--remove", "admin"], from: [.analyst]) == [.analyst])
        #expect(try Self.roles(["--set", "admin,developer"], from: [.analyst]) == [.admin, .developer])
    }

    @Test(arguments: [
        [String](), ["--set", "admin", "--add", "analyst"], ["--add", "admin", "--remove", "analyst"],
        ["--set", "admin,admin"], ["--add", "owner"], ["--set", "admin,,developer"],
    ])
    func anythingButExactlyOneModeOfKnownRolesIsRefused(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try UsersCommand.Roles.parse(["auth0|1"] + arguments) }
    }

    @Test(arguments: ["y", "Y", "yes", " YES ", "Yes"])
    func yesConfirms(_ answer: String) {
        #expect(ConfirmOptions.isYes(answer))
    }

    @Test(arguments: [nil, "", "n", "no", "ye", "yep", "y y"] as [String?])
    func anythingElseIsNo(_ answer: String?) {
        #expect(!ConfirmOptions.isYes(answer))
    }

    @Test func aRequestIsTheAPIsMethodPathAndBody() throws {
        let id = "auth0|1/2"
        let roles = ChangeRequest.setRoles(id: id, roles: [.analyst, .admin], basedOn: nil)
        #expect(roles.method == "PUT")
        #expect(roles.path == "/users/auth0%7C1%2F2/roles")
        #expect(try Self.json(roles.body) == #"["admin","analyst"]"#)
        #expect(ChangeRequest.deleteUser(id: id).method == "DELETE")
        #expect(ChangeRequest.deleteUser(id: id).body == nil)
        #expect(ChangeRequest.resetPassword(id: "x").path == "/users/x/password-reset")
        let update = ChangeRequest.updateMe(UserUpdate(name: "Ada"))
        #expect(update.method == "PATCH")
        #expect(try Self.json(update.body) == #"{"name":"Ada"}"#)
        let invite = ChangeRequest.invite(
            Invitation(email: "a@b.co", name: "A", roles: [.developer], connection: .usernamePassword))
        #expect(invite.path == "/users/invite")
        #expect(try Self.json(invite.body) == #"{"connection":null,"email":"a@b.co","name":"A","roles":["developer"]}"#)
        let google = ChangeRequest.invite(Invitation(email: "a@b.co", name: "A", roles: [.developer]))
        #expect(try Self.json(google.body).hasPrefix(#"{"connection":"google-oauth2","#))
    }

    static func json(_ body: (any Encodable)?) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let body else { throw ChildProcess.Failed("no body") }
        return String(decoding: try encoder.encode(body), as: UTF8.self)
    }
}
