import OrgModel

/// The organization and members that every backend under test starts each check with: "me", the
/// only admin; a developer; a Google analyst; names that tie without case; accented and CJK names;
/// and enough others for three pages of 100.
public enum ContractData {
    public static let organizationName = "Acme Robotics"
    public static let organizationShortName = "acme"

    /// The signed-in admin, the organization's only admin, a username-password user.
    public static let me = ContractUser(
        id: "auth0|00000000000000000000a001", name: "Ada Admin",
        email: "ada@acme.test", roles: [.admin], connection: .usernamePassword)
    /// A developer, a username-password user, who may read but not administer.
    public static let member = ContractUser(
        id: "auth0|00000000000000000000b002", name: "Bob Builder",
        email: "bob@acme.test", roles: [.developer], connection: .usernamePassword)
    /// An analyst who signs in with Google.
    public static let google = ContractUser(
        id: "google-oauth2|100000000000000000003", name: "Grace Hopper", email: "grace@acme.test",
        roles: [.analyst], connection: .googleOAuth2)
    /// Two members whose names differ only in case, so they order by id.
    public static let ties = [
        ContractUser(
            id: "auth0|00000000000000000000c00b", name: "alice Ames", email: "alice.b@acme.test",
            roles: [.analyst], connection: .usernamePassword),
        ContractUser(
            id: "auth0|00000000000000000000c00a", name: "Alice Ames", email: "alice.a@acme.test",
            roles: [.developer, .analyst], connection: .googleOAuth2),
    ]
    /// Members with accented, CJK and long names.
    public static let international = [
        ContractUser(
            id: "auth0|00000000000000000000d001", name: "Émile Zola", email: "emile@acme.test",
            roles: [.analyst], connection: .usernamePassword),
        ContractUser(
            id: "auth0|00000000000000000000d002", name: "Zoë Ångström", email: "zoe@acme.test",
            roles: [.developer], connection: .usernamePassword),
        ContractUser(
            id: "google-oauth2|100000000000000000004", name: "山田 太郎", email: "yamada@acme.test",
            roles: [.developer], connection: .googleOAuth2),
        ContractUser(
            id: "auth0|00000000000000000000d004",
            name: "Maximilian Alexander von Hohenzollern Sigmaringen", email: "max@acme.test",
            roles: [.analyst, .developer], connection: .usernamePassword),
    ]

    private static let firstNames = [
        "James", "Mary", "Oliver", "Sofia", "Liam", "Emma", "Noah", "Mia",
        "Lucas", "Chloe", "Ethan", "Zara", "Mateo",
    ]
    private static let lastNames = [
        "Smith", "Garcia", "Nguyen", "Okafor", "Kowalski", "Schmidt", "Rossi",
        "Tanaka", "Dubois", "Silva", "Johnson", "Murphy", "Lee", "Brown", "Khan",
        "Novak", "Jensen", "Costa", "Moreau",
    ]

    /// Further members with ordinary names; every other one has the middle name "Ray", so that a search
    /// for "ray" fills more than one page.
    public static let others: [ContractUser] = (0..<247).map { i in
        let first = firstNames[i % firstNames.count]
        let last = lastNames[(i / firstNames.count + i) % lastNames.count]
        let hex = String(i, radix: 16)
        return ContractUser(
            id: "auth0|e" + String(repeating: "0", count: 23 - hex.count) + hex,
            name: i % 2 == 0 ? "\(first) Ray \(last)" : "\(first) \(last)",
            email: "\(first.lowercased()).\(last.lowercased()).\(i)@acme.test",
            roles: i % 5 == 0 ? [.developer, .analyst] : (i % 2 == 0 ? [.developer] : [.analyst]),
            connection: i % 3 == 0 ? .googleOAuth2 : .usernamePassword)
    }

    /// Every member, "me" first.
    public static let users: [ContractUser] = [me, member, google] + ties + international + scripts + others

    /// Every member in the API's order: by name without case, then by id.
    public static var ordered: [User] { sortedByName(users.map(\.user)) }

    /// The members `query` lists (every page), in the API's order: by a part of the name without case or
    /// accents (`NameFold`), then any of its roles, a part of the email without case, and the connection.
    public static func matching(_ query: UserQuery) -> [User] {
        sortedByName(
            users.filter { member in
                (query.nameSearch.map { NameFold.key(member.name).contains(NameFold.key($0)) } ?? true)
                    && (query.roles.isEmpty || !member.roles.isDisjoint(with: query.roles))
                    && (query.emailSearch.map { member.email.lowercased().contains($0.lowercased()) } ?? true)
                    && (query.connection.map { member.connection == $0 } ?? true)
            }.map(\.user))
    }

    /// Users in the API's order: by name without case, then by id (compared as UTF-8 bytes).
    public static func sortedByName(_ users: [User]) -> [User] {
        users.sorted { a, b in
            let (ka, kb) = (Array(a.name.lowercased().utf8), Array(b.name.lowercased().utf8))
            return ka == kb ? Array(a.id.utf8).lexicographicallyPrecedes(b.id.utf8) : ka.lexicographicallyPrecedes(kb)
        }
    }
}
