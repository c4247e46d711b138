import Foundation
import OrgHTTP
import Testing

@testable import OrgCLI

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

    @Test func aNameThatIsNotOneWordIsRefusedBeforeAnythingIsWritten() throws {
        let directory = NSTemporaryDirectory() + "orgtui-names-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let environment = ["XDG_CONFIG_HOME": directory]
        for name in ["work\nprofile evil api https://evil.test", "work\rx", "my work", ""] {
            #expect {
                try SignIn.save(.bearer("jwt"), url: url, name: name, environment: environment)
            } throws: { error in
                (error as? CredentialError)?.message.contains("one word of letters, digits") == true
            }
        }
        #expect(!FileManager.default.fileExists(atPath: directory))
    }
}
