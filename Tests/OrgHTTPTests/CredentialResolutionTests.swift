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

    @Test func environmentWinsOverTheFile() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        var environment = try writeCredentials("file@acme.test:mpat_file\n", mode: 0o600)
        environment["ORGTUI_TOKEN"] = "env@acme.test:mpat_env"
        #expect(try Credential.resolve(environment: environment) == .personalAccessToken("env@acme.test:mpat_env"))
    }

    @Test func privateFileIsRead() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = try writeCredentials("# orgtui\n\n  file@acme.test:mpat_file  \n", mode: 0o600)
        #expect(try Credential.resolve(environment: environment) == .personalAccessToken("file@acme.test:mpat_file"))
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o620])
    func readableFileIsRefusedWithTheFix(mode: Int) throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = try writeCredentials("file@acme.test:mpat_secretvalue\n", mode: mode)
        let path = Credential.configFilePath(environment: environment)
        #expect {
            try Credential.resolve(environment: environment)
        } throws: { error in
            let message = (error as? CredentialError)?.message ?? ""
            return message.contains("chmod 600 \(path)") && !message.contains("secretvalue")
        }
    }

    @Test func noTokenAnywhereIsNil() throws {
        #expect(try Credential.resolve(environment: ["XDG_CONFIG_HOME": home]) == nil)
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
