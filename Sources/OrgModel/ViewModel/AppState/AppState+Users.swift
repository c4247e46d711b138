extension AppState {
    /// Removes a deleted user, or one the backend no longer knows (`vanished`, which the status line says),
    /// from the list, undo and the screens about them.
    mutating func removeUser(id: String, vanished: Bool = false) -> [Effect] {
        if vanished { status = .error("\(users.name(ofUserID: id)) no longer exists; removed from the list.") }
        history.forget(userID: id)
        if let index = screens.firstIndex(where: { $0.concerns(userID: id) }) {
            screens.removeSubrange(index...)
        }
        return users.remove(userID: id, bodyRows: bodyRows) + ensureLoaded()
    }

    /// Puts fresher data about a user everywhere it is shown.
    mutating func replaceUser(_ user: User) {
        users.replace(user)
        if me?.id == user.id { me?.user = user }
        for index in screens.indices {
            if case .userDetails(let shown) = screens[index], shown.id == user.id {
                screens[index] = .userDetails(user)
            }
        }
    }
}
