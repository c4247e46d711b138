import ChildProcesses
import OrgCLI
import Testing

/// `orgtui --version` and `orgtui-server --version` print the one version both are built with; `orgtui`'s
/// also names the SQLite and ncurses it carries (SECURITY.md says why).
@Suite struct VersionTests {
    @Test(arguments: ["", "-server"])
    func versionPrintsTheReleasesVersion(_ suffix: String) async throws {
        let printed = try await ChildProcess.run([MemberStoreFixture.binary + suffix, "--version"])
        #expect(printed.status == 0, "\(printed.errors)")
        #expect(printed.errors.isEmpty)
        if suffix.isEmpty {
            let libraries = #/^(?<version>\S+) \(SQLite 3\.\d+\.\d+, ncurses \d+\.\d+\.\d+\)\n$/#
            let match = try #require(printed.output.wholeMatch(of: libraries), "\(printed.output)")
            #expect(match.version == OrgTUIVersion.current)
        } else {
            #expect(printed.output == OrgTUIVersion.current + "\n")
        }
    }
}
