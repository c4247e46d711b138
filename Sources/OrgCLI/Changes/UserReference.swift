import OrgModel
import Synchronization

/// A user named on the command line: by id, or by email address (`ann@acme.test`), which must name exactly
/// one user. An email is looked up with the backend's email filter where it has one, else by reading the
/// pages of the list, whose rows carry emails (the platform's API has no such filter).
struct UserReference: Sendable {
    /// What was typed.
    let text: String

    /// Whether the text names a user by email rather than by id; ids (`auth0|…`, `google-oauth2|…`) hold a `|`.
    var isEmail: Bool { text.contains("@") && !text.contains("|") }

    /// The sentence for a reference that names nobody.
    var notFound: String { isEmail ? "No user has the email \(text)." : "No user has the id \(text)." }

    /// The id of the one user this names. Throws `.notFound` when nobody has the email, and `.invalid` naming
    /// each user when several do (a platform may hold one email on two sign-in methods).
    func id(on backend: any Backend) async throws(BackendError) -> String {
        guard isEmail else { return text }
        let matches = try await users(withEmail: text, on: backend)
        switch matches.count {
        case 0: throw .notFound
        case 1: return matches[0].id
        default:
            let users = matches.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            throw .invalid("\(text) belongs to \(matches.count) users: \(users). Give the id of the one you mean.")
        }
    }

    /// Every user whose email is `email`, case aside: the pages of the users whose email contains it, or on a
    /// backend without that filter, a `UserScan`'s matches.
    private func users(withEmail email: String, on backend: any Backend) async throws(BackendError) -> [User] {
        var query = UserQuery(emailSearch: email)
        var found: [User] = []
        while true {
            let page: UserPage
            do {
                page = try await backend.listUsers(query)
            } catch .unsupported {
                let matches = Mutex<[User]>([])
                try await UserScan(query: query).run(on: backend, cache: RoleCache()) { users, _ in
                    matches.withLock { $0 += users }
                }
                found = matches.withLock { $0 }
                break
            }
            found += page.items
            if page.items.isEmpty || query.pageNumber * query.effectivePageSize >= page.count { break }
            query.pageNumber += 1
        }
        return found.filter { $0.email.lowercased() == email.lowercased() }
    }
}
