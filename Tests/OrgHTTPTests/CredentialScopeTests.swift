import Foundation
@testable import OrgHTTP
import Testing

/// Which token may go to which origin: `ORGTUI_TOKEN` to the APIs the run names, a profile's to its API,
/// the one-line token to the platform's API; never one of them to another origin.
@Suite struct CredentialScopeTests {
    static let work = URL(string: "https://api.work.test/api/oum/v1")!
    static let home = URL(string: "http://127.0.0.1:8080")!
    static let environment = Credential.personalAccessToken("env@acme.test:mpat_env")
    static let workToken = Credential.bearer("jwt.work")
    static let legacy = Credential.personalAccessToken("old@acme.test:mpat_old")

    /// Profiles `work` (with a token) and `home` (without), the one-line token, and `ORGTUI_TOKEN` for `apis`.
    func scope(environmentAPIs apis: [URL], token: Credential? = environment) throws -> CredentialScope {
        let path = NSTemporaryDirectory() + "orgtui-scope-" + UUID().uuidString + "/credentials"
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        _ = FileManager.default.createFile(
            atPath: path, contents: Data("old@acme.test:mpat_old\nprofile work token jwt.work\n".utf8),
            attributes: [.posixPermissions: 0o600])
        return CredentialScope(
            environmentToken: token, environmentAPIs: apis, file: try CredentialFile.load(path: path),
            profiles: [
                Profile(name: "work", target: .api(Self.work.absoluteString)),
                Profile(name: "home", target: .api(Self.home.absoluteString)),
            ])
    }

    @Test func theEnvironmentsTokenGoesOnlyToTheAPIsTheRunNames() throws {
        let scope = try scope(environmentAPIs: [Self.home])
        #expect(scope.credential(for: Self.home, profile: "home")! == (Self.environment, .environment))
        #expect(
            scope.credential(for: URL(string: "http://127.0.0.1:8080/other/path")!, profile: nil)?.source
                == .environment)
        #expect(scope.credential(for: Self.work, profile: "work")! == (Self.workToken, .profile("work")))
        #expect(scope.credential(for: URL(string: "http://127.0.0.1:8081")!, profile: nil) == nil)
        #expect(scope.withheld(from: Self.work, profile: "work").contains("ORGTUI_TOKEN is sent only to"))
    }

    @Test func aProfilesTokenGoesOnlyToItsOwnOrigin() throws {
        let scope = try scope(environmentAPIs: [])
        #expect(
            scope.credential(for: URL(string: "HTTPS://API.WORK.TEST:443/elsewhere")!, profile: "work")?.source
                == .profile("work"))
        for other in ["http://api.work.test/api/oum/v1", "https://api.work.test:8443", "https://evil.test"] {
            #expect(scope.credential(for: URL(string: other)!, profile: "work") == nil, "\(other)")
        }
        #expect(scope.credential(for: Self.home, profile: "home") == nil)
        #expect(scope.credential(for: Self.home, profile: "work") == nil)
        #expect(
            scope.withheld(from: Self.home, profile: "work").hasSuffix(
                " The token saved for profile work is sent only to that profile's API. The one-line token in "
                    + "\(scope.file.path) (from before profiles) is sent only to https://api.model-prime.com/api/oum/v1."
            ))
    }

    @Test func theOneLineTokenGoesOnlyToThePlatformsAPI() throws {
        let scope = try scope(environmentAPIs: [], token: nil)
        #expect(scope.credential(for: HTTPBackend.defaultBaseURL, profile: nil)! == (Self.legacy, .legacy))
        #expect(scope.credential(for: HTTPBackend.defaultBaseURL, profile: "home")! == (Self.legacy, .legacy))
        #expect(scope.credential(for: Self.home, profile: "home") == nil)
        #expect(scope.credential(for: URL(string: "https://api.model-prime.com.evil.test")!, profile: nil) == nil)
        #expect(scope.withheld(from: HTTPBackend.defaultBaseURL, profile: nil).isEmpty)
    }

    @Test(arguments: [
        ("https://a.test", "https://A.TEST:443/x", true), ("http://localhost", "http://localhost:80", true),
        ("https://a.test", "http://a.test", false), ("https://a.test", "https://a.test.", false),
        ("https://a.test:8443", "https://a.test", false), ("http://[::1]:8080", "http://[::1]:8080/api", true),
    ])
    func originsCompareSchemeHostAndPort(one: String, other: String, same: Bool) {
        #expect((Origin(one)! == Origin(other)!) == same)
        #expect(Origin("/no/host") == nil)
    }
}
