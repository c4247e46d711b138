import OrgAPI
import OrgModel

extension UserDetails: OutputRow {
    static let columns = ["id", "name", "email", "roles"]
    /// The roles as `admin;developer` (the separator `users import` reads), empty for none.
    var cells: [String] { [id, name, email, roles.ordered.map(\.rawValue).joined(separator: ";")] }
    var wire: Components.Schemas.UserDetails { Components.Schemas.UserDetails(self) }
}
