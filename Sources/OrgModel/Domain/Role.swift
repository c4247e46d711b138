/// A permission role in an organization. The API spells them in lower case.
public enum Role: String, CaseIterable, Codable, Comparable, Hashable, Sendable {
    case admin
    case developer
    case analyst

    /// Roles order as the platform lists them: admin, developer, analyst.
    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Set where Element == Role {
    /// The roles in their canonical order, for display and for the wire.
    public var ordered: [Role] { Role.allCases.filter(contains) }

    /// The roles joined by commas, such as `admin,analyst`; `-` for none.
    public var label: String { isEmpty ? "-" : ordered.map(\.rawValue).joined(separator: ",") }
}
