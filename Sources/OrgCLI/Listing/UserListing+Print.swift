import Foundation
import OrgModel

extension UserListing {
    /// Reads the listing from `backend` and prints its rows in `output`'s format, each page written out as it
    /// comes. When reading fails, the rows before the failure stay printed (JSON's array closed) and the
    /// failure becomes a `CLIFailure` with the status of its kind. Returns how many match and how many were printed.
    @discardableResult
    func print<Row: OutputRow & Identifiable & Sendable>(
        _ backend: any Backend, _ output: OutputOptions,
        rows: @escaping @Sendable (any Backend, [User], Limiter) async throws(BackendError) -> [Row]
    ) throws -> Tally where Row.ID == String {
        let listing = self
        do {
            return try Blocking.wait { () async throws in try await listing.stream(backend, output, rows: rows) }
        } catch let error as BackendError {
            throw CLIFailure(error)
        }
    }

    /// Reads the listing and writes its rows to `descriptor` in `output`'s format, flushed after each page.
    @discardableResult
    func stream<Row: OutputRow & Identifiable & Sendable>(
        _ backend: any Backend, _ output: OutputOptions,
        rows: @escaping @Sendable (any Backend, [User], Limiter) async throws(BackendError) -> [Row],
        descriptor: Int32 = STDOUT_FILENO
    ) async throws -> Tally where Row.ID == String {
        let writer = RowWriter<Row>(output, descriptor: descriptor)
        defer { writer.finish() }
        return try await run(backend, rows: rows) { page in
            for row in page { try writer.write(row) }
            writer.flush()
        }
    }
}
