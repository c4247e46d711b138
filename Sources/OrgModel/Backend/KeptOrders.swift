/// The matches of a search in the list's order (their `seq`s in a store), kept while the store is as it was when
/// they were sorted (`VersionedCache`): a deep page of a common term sorts every match once, and each later page
/// of it (PgDn, End, PgUp, the live refresh) reads only its own rows. A list longer than `longest` is not kept, so
/// the memory stays under the cache's capacity × `longest` × 8 bytes.
public struct KeptOrders: Sendable {
    public static let longest = 250_000

    /// The lists, by the folded search key.
    let cache: VersionedCache<String, [Int64]>
    /// The store's version when the answer being read began.
    let version: Int

    public init(cache: VersionedCache<String, [Int64]>, version: Int) {
        self.cache = cache
        self.version = version
    }

    /// The list kept for `key`, or nil.
    public func kept(_ key: String) -> [Int64]? {
        cache.value(for: key, at: version)
    }

    /// Keeps `seqs`, just sorted for `key`, unless the list is too long; returns them.
    public func keep(_ seqs: [Int64], for key: String) -> [Int64] {
        if seqs.count <= Self.longest { cache.insert(seqs, for: key, at: version) }
        return seqs
    }

    /// The `seq`s at positions `offset ..< offset + limit` of `seqs`.
    public static func page(of seqs: [Int64], offset: Int, limit: Int) -> [Int64] {
        Array(seqs.dropFirst(offset).prefix(limit))
    }
}
