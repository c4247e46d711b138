import Foundation
@testable import OrgModel
import OrgRecords
import OrgStore
import Testing

/// The runner and `reduce` against the local SQLite store, through `GatedBackend` to watch concurrency.
@Suite struct EffectRunnerStoreTests {
    static let members = (1...300).map { i in
        MemberSeed(
            name: "Member \(String(i).leftPadded(to: 3))", email: "member\(i)@acme.test",
            roles: [[.admin], [.developer], [.analyst, .developer]][i % 3], connection: .usernamePassword)
    }

    /// A new store of the admin and 300 members in a temporary file, removed after `body`.
    static func withStore(_ body: (SQLiteStore) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("orgmodel-\(UUID().uuidString).sqlite")
            .path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore.create(
            at: path, organization: OrganizationSeed(name: "Acme", shortName: "acme"),
            admin: MemberSeed(
                name: "Ada Admin", email: "ada@acme.test", roles: [.admin],
                connection: .usernamePassword))
        try store.importMembers(members)
        try await body(store)
    }

    /// A runner on the store's backend, acting as its admin, and the inbox its answers go to.
    static func runner(on store: SQLiteStore) -> (EventRecorder, EffectRunner<SQLiteBackend>) {
        let inbox = EventRecorder()
        return (inbox, EffectRunner(backend: store.backend(), send: inbox.append))
    }

    /// Starts the state and drives it until me is loaded and the first `rows` rows show their roles.
    static func start(
        _ state: inout AppState, _ runner: EffectRunner<SQLiteBackend>, _ inbox: EventRecorder,
        rolesOfFirstRows rows: Int
    ) async -> Bool {
        runner.perform(reduce(&state, .started))
        return await EffectRunnerTests.drive(&state, runner, inbox) {
            $0.me != nil && $0.visibleRows.count >= rows && $0.visibleRows[rows - 1].roles != nil
        }
    }

