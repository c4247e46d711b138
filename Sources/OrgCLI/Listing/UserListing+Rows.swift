import OrgModel

extension UserListing {
    /// The users as the page lists them, with no request of their own.
    static func users(_ backend: any Backend, _ users: [User], _ limiter: Limiter) -> [User] {
        users
    }

    /// Each user with their roles (one getUser each, within `limiter`'s bound), in the page's order; a user
    /// deleted since the page was read is left out. The first failure stops the others and is thrown.
    static func details(
        _ backend: any Backend, _ users: [User], _ limiter: Limiter
    ) async throws(BackendError) -> [UserDetails] {
        let (found, failure) = await withTaskGroup(of: (Int, Result<UserDetails?, BackendError>).self) { group in
            for (index, user) in users.enumerated() {
                group.addTask {
                    do throws(BackendError) {
                        let details = try await limited(limiter) { () throws(BackendError) in
                            try await backend.getUser(id: user.id)
                        }
                        return (index, .success(details))
                    } catch .notFound {
                        return (index, .success(nil))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var found = [UserDetails?](repeating: nil, count: users.count)
            var failure: BackendError?
            for await (index, result) in group {
                switch result {
                case .success(let details): found[index] = details
                case .failure(let error):
                    if failure == nil { failure = error }
                    group.cancelAll()
                }
            }
            return (found, failure)
        }
        if let failure { throw failure }
        return found.compactMap { $0 }
    }
}
