extension AppState {
    /// Opens the profile list with the active profile highlighted (the list says how to save one when there
    /// are none), and reads the saved profiles again: `orgtui login` may have added one meanwhile.
    mutating func openProfiles() -> [Effect] {
        screens.append(.profiles(ProfileList(entries: profiles, active: activeProfile)))
        return [.listProfiles]
    }

    /// The saved profiles as read now: an open list shows them, its highlighted profile kept while it exists.
    mutating func profilesListed(_ entries: [ProfileEntry]) -> [Effect] {
        profiles = entries
        guard case .profiles(let list) = screen else { return [] }
        let kept = list.selected.map(\.name).flatMap { name in entries.contains { $0.name == name } ? name : nil }
        replaceTop(.profiles(ProfileList(entries: entries, active: kept ?? activeProfile)))
        return []
    }

    /// A key on the profile list: move, switch to the highlighted profile (Enter), or close.
    mutating func handleProfiles(_ command: Command, _ list: ProfileList) -> [Effect] {
        var list = list
        switch command {
        case .up: list.move(by: -1)
        case .down: list.move(by: 1)
        case .submit:
            pop()
            guard let name = list.selected?.name else { return [] }
            guard name != activeProfile else {
                status = .info("Already on profile \(name).")
                return []
            }
            status = .info("Switching to profile \(name)…")
            return [.switchProfile(name)]
        default:
            pop()
            return []
        }
        replaceTop(.profiles(list))
        return []
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
        return start() + startRefresh()
    }

    /// Profile `name` could not be opened: the old organization stays, and the status line says why.
    mutating func profileSwitchFailed(_ name: String, reason: String) -> [Effect] {
        status = .error("Still on \(activeProfile.map { "profile \($0)" } ?? "this organization"): \(reason)")
        return []
    }
}
