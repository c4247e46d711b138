import OrgAPI
import OrgModel

extension User: OutputRow {
    static let columns = ["id", "name", "email"]
    var cells: [String] { [id, name, email] }
    var wire: Components.Schemas.User { Components.Schemas.User(self) }
}
