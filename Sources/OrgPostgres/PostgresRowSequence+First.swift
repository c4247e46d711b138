import PostgresNIO

extension PostgresRowSequence {
    /// The first column of the first row, or nil when there is no row.
    func first<T: PostgresDecodable>(_ type: T.Type) async throws -> T? {
        // Every row is read, so that the connection is free for the next query.
        try await collect().first?.decode(T.self)
    }
}
