import Foundation
import OrgAPI
import OrgModel
@testable import OrgServer
import Testing

/// `UserPageJSON` writes the very bytes that the generated server's JSONEncoder would.
@Suite struct UserPageJSONTests {
    /// The generated server's encoder, as `OrgServer` configures it.
    func encoded(_ page: UserPage) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(Components.Schemas.UserPage(page)))
    }

    @Test func bytesAreJSONEncodersForEveryKindOfCharacter() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let strings = [
            "", "Ada Admin", controls, #"quote " backslash \ slash /"#, "é Zoë 😀 \u{2028} \u{7f}", "/\\\"\n",
        ]
        let users = strings.map { User(id: "auth0|" + $0, name: $0, email: $0 + "@acme.test") }
        for page in [
            UserPage(count: 0, items: []), UserPage(count: 12_345, items: []), UserPage(count: 6, items: users),
        ] {
            #expect(UserPageJSON.encode(page) == (try encoded(page)))
        }
    }
}
