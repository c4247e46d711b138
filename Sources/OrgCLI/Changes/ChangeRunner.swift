import ArgumentParser
import OrgModel

/// Carries out a command's changes, one user at a time: each is resolved (the user read, the change
/// worked out, a confirmation asked), then sent, or with `--dry-run` only printed. Each row is printed as
/// it is done, in the `--output` format.
///
/// With several ids, each is attempted: a failure is one line on standard error and the next id is tried.
/// The exit status is the first failure's own when every id failed, `someRowsFailed` when some did.
struct ChangeRunner {
    let backend: any Backend
    let output: OutputOptions
    let dryRun: Bool

    /// A runner on the backend `options` name.
    init(_ options: BackendOptions, output: OutputOptions, changes: ChangeOptions) throws {
        backend = try BackendConnection.open(options)
        self.output = output
        dryRun = changes.dryRun
    }

    /// The id of the user `reference` names.
    func id(of reference: UserReference) throws(BackendError) -> String {
        try Blocking.wait { [backend] () throws(BackendError) in try await reference.id(on: backend) }
    }

    /// Reads the user with `id` from the backend.
    func user(_ id: String) throws(BackendError) -> UserDetails {
        try Blocking.wait { [backend] () throws(BackendError) in try await backend.getUser(id: id) }
    }

    /// Resolves and makes the change for each user in turn (named by id or email), as `resolve` works it out
    /// from the user's id.
    func run(ids: [String], _ resolve: (String) throws(BackendError) -> UserChange) throws {
        var failures: [ExitStatus] = []
        try writing { write in
            for reference in ids.map(UserReference.init) {
                let change: UserChange
                do throws(BackendError) {
                    change = try make(try resolve(try self.id(of: reference)))
                } catch {
                    failures.append(ExitStatus(error))
                    let reason = error == .notFound ? reference.notFound : "\(reference.text): \(error.message)"
                    Console.error("Error: " + reason)
                    continue
                }
                try write(change)
            }
        }
        guard let first = failures.first else { return }
        throw ExitCode(failures.count == ids.count ? first.rawValue : ExitStatus.someRowsFailed.rawValue)
    }

    /// Makes one change, as `resolve` works it out; its failure is the command's.
    func run(_ resolve: () throws(BackendError) -> UserChange) throws {
        try writing { write in
            try write(try CLIFailure.reporting { () throws(BackendError) in try make(try resolve()) })
        }
    }

    /// Sends the change's request, unless this is a dry run or there is none; the row shows the user as the
    /// backend answers once changed, when it answers with one.
    private func make(_ change: UserChange) throws(BackendError) -> UserChange {
        guard !dryRun, let request = change.request else { return change }
        let after = try Blocking.wait { [backend] () throws(BackendError) in try await request.send(to: backend) }
        var made = change
        if let after { made.user = after }
        return made
    }

    /// Runs `body` with a function that prints one change as a row (a planned one for a dry run), then ends
    /// the output.
    private func writing(_ body: ((UserChange) throws -> Void) throws -> Void) throws {
        if dryRun {
            let writer = RowWriter<PlannedChange>(output)
            defer { writer.finish() }
            try body { try writer.write(PlannedChange(change: $0)) }
        } else {
            let writer = RowWriter<ChangeRow>(output)
            defer { writer.finish() }
            try body { try writer.write(ChangeRow(change: $0)) }
        }
    }
}
