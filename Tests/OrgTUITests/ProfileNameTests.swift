import Foundation
import OrgHTTP
import Testing

@testable import OrgTUI

/// The profile a sign-in is saved as: the one asked for, else the one saved for the URL, else the host's name.
@Suite struct ProfileNameTests {
    let url = URL(string: "https://api.acme.test/api/oum/v1")!

    @Test func theSelectedNameWinsThenTheURLsProfileThenTheHost() {
        let saved = [Profile(name: "work", target: .api(url.absoluteString))]
        #expect(SignIn.profileName(selected: "mine", url: url, profiles: saved) == "mine")
        #expect(SignIn.profileName(selected: nil, url: url, profiles: saved) == "work")
        #expect(SignIn.profileName(selected: nil, url: url, profiles: []) == "api.acme.test")
    }

    @Test func aHostThatIsTakenOrCannotNameAProfileGivesDefault() {
        let taken = [Profile(name: "api.acme.test", target: .store("/tmp/a.sqlite"))]
        #expect(SignIn.profileName(selected: nil, url: url, profiles: taken) == "default")
        #expect(SignIn.profileName(selected: nil, url: URL(string: "http://[::1]:8080")!, profiles: []) == "default")
    }
}
