import Foundation
import OrgAPI
import OrgModel

extension Organization: OutputRow {
    static let columns = ["id", "name", "short_name", "created_at", "updated_at"]
    var cells: [String] { [id, name, shortName, createdAt.ISO8601Format(), updatedAt.ISO8601Format()] }
    var wire: Components.Schemas.Organization { Components.Schemas.Organization(self) }
}
