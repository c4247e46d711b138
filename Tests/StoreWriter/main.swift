import Foundation
import OrgModel
import OrgStore

// A child process for the store's durability and concurrency tests.
//
// `roles`: sets random roles on random users of the first page (never "me") forever. Before each
// write it logs `T <id> <roles>` and after the commit `C`, each line fsynced, so that the parent that
// kills it with SIGKILL knows every committed write, and the one that may or may not have landed.
//
// `mix`: worker K of W does N operations: role changes on its own share of the first page's users
// (logged `roles <id> <roles>`) and invitations of fresh emails (logged `invite <email>`). Any error,
// SQLITE_BUSY included, is printed and exits with status 1.
//
// `demote`: acting as admin `--actor`, N times: demotes `--target` to developer, based on the roles it
// reads, then itself, each logged `demoted`, or `refused` for a 403, 409 or 412 (one line a round), then
// makes the target an admin again (refused once the actor is no admin). Two of them, each the other's
// target, demote each other and themselves at once.

/// The role sets a writer picks from: every non-empty one.
let roleSets: [Set<Role>] = [
    [.admin], [.developer], [.analyst], [.admin, .developer], [.admin, .analyst],
    [.developer, .analyst], [.admin, .developer, .analyst],
]

/// The first page of users except "me": the users a writer changes.
func candidates(_ store: SQLiteStore) async throws(BackendError) -> [String] {
    try await store.backend().listUsers(UserQuery(pageSize: UserQuery.maxPageSize)).items.map(\.id)
        .filter { $0 != store.meID }
}

func writeRolesForever(_ options: WriterOptions) async throws -> Never {
    let store = try SQLiteStore(openingAt: try options.string("store"))
    let log = try CommitLog(path: try options.string("log"))
    var random = DemoRandom(seed: UInt64(try options.integer("seed", default: 1)))
    let ids = try await candidates(store)
    guard !ids.isEmpty else { throw WriterFailure("the store has no users besides me") }
    while true {
        let id = ids.randomElement(using: &random)!
        let roles = roleSets.randomElement(using: &random)!
        try log.append("T \(id) \(roles.label)")
        try await store.backend().setRoles(id: id, roles: roles)
        try log.append("C")
    }
}

func writeMix(_ options: WriterOptions) async throws {
    let store = try SQLiteStore(openingAt: try options.string("store"))
    let log = try CommitLog(path: try options.string("log"))
    let worker = try options.integer("worker"), workers = try options.integer("workers")
    var random = DemoRandom(seed: UInt64(try options.integer("seed", default: 1) * 1_000 + worker))
    let mine = try await candidates(store).enumerated().filter { $0.offset % workers == worker }.map(\.element)
    guard !mine.isEmpty else { throw WriterFailure("worker \(worker) has no users to change") }
    let backend = store.backend()
    for round in 0..<(try options.integer("rounds")) {
        if Int.random(in: 0..<4, using: &random) == 0 {
            let email = "w\(worker)-\(round)@invite.test"
            let invitation = Invitation(
                email: email, name: "Invitee \(worker) \(round)",
                roles: roleSets.filter { !$0.contains(.admin) }.randomElement(using: &random)!,
                connection: Connection.allCases.randomElement(using: &random)!)
            try await backend.inviteUser(invitation)
            try log.append("invite \(email)")
        } else {
            let id = mine.randomElement(using: &random)!
            let roles = roleSets.randomElement(using: &random)!
            try await backend.setRoles(id: id, roles: roles)
            try log.append("roles \(id) \(roles.label)")
        }
    }
}

func demoteEachOther(_ options: WriterOptions) async throws {
    let store = try SQLiteStore(openingAt: try options.string("store"))
    let log = try CommitLog(path: try options.string("log"))
    let actor = try options.string("actor"), target = try options.string("target")
    let backend = store.backend(actingAs: actor)
    func demote(_ id: String) async throws(BackendError) -> String {
        do throws(BackendError) {
            let roles = try await backend.getUser(id: id).roles
            try await backend.setRoles(id: id, roles: [.developer], basedOn: roles)
            return "demoted"
        } catch .forbidden, .conflict, .rolesChanged {
            return "refused"
        }
    }
    for _ in 0..<(try options.integer("rounds")) {
        try log.append("\(try await demote(target)) \(try await demote(actor))")
        do throws(BackendError) {
            try await backend.setRoles(id: target, roles: [.admin, .developer])
        } catch .forbidden {}
    }
}

do {
    let options = try WriterOptions(CommandLine.arguments)
    switch options.mode {
    case "roles": try await writeRolesForever(options)
    case "mix": try await writeMix(options)
    case "demote": try await demoteEachOther(options)
    default: throw WriterFailure("unknown mode \(options.mode); use roles, mix or demote")
    }
} catch {
    let message = (error as? WriterFailure)?.message ?? (error as? BackendError).map { "\($0.message) (\($0))" }
    FileHandle.standardError.write(Data("StoreWriter: \(message ?? "\(error)")\n".utf8))
    exit(1)
}
