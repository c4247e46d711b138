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
