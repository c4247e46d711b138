@testable import OrgCLI
import OrgModel
import Testing

/// A user named on the command line by email is found exactly, through the email filter where the backend has
/// one and through the pages of the list where it has not.
struct UserReferenceTests {
    /// A list of users, with or without the email filter, that counts the pages asked of it.
    actor ListedUsers: Backend {
        let users: [User]
        let filters: Bool
        private(set) var pagesRead = 0

        init(_ users: [User], filters: Bool) {
            self.users = users
            self.filters = filters
        }

        func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
            if query.emailSearch != nil && !filters { throw .unsupported("no filters here") }
            pagesRead += 1
            let matching = users.filter { user in
                query.emailSearch.map { user.email.lowercased().contains($0.lowercased()) } ?? true
            }
            let start = (query.pageNumber - 1) * query.effectivePageSize
            return UserPage(
                count: matching.count, items: Array(matching.dropFirst(start).prefix(query.effectivePageSize)))
        }

        func getOrganization() async throws(BackendError) -> Organization { throw .unsupported("") }
        func getMe() async throws(BackendError) -> UserDetails { throw .unsupported("") }
        func updateMe(_ update: UserUpdate) async throws(BackendError) -> User { throw .unsupported("") }
        func getUser(id: String) async throws(BackendError) -> UserDetails { throw .unsupported("") }
        func deleteUser(id: String) async throws(BackendError) { throw .unsupported("") }
        func resetPassword(id: String) async throws(BackendError) { throw .unsupported("") }
        func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) {
            throw .unsupported("")
        }
        func inviteUser(_ invitation: Invitation) async throws(BackendError) { throw .unsupported("") }
    }

    /// 250 users, the last two with emails that contain `ann@acme.test`, then Ann herself.
    static let users =
        (1...250).map { User(id: "auth0|\($0)", name: "Member \($0)", email: "member.\($0)@acme.test") }
        + [
            User(id: "auth0|joann", name: "Jo Ann", email: "joann@acme.test"),
            User(id: "auth0|ann", name: "Ann Lee", email: "Ann@Acme.test"),
        ]

    @Test func anIdIsTakenAsItIsWithoutAsking() async throws {
        let backend = ListedUsers(Self.users, filters: true)
        #expect(try await UserReference(text: "auth0|ann").id(on: backend) == "auth0|ann")
        #expect(await backend.pagesRead == 0)
    }

    @Test(arguments: [true, false])
    func anEmailNamesTheOneUserWhoseAddressItIsCaseAside(filters: Bool) async throws {
        let backend = ListedUsers(Self.users, filters: filters)
        #expect(try await UserReference(text: "ann@acme.TEST").id(on: backend) == "auth0|ann")
        #expect(await backend.pagesRead == (filters ? 1 : 3))
    }

    @Test func anEmailNobodyHasIsNotFoundAndSaysSo() async throws {
        let reference = UserReference(text: "nobody@acme.test")
        await #expect(throws: BackendError.notFound) {
            try await reference.id(on: ListedUsers(Self.users, filters: false))
        }
        #expect(reference.notFound == "No user has the email nobody@acme.test.")
    }

    @Test func anEmailOfTwoUsersIsRefusedNamingBoth() async throws {
        let twins = [
            User(id: "auth0|1", name: "Ann Lee", email: "ann@acme.test"),
            User(id: "google-oauth2|2", name: "Ann Lee", email: "ann@acme.test"),
        ]
        await #expect(
            throws: BackendError.invalid(
                "ann@acme.test belongs to 2 users: Ann Lee (auth0|1), Ann Lee (google-oauth2|2). "
                    + "Give the id of the one you mean.")
        ) {
            try await UserReference(text: "ann@acme.test").id(on: ListedUsers(twins, filters: true))
        }
    }
}
