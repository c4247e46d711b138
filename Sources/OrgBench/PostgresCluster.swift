import Foundation

/// A throwaway PostgreSQL cluster for the bench, started and stopped with scripts/postgres-cluster (as
/// `make test` does): its own folder under /tmp, a free loopback port, removed by `stop`.
struct PostgresCluster {
    /// The URL of its (empty) `postgres` database, as the cluster's superuser.
    let url: String
    private let directory: String

    /// Starts a cluster; throws when PostgreSQL is not installed or does not start.
    static func start() throws -> PostgresCluster {
        let directory = "/tmp/orgbench-postgres-\(getpid())"
        let output = try run("start", directory)
        guard let url = output.split(separator: "\n").last.map(String.init), url.hasPrefix("postgresql://") else {
            throw ChildRun.Failed(description: "scripts/postgres-cluster start printed no URL")
        }
        return PostgresCluster(url: url, directory: directory)
    }

    /// Stops the cluster and removes its folder.
    func stop() {
        _ = try? Self.run("stop", directory)
    }

    /// scripts/postgres-cluster ACTION DIRECTORY, from the package's root (where `make bench` runs), its
    /// standard output.
    private static func run(_ action: String, _ directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "scripts/postgres-cluster")
        process.arguments = [action, directory]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ChildRun.Failed(description: "scripts/postgres-cluster \(action) failed")
        }
        return text
    }
}
