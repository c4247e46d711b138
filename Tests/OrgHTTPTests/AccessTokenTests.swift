@testable import OrgServer
import Testing

/// How personal access tokens are hashed and read.
@Suite struct AccessTokenTests {
    @Test func hashIsLowercaseHexSHA256AsStored() {
        #expect(AccessToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
