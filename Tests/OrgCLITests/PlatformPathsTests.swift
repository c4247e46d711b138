import Foundation
import OrgHTTP
import Testing

@testable import OrgCLI

/// `orgtui login --spec FILE`: the map read from a document, saved with the profile and loaded for its API.
@Suite struct PlatformPathsTests {
    private static let credential = Credential.personalAccessToken("ada@acme.test:mpat_paths")
    private static let document = """
        {"openapi": "3.1.0", "paths": {
          "/v2/me": {"get": {"operationId": "get_me_v2_me_get"}},
          "/v2/people": {"get": {"summary": "Lists users in your organization.",
                                 "parameters": [{"name": "page", "in": "query"}]}}}}
        """

    @Test func aSpecFileIsReadAndTheMapGoesWithItsProfile() throws {
        let directory = NSTemporaryDirectory() + "orgtui-paths-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let spec = directory + "/openapi.json"
        try Self.document.write(toFile: spec, atomically: true, encoding: .utf8)
        let api = URL(string: "https://api.example.test/oum")!
        let read = try PlatformPaths.read(spec: spec, api: api, credential: Self.credential)
        let map = try #require(read.map)
        #expect(map.mapped["getMe"] == PlatformOperation(method: "GET", path: "/v2/me"))
        #expect(
            map.mapped["listUsers"]
                == PlatformOperation(method: "GET", path: "/v2/people", query: ["page_number": "page"]))
        #expect(read.line.contains("2 of 12 operations mapped; not mapped: getOrganization ("))

        let environment = ["XDG_CONFIG_HOME": directory + "/config", "HOME": directory]
        _ = try SignIn.save(
            Credential(token: "a@b.test:mpat_secretsecretsecret")!, url: api, name: "acme", operations: map,
            environment: environment)
        #expect(try ProfileChoice.operations(profile: "acme", url: api, environment: environment) == map)
        let other = URL(string: "https://other.example.test")!
        #expect(try ProfileChoice.operations(profile: "acme", url: other, environment: environment) == nil)

        _ = try SignIn.save(
            Credential(token: "a@b.test:mpat_secretsecretsecret")!, url: api, name: "acme", environment: environment)
        #expect(try ProfileChoice.operations(profile: "acme", url: api, environment: environment) == nil)
    }

    @Test func aSpecThatIsNotOpenAPIFailsTheLogin() throws {
        let spec = NSTemporaryDirectory() + "orgtui-spec-" + UUID().uuidString
        try "<html></html>".write(toFile: spec, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: spec) }
        #expect(throws: CLIFailure.self) {
            try PlatformPaths.read(spec: spec, api: URL(string: "https://a.test")!, credential: Self.credential)
        }
        #expect(throws: CLIFailure.self) {
            try PlatformPaths.read(
                spec: spec + ".missing", api: URL(string: "https://a.test")!, credential: Self.credential)
        }
    }

    @Test func aSpecFileLargerThan8MiBFailsTheLoginWithItsSize() throws {
        let spec = NSTemporaryDirectory() + "orgtui-spec-" + UUID().uuidString
        let document = #"{"openapi": "3.1.0", "paths": {"/me": {"get": {"operationId": "getMe", "description": "x"#
        try (document + String(repeating: " x", count: 9 << 19) + #""}}}}"#).write(
            toFile: spec, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: spec) }
        let failure = #expect(throws: CLIFailure.self) {
            try PlatformPaths.read(spec: spec, api: URL(string: "https://a.test")!, credential: Self.credential)
        }
        #expect(
            failure?.description
                == "Cannot read the API document \(spec) (it is 9.0 MiB; orgtui reads at most 8 MiB): nothing was saved."
        )
        #expect(failure?.status == .usage)
    }

    /// As for `--api`: a document read in plain http could be changed on its way.
    @Test func aSpecURLInPlainHTTPToAnotherHostThanThisOneIsRefused() throws {
        for spec in ["http://example.invalid/openapi.json", "HTTP://localhost.example.invalid/openapi.json"] {
            let failure = #expect(throws: CLIFailure.self) {
                try PlatformPaths.read(spec: spec, api: URL(string: "https://a.test")!, credential: Self.credential)
            }
            #expect(
                failure?.description
                    == "The API document's URL must use https (plain http only to a loopback address: 127.x.x.x, [::1] or localhost); got '\(spec)'. Nothing was saved."
            )
            #expect(failure?.status == .usage)
        }
    }
}
