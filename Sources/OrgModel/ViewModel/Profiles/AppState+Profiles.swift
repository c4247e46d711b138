extension AppState {
    /// The saved profiles as read now: an open list shows them, its highlighted profile kept while it exists.
    mutating func profilesListed(_ entries: [ProfileEntry]) -> [Effect] {
        profiles = entries
        return scope(ProfileList.self) { list, context in
            list.relist(entries, active: context.activeProfile)
            return []
        }
    }

    /// The terminal now works on profile `name`: everything of the old organization is forgotten (users,
    /// pages, marks, undo, audit, forms, me) and the new one's organization, me and first page are loaded.
    /// Request ids keep counting, so a late answer to a request of the old organization matches nothing
    /// and is dropped.
    mutating func profileSwitched(to name: String, profiles: [ProfileEntry]) -> [Effect] {
        var fresh = AppState(
            width: width, height: height, readOnly: readOnly, refreshSeconds: refresh.seconds,
            activeProfile: name, profiles: profiles)
        fresh.nextRequestID = nextRequestID
        self = fresh
        status = .info("Switched to profile \(name).")
        return start() + refresh.start(nextRequestID: &nextRequestID)
    }

    /// Profile `name` could not be opened: the old organization stays, and the status line says why.
    mutating func profileSwitchFailed(_ name: String, reason: String) -> [Effect] {
        status = .error("Still on \(activeProfile.map { "profile \($0)" } ?? "this organization"): \(reason)")
        return []
    }
}
