import OrgModel
import Testing
@testable import OrgTUI

/// Every screen rendered at 80x24 and 120x40 and compared with its text snapshot. States are built by
/// driving `reduce` (see `ScreenDriver`), never by hand.
@Suite("Rendering snapshots")
struct RenderingSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    /// The screens, each as the steps that lead to it from a started program.
    static let screens: [(name: String, steps: @Sendable (inout ScreenDriver) -> Void)] = [
        ("users", { $0.press(.down, .down, .down) }),
        ("users-last-page", { $0.press(.last, .up) }),
        ("users-marks", { $0.press(.mark, .down, .mark) }),
        (
            "search-valid",
            {
                $0.press(.search); $0.type("eve")
            }
        ),
        (
            "search-invalid",
            {
                $0.press(.search); $0.type("ev!")
            }
        ),
        (
            "search-applied",
            {
                $0.press(.search); $0.type("eve"); $0.press(.submit)
            }
        ),
        (
            "search-email-filtered",
            {
                $0.send(.roleFilterChosen([.admin, .analyst])); $0.press(.search); $0.type("acme.test");
                $0.press(.submit)
            }
        ),
        (
            "filter-empty",
            {
                $0.send(.roleFilterChosen([.admin])); $0.press(.search); $0.type("nobody.example"); $0.press(.submit)
            }
        ),
        ("filter", { $0.press(.filter, .toggleRole1, .toggleRole3, .toggleChoice) }),
        ("details", { $0.press(.last, .open) }),
        ("role-editor", { $0.press(.last, .editRoles, .toggleRole1, .toggleRole3) }),
        ("role-editor-bulk", { $0.press(.down, .mark, .mark, .editRoles, .toggleRole2, .toggleRole3, .toggleRole3) }),
        (
            "invite-errors",
            {
                $0.press(.invite); $0.type("bob@"); $0.press(.nextField, .nextField, .toggleRole2, .submit)
            }
        ),
        ("dialog-delete", { $0.press(.down, .delete) }),
        ("dialog-reset", { $0.press(.down, .resetPassword) }),
        ("dialog-own-admin", { $0.press(.editRoles, .toggleRole2, .toggleRole1, .submit) }),
        ("roles-none-refused", { $0.press(.editRoles, .toggleRole1, .submit) }),
        (
            "dialog-role-conflict",
            {
                $0.press(.last, .editRoles, .toggleRole1, .submit); $0.rolesChangedMeanwhile(to: [.developer])
            }
        ),
        ("profile", { $0.press(.profile) }),
        (
            "profile-edit",
            {
                $0.press(.profile, .edit, .backspace, .backspace, .backspace, .backspace, .backspace);
                $0.type("\u{1B}x")
            }
        ),
        ("organization", { $0.press(.organization) }),
        ("help", { $0.press(.help) }),
        ("help-scrolled", { $0.press(.help, .pageDown) }),
    ]

    @Test("Each screen matches its snapshot", arguments: screens.map(\.name))
    func screen(name: String) {
        let steps = Self.screens.first { $0.name == name }!.steps
        for (width, height) in Self.sizes {
            var driver = ScreenDriver(width: width, height: height)
            steps(&driver)
            Snapshot.assert(driver.render().grid, named: "\(name)-\(width)x\(height)")
        }
    }

    @Test("The audit log, of everyone and of one user, at the smallest size and wide")
    func auditLog() {
        for (width, height) in [(60, 16), (120, 40)] {
            var driver = ScreenDriver(width: width, height: height)
            driver.press(.audit, .down)
            Snapshot.assert(driver.render().grid, named: "audit-\(width)x\(height)")
            driver.press(.back, .down, .open, .audit)
            Snapshot.assert(driver.render().grid, named: "audit-user-\(width)x\(height)")
        }
    }

    @Test("The profile list: the active profile marked, another highlighted, no token shown, paths escaped")
    func profileList() {
        let profiles = [
            ProfileEntry(name: "acme", location: "store /tmp/acme.sqlite", hasToken: nil),
            ProfileEntry(name: "globex", location: "API https://api.globex.test/api/oum/v1", hasToken: true),
            ProfileEntry(name: "initech", location: "API https://initech.test/oum/v1", hasToken: false),
            ProfileEntry(name: "evil", location: "store /tmp/e\u{1B}[2Jvil.sqlite", hasToken: nil),
        ]
        for (width, height) in Self.sizes {
            var driver = ScreenDriver(width: width, height: height, activeProfile: "acme", profiles: profiles)
            Snapshot.assert(driver.render().grid, named: "users-profile-\(width)x\(height)")
            driver.press(.profiles, .down)
            Snapshot.assert(driver.render().grid, named: "profiles-\(width)x\(height)")
        }
    }

    @Test("Rows whose roles are not loaded yet")
    func rolesLoading() {
        for (width, height) in Self.sizes {
            let driver = ScreenDriver(width: width, height: height, answersDetails: false)
            Snapshot.assert(driver.render().grid, named: "users-roles-loading-\(width)x\(height)")
        }
    }

    @Test("Read-only mode")
    func readOnly() {
        for (width, height) in Self.sizes {
            var driver = ScreenDriver(width: width, height: height, readOnly: true)
            driver.press(.down)
            Snapshot.assert(driver.render().grid, named: "read-only-\(width)x\(height)")
        }
    }

    @Test("A terminal below 60x16 says what size is needed", arguments: [(59, 24), (80, 15), (20, 5)])
    func tooSmall(width: Int, height: Int) {
        let driver = ScreenDriver(width: width, height: height)
        Snapshot.assert(driver.render().grid, named: "too-small-\(width)x\(height)")
    }

    @Test("The role conflict dialog fits the smallest terminal, its user's name escaped")
    func roleConflictAtTheMinimum() {
        var driver = ScreenDriver(width: 60, height: 16)
        driver.press(.search)
        driver.type("eve")
        driver.press(.submit, .editRoles, .toggleRole1, .toggleRole3, .submit)
        driver.rolesChangedMeanwhile(to: [.developer])
        driver.press(.nextField)
        Snapshot.assert(driver.render().grid, named: "dialog-role-conflict-60x16")
    }

    @Test("The first-run form with a problem")
    func firstRun() {
        var state = AppState(firstRun: "/home/ada/.local/share/orgtui/org.sqlite")
        for event in [
            Event.typed("Acme Robotics"), .command(.submit), .typed("acme"), .command(.submit), .command(.submit),
            .command(.submit),
        ] {
            #expect(reduce(&state, event).isEmpty)
        }
        guard case .firstRun(let form) = state.screen else { Issue.record("no first-run form"); return }
        for (width, height) in Self.sizes {
            let frame = Renderer(keyMap: .standard, backend: "").render(form, width: width, height: height)
            Snapshot.assert(frame.grid, named: "first-run-\(width)x\(height)")
        }
    }

    @Test("The selected row is reverse video and marked rows stand out")
    func styles() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.press(.mark)
        let grid = driver.render().grid
        #expect(grid[5, 3].style == .marked)
        #expect(grid[5, 4].style == .selected)
        #expect(grid[5, 5].style == .normal)
        #expect(Theme.dark.look(.selected).reverse && Theme.monochrome.look(.selected).reverse)
    }

    @Test("A bulk change's progress keeps the model's words on the status line after a key clears the message")
    func bulkProgress() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.press(.down, .mark, .mark, .editRoles, .toggleRole3, .submit, .confirm)
        let progress = " Changing roles (+analyst): 0 of 2 done…", status = driver.state.layout.status.y
        #expect(driver.render().grid.lines[status] == progress)
        driver.press(.down)
        #expect(driver.state.status == nil)
        #expect(driver.render().grid.lines[status] == progress)
    }

    @Test("The cursor sits where typing goes")
    func cursor() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.press(.search)
        driver.type("eve")
        #expect(driver.render().cursor == Frame.Cursor(x: 12, y: 1))
        driver.press(.back)
        #expect(driver.render().cursor == nil)
    }
}
