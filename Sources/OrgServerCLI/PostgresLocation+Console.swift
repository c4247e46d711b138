import OrgCLI
import OrgModel
import OrgPostgres

extension PostgresLocation {
    /// The location `url` and libpq's environment give, its warnings (a password file ignored) written to
    /// standard error.
    static func announced(_ url: String) throws(BackendError) -> PostgresLocation {
        let location = try PostgresLocation(url: url)
        location.warnings.forEach { Console.error("Warning: " + $0) }
        return location
    }
}
