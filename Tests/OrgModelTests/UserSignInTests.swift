import OrgModel
import Testing

/// How a user signs in, as their id tells it, for the details screens.
struct UserSignInTests {
    @Test(arguments: [
        ("google-oauth2|108433427608546141454", "Google (google-oauth2), read from the id"),
        ("auth0|64f0c0ffee0000000000a002", "Password (username-password), read from the id"),
        ("samlp|acme|ann", "not known: the id does not say"),
    ])
    func theIdsPrefixSaysHowTheySignIn(id: String, label: String) {
        #expect(User(id: id, name: "Ann Lee", email: "ann@acme.test").signInLabel == label)
    }
}
