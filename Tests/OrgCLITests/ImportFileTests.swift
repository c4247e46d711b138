import Foundation
import OrgModel
import Testing

@testable import OrgCLI

/// Reading an import file: CSV's oddities are accepted, each record knows the line it starts on, and every
/// problem names its line and field before anything could be sent.
@Suite struct ImportFileTests {
    static func file(_ text: String, bom: Bool = false) throws -> ImportFile {
        try ImportFile((bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8))
    }

    @Test func everyOddityIsAcceptedAndEachRowKnowsItsLine() throws {
        let text =
            "Name,EMAIL,team,roles,connection\r\n"
            + "\"Lovelace, Ada\",ada@example.com,core,developer;analyst,\r\n"
            + "\r\n"
            + "Grace Hopper,grace@example.com,\"a \"\"quoted\"\",\r\nteam\",admin|developer,password,extra\r\n"
            + "Alan Turing , alan@example.com ,,  analyst ,google-oauth2\r\n"
            + "\n"
        let parsed = try Self.file(text, bom: true)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.rows.map(\.line) == [2, 4, 6])
        #expect(
            parsed.rows.map(\.invitation) == [
                Invitation(email: "ada@example.com", name: "Lovelace, Ada", roles: [.developer, .analyst]),
                Invitation(
                    email: "grace@example.com", name: "Grace Hopper", roles: [.admin, .developer],
                    connection: .usernamePassword),
                Invitation(email: "alan@example.com", name: "Alan Turing", roles: [.analyst]),
            ])
    }

    @Test func everyProblemNamesItsLineAndField() throws {
        let text = """
            email,name,roles,connection
            ok@example.com,Ok,developer,
            adaexample.com,"Ada
            Lovelace",developer,
            nobody@example.com,,root,fax
            """
        let parsed = try Self.file(text)
        #expect(parsed.rows.map(\.line) == [2])
        #expect(
            parsed.problems.map(\.description) == [
                "line 3, email: Email needs an @, as in name@example.com.",
                "line 3, name: Name cannot contain U+000A.",
                "line 5, name: Name is required.",
                "line 5, roles: 'root' is not a role; use admin, developer or analyst, separated by ; or |.",
                "line 5, connection: 'fax' is not a connection; use google-oauth2, password or leave it empty "
                    + "(google-oauth2).",
            ])
    }

    @Test func theSameEmailTwiceNamesBothLines() throws {
        let parsed = try Self.file(
            "email,name,roles\nada@example.com,Ada,admin\nbo@example.com,Bo,analyst\nADA@example.com,Ada B,analyst\n")
        #expect(parsed.rows.map(\.line) == [2, 3])
        #expect(parsed.problems.map(\.description) == ["line 4, email: ADA@example.com is also on line 2."])
    }

    @Test func aMissingColumnIsAnErrorThatNamesIt() throws {
        #expect(throws: ImportFile.Unreadable.self) { try Self.file("email,name\nada@example.com,Ada\n") }
        let error = #expect(throws: ImportFile.Unreadable.self) { try Self.file("\u{FEFF}mail,name,roles\n") }
        #expect(error?.description.hasPrefix("The header row has no email column") == true)
        #expect(throws: ImportFile.Unreadable.self) { try Self.file("") }
    }
}
