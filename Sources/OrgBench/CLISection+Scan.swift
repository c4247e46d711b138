import OrgModel

extension CLISection {
    /// The filters the platform lacks, scanned (issue 23): `users list --email gmail --all` and `--role admin
    /// --all` against `server` as the platform (no document, the filters ignored), 8 in flight, each beside the
    /// unfiltered `--all` measured in the same run (`unfiltered`, seconds). Complete when every match was printed
    /// (the CSV's header and as many rows as the store itself counts).
    func scans(
        _ orgtui: String, server: HTTPBenchServer, environment: [String: String], unfiltered: Double,
        into table: inout BenchTable
    ) async throws {
        let scans: [(flags: [String], query: UserQuery, goal: Double)] = [
            (["--email", "gmail"], UserQuery(emailSearch: "gmail"), 2),
            (["--role", "admin"], UserQuery(roles: [.admin]), 20),
        ]
        for scan in scans {
            var count = scan.query
            count.pageSize = 0
            let matches = try await server.local.listUsers(count).count
            let list = [orgtui, "users", "list", "--all", "-o", "csv", "--api", server.baseURL.absoluteString]
            var runs: [ChildRun] = []
            for _ in 0..<Self.runs {
                runs.append(try await ChildRun.measure(list + scan.flags, environment: environment))
            }
            let figure = Samples.median(runs.map(\.seconds))
            let complete = Set(runs.map(\.lines)) == [matches + 1]
            table.add(
                BenchTable.Row(
                    section: section,
                    measure: "platform +\(Int(Self.delay.seconds * 1_000)) ms, \(Self.httpUsers.formatted()) users: "
                        + "\(scan.flags.joined(separator: " ")) (\(matches) match), 8 in flight",
                    figure: Samples.text(figure) + (complete ? "" : " (rows missing)"),
                    peer: "unfiltered --all \(Samples.text(unfiltered))",
                    goal: "<= \(Int(scan.goal)) s",
                    verdict: BenchTable.verdict(complete && figure <= scan.goal)))
        }
    }
}
