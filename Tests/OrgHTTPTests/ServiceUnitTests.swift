import ChildProcesses
import Foundation
import Testing

/// `contrib/orgtui-server.service`, the systemd unit that `make install` puts under share/doc/orgtui: it
/// takes the database URL from an environment file, locks the service down, keeps its state directory 0700,
/// and passes `systemd-analyze verify` without a warning (it ignores a bad value with one) where that tool is.
@Suite struct ServiceUnitTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let unit = root.appendingPathComponent("contrib/orgtui-server.service").path
    static let analyzer = "/usr/bin/systemd-analyze"

    @Test func theUnitLocksTheServiceDown() throws {
        let lines = Set(try String(contentsOfFile: Self.unit, encoding: .utf8).split(separator: "\n").map(String.init))
        for required in [
            "EnvironmentFile=-/etc/orgtui/orgtui-server.env", "ProtectSystem=strict", "NoNewPrivileges=yes",
            "StateDirectory=orgtui", "StateDirectoryMode=0700", "KillSignal=SIGTERM",
        ] {
            #expect(lines.contains(required), "missing \(required)")
        }
        #expect(lines.contains { $0.hasPrefix("ExecStart=/usr/local/bin/orgtui-server serve ") })
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyzer) && ServedStore.exists))
    func systemdAnalyzeVerifiesIt() async throws {
        let directory = NSTemporaryDirectory() + "orgtui-unit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let server = Self.root.appendingPathComponent(".build/debug/orgtui-server").path
        let text = try String(contentsOfFile: Self.unit, encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/orgtui-server", with: server)
        try text.write(toFile: directory + "/orgtui-server.service", atomically: true, encoding: .utf8)
        let ended = try await ChildProcess.run([
            Self.analyzer, "verify", "--man=no", directory + "/orgtui-server.service",
        ])
        #expect(ended.status == 0 && ended.errors.isEmpty, "\(ended.errors)")
    }
}
