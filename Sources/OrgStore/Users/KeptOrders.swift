import GRDB
import OrgModel

/// The matches of a search in the list's order (their `seq`s), kept while the store is as it was when they were
/// sorted (`VersionedCache`): a deep page of a common term sorts every match once, and each later page of it
/// (PgDn, End, PgUp, the live refresh) reads only its own rows. A list longer than `longest` is not kept, so the
/// memory stays under the cache's capacity × `longest` × 8 bytes.
struct KeptOrders: Sendable {
    static let longest = 250_000

    /// The lists, by the folded search key.
    let cache: VersionedCache<String, [Int64]>
    /// The store's version when the answer being read began.
    let version: Int

    /// The users at positions `offset ..< offset + limit` of the order that `sql` gives for `key`: `sql` selects
    /// the matches' `seq`s in the list's order, with `argument` as its one parameter.
    func page(_ db: Database, key: String, sql: String, argument: String, offset: Int, limit: Int) throws -> [User] {
        let seqs: [Int64]
        if let kept = cache.value(for: key, at: version) {
            seqs = kept
        } else {
            seqs = try Int64.fetchAll(db, sql: sql, arguments: [argument])
            if seqs.count <= Self.longest { cache.insert(seqs, for: key, at: version) }
        }
        let chosen = Array(seqs.dropFirst(offset).prefix(limit))
        guard !chosen.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: chosen.count).joined(separator: ", ")
        return try User.fetchAll(
            db, sql: "SELECT id, name, email FROM member WHERE seq IN (\(marks)) ORDER BY name_key, id",
            arguments: StatementArguments(chosen))
    }
}
