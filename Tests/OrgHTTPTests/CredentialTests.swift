import Foundation
@testable import OrgHTTP
import Testing

@Suite struct CredentialTests {
    @Test func personalAccessTokenIsSentRaw() throws {
        let credential = try #require(Credential(token: "robot@acme.test:mpat_abc"))
        #expect(credential.authorizationValue == "robot@acme.test:mpat_abc")
    }

    @Test func jwtIsSentAsBearer() throws {
        let credential = try #require(Credential(token: "Bearer eyJhbGciOi.x.y"))
        #expect(credential.authorizationValue == "Bearer eyJhbGciOi.x.y")
        #expect("\(credential)" == "<redacted>")
    }
}

/// What may be saved or sent: a token is printable ASCII without spaces, a profile's name one word, so that
/// neither can add a line to the credentials or profiles file, nor a header to a request.
@Suite struct TokenAndNameCheckTests {
    let home = NSTemporaryDirectory() + "orgtui-checks-" + UUID().uuidString

    @Test(arguments: ["a@acme.test:mpat_x\rprofile evil token y", "a:mpat_x\u{0B}y", "a:mpat_x y", "jwt\u{7F}", "jwté"])
    func aTokenWithASpaceOrAControlInsideIsNoToken(text: String) {
        #expect(Credential(token: text) == nil)
        #expect(Credential(token: "  Bearer eyJ.x.y \r\n") == .bearer("eyJ.x.y"))
    }

    @Test func theWritersRefuseAFieldThatWouldAddALine() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        var file = try CredentialFile.load(path: home + "/orgtui/credentials")
        file.set(.bearer("jwt\nprofile evil token stolen"), profile: "work")
        #expect(throws: CredentialError.self) { try file.save() }
        var named = try CredentialFile.load(path: home + "/orgtui/credentials")
        named.set(.bearer("jwt"), profile: "work\nprofile evil")
        #expect(throws: CredentialError.self) { try named.save() }
        let profiles = [Profile(name: "work\nprofile evil api https://evil.test", target: .api("https://a.test"))]
        #expect(throws: CredentialError.self) { try ProfileFile.save(profiles, path: home + "/orgtui/profiles") }
        let url = [Profile(name: "work", target: .api("https://a.test\nprofile evil api https://evil.test"))]
        #expect(throws: CredentialError.self) { try ProfileFile.save(url, path: home + "/orgtui/profiles") }
        #expect(!FileManager.default.fileExists(atPath: home + "/orgtui"))
    }
}
