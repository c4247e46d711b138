import OrgHTTP
import OrgModel

extension KeyMap {
    /// The commands that need each operation (by our operationId) beyond reading the users table.
    static let commandsByOperation: [String: [Command]] = [
        "getOrganization": [.organization],
        "getMe": [.profile],
        "updateMe": [.edit],
        "inviteUser": [.invite],
        "getUser": [.open],
        "deleteUser": [.delete],
        "resetPassword": [.resetPassword],
        "setRoles": [.editRoles, .mark, .undo, .redo],
        "listAudit": [.audit],
    ]

    /// This map with exactly the commands of the operations that `operations` could not map made
    /// unavailable (none without a map: our own paths have every operation).
    func hiding(_ operations: OperationMap?) -> KeyMap {
        var map = self
        map.unavailable = [:]
        for id in operations?.unmapped.keys.sorted() ?? [] {
            for command in Self.commandsByOperation[id] ?? [] { map.unavailable[command] = id }
        }
        return map
    }

    /// The status line's sentence when `command` is unavailable; nil when it is available.
    func refusal(_ command: Command) -> String? {
        unavailable[command].map { "The platform's API has no \($0) operation (orgtui status says why)." }
    }
}
