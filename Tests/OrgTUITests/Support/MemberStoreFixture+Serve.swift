import ChildProcesses
import Foundation

extension MemberStoreFixture {
    /// A personal access token for Ada Admin, from `orgtui token create`.
    func adminToken() async throws -> String {
        let created = try await ChildProcess.output([
            MemberStoreFixture.binary, "token", "create", "--store", path, "--email", "ada@acme.test",
        ])
        guard let token = created.split(separator: "\n").first(where: { $0.hasPrefix("ada@acme.test:mpat_") }) else {
            throw ChildProcess.Failed("token create printed no token: \(created)")
        }
        return String(token)
    }

    /// `orgtui serve` on this store in tmux (on a free port, its stderr in `serveLog`) and its base URL once it
    /// listens; stop the server when done.
    func serve(debug: Bool = false) async throws -> (server: Tmux, url: String) {
        let server = try Tmux(
            width: 80, height: 24,
            command: "exec \(Self.binary) serve --store \(path) --port 0\(debug ? " --debug" : "") 2>\(serveLog)")
        var url = ""
        do {
            try await eventually("the server's address") {
                url =
                    (try? String(contentsOfFile: serveLog, encoding: .utf8))?.firstMatch(
                        of: #/http://127\.0\.0\.1:\d+/#
                    )
                    .map { String($0.0) } ?? ""
                return !url.isEmpty
            }
        } catch {
            server.stop()
            throw error
        }
        return (server, url)
    }

    /// Where `serve` sends the server's standard error.
    var serveLog: String { directory + "/serve.log" }
}