    @Test func aScreenOfRowsGetsItsRolesFromTheStoreWithNeverMoreThanEightInFlight() async throws {
        try await Self.withStore { store in
            let backend = GatedBackend(store.backend(), holdDetails: true)
            let inbox = EventRecorder()
            let runner = EffectRunner(backend: backend, send: inbox.append)
            var state = AppState(width: 100, height: 40)
            runner.perform(reduce(&state, .started))
            #expect(await EffectRunnerTests.drive(&state, runner, inbox) { _ in await backend.held == 8 })
            await backend.openGate()
            #expect(
                await EffectRunnerTests.drive(&state, runner, inbox) { $0.visibleRows.allSatisfy { $0.roles != nil } })
            #expect(await backend.maxInFlight == 8)
            #expect(state.users.count == 301)
            #expect(state.position == "1-35 of 301")
            let expected = Dictionary(uniqueKeysWithValues: Self.members.map { ($0.name, $0.roles) })
            for row in state.visibleRows where row.user?.name.hasPrefix("Member") == true {
                #expect(row.roles == expected[row.user!.name])
            }
        }
    }

    @Test func aSupersededSearchOnTheStoreIsCancelled() async throws {
        try await Self.withStore { store in
            let backend = GatedBackend(store.backend(), holdSearches: true)
            let inbox = EventRecorder()
            let runner = EffectRunner(backend: backend, send: inbox.append)
            var state = AppState()
            runner.perform(reduce(&state, .started))
            #expect(await EffectRunnerTests.drive(&state, runner, inbox) { $0.users.count == 301 })
            for event: Event in [.command(.search), .typed("member"), .command(.submit)] {
                runner.perform(reduce(&state, event))
            }
            #expect(await poll { await backend.held == 1 })
            for event: Event in [
                .command(.search), .command(.backspace), .command(.backspace), .command(.backspace),
                .command(.submit),
            ] {
                runner.perform(reduce(&state, event))
            }
            #expect(await poll { await backend.cancelled == ["listUsers 1 member"] })
            await backend.openGate()
            #expect(await EffectRunnerTests.drive(&state, runner, inbox) { $0.users.count != nil })
            #expect(state.users.nameSearch == "mem")
            #expect(state.position == "1-19 of 300")
        }
    }

    @Test func aRoleChangeAndItsUndoReachTheStore() async throws {
        try await Self.withStore { store in
            let (inbox, runner) = Self.runner(on: store)
            var state = AppState()
            #expect(await Self.start(&state, runner, inbox, rolesOfFirstRows: 2))
            guard state.visibleRows.count > 1, let target = state.visibleRows[1].user,
                let original = state.visibleRows[1].roles
            else { return }
            for event: Event in [.command(.down), .command(.editRoles), .command(.toggleRole3), .command(.submit)] {
                runner.perform(reduce(&state, event))
            }
            #expect(
                await EffectRunnerTests.drive(&state, runner, inbox) {
                    $0.screens == [.users] && $0.history.undoable.count == 1
                })
            let changed = original.symmetricDifference([.analyst])
            let saved = try await store.backend().getUser(id: target.id).roles
            #expect(saved == changed)
            runner.perform(reduce(&state, .command(.undo)))
            #expect(
                await EffectRunnerTests.drive(&state, runner, inbox) {
                    $0.history.redoable == [
                        UndoHistory.Batch(RoleChange(user: target, before: original, after: changed))
                    ]
                })
            let restored = try await store.backend().getUser(id: target.id).roles
            #expect(restored == original)
        }
    }

    @Test func aBulkChangeAndItsUndoApplyToTheRolesInTheStoreNotTheListsCopy() async throws {
        try await Self.withStore { store in
            let (inbox, runner) = Self.runner(on: store)
            var state = AppState()
            #expect(await Self.start(&state, runner, inbox, rolesOfFirstRows: 3))
            guard state.visibleRows.count > 2, let first = state.visibleRows[1].user,
                let second = state.visibleRows[2].user
            else { return }
            // Someone else adds analyst to the first after the list read its roles.
            try await store.backend().setRoles(id: first.id, roles: [.developer, .analyst], basedOn: [.developer])
            let commands: [Command] = [.down, .mark, .mark, .editRoles, .toggleRole1, .submit, .confirm]
            for command in commands { runner.perform(reduce(&state, .command(command))) }
            #expect(
                await EffectRunnerTests.drive(&state, runner, inbox) {
                    $0.bulk == nil && $0.history.undoable.first?.changes.count == 2
                })
            #expect(try await store.backend().getUser(id: first.id).roles == [.admin, .developer, .analyst])
            #expect(try await store.backend().getUser(id: second.id).roles == [.admin, .developer, .analyst])
            #expect(state.users.roles[first.id] == [.admin, .developer, .analyst])
            // Someone else takes developer from the second before the undo.
            try await store.backend().setRoles(
                id: second.id, roles: [.admin, .analyst], basedOn: [.admin, .developer, .analyst])
            runner.perform(reduce(&state, .command(.undo)))
            #expect(
                await EffectRunnerTests.drive(&state, runner, inbox) {
                    $0.bulk == nil && $0.history.redoable.first?.changes.count == 2
                })
            #expect(try await store.backend().getUser(id: first.id).roles == [.developer, .analyst])
            #expect(try await store.backend().getUser(id: second.id).roles == [.analyst])
        }
    }

    @Test func aWatchOfTheStoreAnswersOnlyOnceItsCounterMoved() async throws {
        try await Self.withStore { store in
            let inbox = EventRecorder()
            let runner = EffectRunner(backend: store.backend(), send: inbox.append)
            runner.perform([.watchChanges(1, since: nil, everyMilliseconds: 5)])
            #expect(await poll { inbox.all.count == 1 })
            guard case .changesChecked(1, .success(let first?)) = inbox.all[0] else {
                Issue.record("unexpected answer \(inbox.all)")
                return
            }
            runner.perform([.watchChanges(2, since: first, everyMilliseconds: 5)])
            // Still watching (unanswered) until someone commits.
            #expect(await poll { runner.pendingCount == 1 })
            #expect(inbox.all.count == 1)
            try await store.backend().setRoles(id: store.meID, roles: [.admin, .analyst])
            #expect(await poll { inbox.all.count == 2 })
            guard case .changesChecked(2, .success(let moved?)) = inbox.all[1] else {
                Issue.record("unexpected answers \(inbox.all)")
                return
            }
            #expect(moved > first)
        }
    }
}
