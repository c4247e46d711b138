import Foundation
@testable import OrgHTTP
import Testing

@Suite struct CredentialResolutionTests {
    let home = NSTemporaryDirectory() + "orgtui-credentials-" + UUID().uuidString

    func writeCredentials(_ text: String, mode: Int) throws -> [String: String] {
        let environment = ["XDG_CONFIG_HOME": home]
        let path = Credential.configFilePath(environment: environment)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: mode])
        return environment
    }

    @Test func environmentWinsOverTheFileOnTheAPIItIsFor() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        var environment = try writeCredentials("file@acme.test:mpat_file\n", mode: 0o600)
        environment["ORGTUI_TOKEN"] = "env@acme.test:mpat_env"
        let api = HTTPBackend.defaultBaseURL
        let scope = try CredentialScope.load(environment: environment, environmentAPIs: [api])
        #expect(scope.credential(for: api, profile: nil)?.credential == .personalAccessToken("env@acme.test:mpat_env"))
    }

    @Test func privateFileIsRead() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = try writeCredentials("# orgtui\n\n  file@acme.test:mpat_file  \n", mode: 0o600)
        let file = try CredentialFile.load(path: Credential.configFilePath(environment: environment))
        #expect(file.legacy == .personalAccessToken("file@acme.test:mpat_file"))
    }

    @Test func anEnvironmentTokenThatIsNoTokenIsRefusedWithoutBeingShown() {
        let environment = ["XDG_CONFIG_HOME": home, "ORGTUI_TOKEN": "a@acme.test:mpat_secret\r\nX-Evil: 1"]
        #expect {
            try CredentialScope.load(environment: environment, environmentAPIs: [])
        } throws: { error in
            let message = (error as? CredentialError)?.message ?? ""
            return message.hasPrefix("ORGTUI_TOKEN holds a character that no token has") && !message.contains("secret")
        }
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o620])
    func readableFileIsRefusedWithTheFix(mode: Int) throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = try writeCredentials("file@acme.test:mpat_secretvalue\n", mode: mode)
        let path = Credential.configFilePath(environment: environment)
        #expect {
            try CredentialFile.load(path: path)
        } throws: { error in
            let message = (error as? CredentialError)?.message ?? ""
            return message.contains("chmod 600 \(path)") && !message.contains("secretvalue")
        }
    }

    @Test func noTokenAnywhereIsNil() throws {
        let scope = try CredentialScope.load(
            environment: ["XDG_CONFIG_HOME": home], environmentAPIs: [HTTPBackend.defaultBaseURL])
        #expect(scope.credential(for: HTTPBackend.defaultBaseURL, profile: nil) == nil)
    }

    @Test func baseURLFollowsOptionThenEnvironmentThenDefault() throws {
        #expect(try HTTPBackend.baseURL(option: nil, environment: [:]) == HTTPBackend.defaultBaseURL)
        #expect(
            try HTTPBackend.baseURL(option: nil, environment: ["ORGTUI_API_URL": "http://127.0.0.1:8080"]).port == 8080)
        #expect(
            try HTTPBackend.baseURL(
                option: "https://example.test/api", environment: ["ORGTUI_API_URL": "http://127.0.0.1:1"]
            ).host == "example.test")
        #expect(throws: CredentialError.self) {
            try HTTPBackend.baseURL(option: "http://example.test", environment: [:])
        }
        #expect(throws: CredentialError.self) { try HTTPBackend.baseURL(option: "not a url", environment: [:]) }
    }

    @Test(arguments: [
        "http://127.0.0.1:8080", "http://127.9.8.7/api", "http://localhost:1", "http://LOCALHOST",
        "http://[::1]:8080/api",
        "http://[0:0:0:0:0:0:0:1]", "https://anything.example",
    ])
    func plainHTTPIsAcceptedOnlyForLiteralLoopback(url: String) throws {
        #expect(try HTTPBackend.baseURL(option: url, environment: [:]).absoluteString == url)
    }

    @Test(arguments: [
        "http://127.attacker.example", "http://127.0.0.1.attacker.example", "http://localhost.attacker.example",
        "http://127.0.0.1@attacker.example", "http://[::1].attacker.example", "http://[::2]", "http://128.0.0.1",
        "http://::1", "http://0.0.0.0", "http://[::ffff:8.8.8.8]",
    ])
    func plainHTTPToAnythingElseIsRefused(url: String) {
        #expect(throws: CredentialError.self) { try HTTPBackend.baseURL(option: url, environment: [:]) }
    }
}

