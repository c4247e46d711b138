import Foundation
import OrgHTTP
import Testing

@testable import OrgCLI

/// Which backend the options pick once the saved profiles are read: the default profile only when nothing
/// names a backend, and `--store` names one even when it is the default path.
@Suite struct BackendOptionsTests {
    let directory = NSTemporaryDirectory() + "orgtui-options-" + UUID().uuidString

    func environment(profiles: [Profile]) throws -> [String: String] {
        let environment = ["XDG_CONFIG_HOME": directory]
        try FileManager.default.createDirectory(atPath: directory + "/orgtui", withIntermediateDirectories: true)
        try ProfileFile.save(profiles, path: ProfileFile.path(environment: environment))
        return environment
    }

    @Test func theDefaultProfileIsUsedOnlyWhenNothingNamesABackend() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let environment = try environment(profiles: [Profile(name: "work", target: .api("https://api.acme.test"))])

        let bare = try BackendOptions.parse([]).resolved(environment: environment)
        #expect(bare.profile == "work")
        #expect(bare.api == "https://api.acme.test")

        let named = try BackendOptions.parse(["--store", StoreLocation.defaultPath]).resolved(environment: environment)
        #expect(named.profile == nil)
        #expect(named.api == nil)
        #expect(named.location.store == StoreLocation.defaultPath)
    }
}
