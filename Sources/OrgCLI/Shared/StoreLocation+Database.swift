import ArgumentParser

extension StoreLocation {
    /// The PostgreSQL database a server command works on instead of this store, or nil for the store: the URL
    /// `--database` gives (refused beside `--store`, whatever the paths), else `ORGTUI_DATABASE_URL` unless
    /// `--store` names a store, even the default one: an option always wins over the environment.
    public func databaseURL(option: String?, environment: [String: String]) throws -> String? {
        if let option {
            guard !isNamed else { throw ValidationError("Give --store or --database, not both.") }
            return option
        }
        guard !isNamed else { return nil }
        return environment["ORGTUI_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
