import ArgumentParser
import OrgModel

extension Role {
    /// The roles named on the command line, separated by commas (`admin,developer`); an empty text names none.
    static func list(_ text: String) throws -> [Role] {
        try text.split(separator: ",", omittingEmptySubsequences: false).compactMap { name in
            let name = name.trimmingCharacters(in: .whitespaces)
            if name.isEmpty, text.isEmpty { return nil }
            guard let role = Role(rawValue: name) else { throw ValidationError(Role.unknown(name)) }
            return role
        }
    }
}
