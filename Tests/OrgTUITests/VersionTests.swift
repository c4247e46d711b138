import ChildProcesses
import OrgCLI
import Testing

/// `orgtui --version` and `orgtui-server --version` print the one version both are built with.
@Suite struct VersionTests {
    @Test(arguments: ["", "-server"])
    func versionPrintsTheReleasesVersion(_ suffix: String) async throws {
        let printed = try await ChildProcess.run([MemberStoreFixture.binary + suffix, "--version"])
        #expect(printed.status == 0, "\(printed.errors)")
        #expect(printed.output == OrgTUIVersion.current + "\n")
        #expect(printed.errors.isEmpty)
    }
}