@Suite struct CredentialFileTests {
    let home = NSTemporaryDirectory() + "orgtui-credential-file-" + UUID().uuidString

    @Test func aProfilesTokenWinsOverTheOneLineFileAndAnotherProfilesIsNeverUsed() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["XDG_CONFIG_HOME": home]
        let path = Credential.configFilePath(environment: environment)
        var file = try CredentialFile.load(path: path)
        file.set(.personalAccessToken("a@acme.test:mpat_a"), profile: "acme")
        file.set(.bearer("jwt.b"), profile: "beta")
        file.set(.personalAccessToken("a@acme.test:mpat_new"), profile: "acme")
        try file.save()
        let api = URL(string: "https://api.acme.test/api/oum/v1")!
        let scope = CredentialScope(
            environmentToken: nil, environmentAPIs: [], file: try CredentialFile.load(path: path),
            profiles: ["acme", "beta", "other"].map { Profile(name: $0, target: .api(api.absoluteString)) })
        #expect(scope.credential(for: api, profile: "acme")?.credential == .personalAccessToken("a@acme.test:mpat_new"))
        #expect(scope.credential(for: api, profile: "beta")?.credential == .bearer("jwt.b"))
        #expect(scope.credential(for: api, profile: "other") == nil)
        #expect(scope.credential(for: api, profile: nil) == nil)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("profile acme token a@acme.test:mpat_new\n"))
        #expect(!text.contains("mpat_a\n"))
    }

    @Test func theSavedFileIsPrivateAndTheOneLineTokenSurvivesASave() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/orgtui/credentials"
        try FileManager.default.createDirectory(atPath: home + "/orgtui", withIntermediateDirectories: true)
        FileManager.default.createFile(
            atPath: path, contents: Data("# old\nold@acme.test:mpat_old\n".utf8), attributes: [.posixPermissions: 0o600]
        )
        var file = try CredentialFile.load(path: path)
        #expect(file.legacy == .personalAccessToken("old@acme.test:mpat_old"))
        file.set(.bearer("jwt.c"), profile: "work")
        try file.save()
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = try CredentialFile.load(path: path)
        #expect(again.legacy == .personalAccessToken("old@acme.test:mpat_old"))
        #expect(again.credential(profile: "work") == .bearer("jwt.c"))
        var removed = again
        let removedOnce = removed.remove(profile: "work")
        let removedTwice = removed.remove(profile: "work")
        let removedLegacy = removed.removeLegacy()
        #expect(removedOnce && !removedTwice && removedLegacy)
        try removed.save()
        let emptied = try CredentialFile.load(path: path)
        #expect(emptied.entries.isEmpty && emptied.legacy == nil)
    }

    @Test func profilesRoundTripAndABrokenLineNamesItsNumber() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/orgtui/profiles"
        let profiles = [
            Profile(name: "acme", target: .api("https://api.acme.test/api/oum/v1")),
            Profile(name: "local", target: .store("/tmp/my org.sqlite")),
        ]
        try ProfileFile.save(profiles, path: path)
        #expect(try ProfileFile.load(path: path) == profiles)
        try "profile acme api https://x\nprofile bad\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try ProfileFile.load(path: path)
        } throws: { error in
            (error as? CredentialError)?.message.contains("line 2") == true
        }
    }
}
