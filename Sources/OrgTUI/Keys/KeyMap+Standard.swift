import OrgModel

extension KeyMap {
    /// The default keys. Every action has a letter; F-keys are only extras.
    static let standard = KeyMap(
        bindings: {
            let browse: Set<KeyContext> = [.list, .details, .roles, .info, .invitations]
            let user: Set<KeyContext> = [.list, .details]
            let views: Set<KeyContext> = [.list, .details, .roles, .info, .dialog]
            return [
                Binding([.up, .character("k")], .up, browse.union([.form, .profiles]), "Up", "Move up"),
                Binding([.down, .character("j")], .down, browse.union([.form, .profiles]), "Down", "Move down"),
                Binding([.pageUp, .control("b")], .pageUp, browse, "PgUp", "Page up"),
                Binding([.pageDown, .control("f")], .pageDown, browse, "PgDn", "Page down"),
                Binding([.character("g"), .home], .first, browse, "First", "Go to the first row"),
                Binding([.character("G"), .end], .last, browse, "Last", "Go to the last row"),
                Binding([.enter], .open, [.list], "Open", "Open the selected user's details"),
                Binding(
                    [.character("/")], .search, [.list], "Search",
                    "Search names, or emails (a part with @ . _ - + or a digit)"),
                Binding(
                    [.character("f")], .filter, [.list], "Filter",
                    "Filter by roles and sign-in method (Esc shows everyone)"),
                Binding(
                    [.character("e")], .editRoles, user, "Roles",
                    "Edit the selected user's roles, or the marked users' roles"),
                Binding([.character("e")], .edit, [.info], "Edit", "Edit your profile"),
                Binding(
                    [.character("i"), .function(7)], .invite, [.list], "Invite", "Invite someone to the organization"),
                Binding(
                    [.character("d"), .function(8)], .delete, user, "Delete",
                    "Delete the selected user, or the marked users (asks first)"),
                Binding(
                    [.character("P")], .resetPassword, user, "Reset pw",
                    "Send the selected or marked users a password reset (asks first)"),
                Binding([.character(" ")], .mark, [.list], "Mark", "Mark or unmark the selected user"),
                Binding([.character("1")], .toggleRole1, [.roles, .form], "admin", "Toggle the admin role"),
                Binding([.character("2")], .toggleRole2, [.roles, .form], "developer", "Toggle the developer role"),
                Binding([.character("3")], .toggleRole3, [.roles, .form], "analyst", "Toggle the analyst role"),
                Binding(
                    [.character(" ")], .toggleChoice, [.roles, .form], "Toggle", "Toggle the choice under the cursor"),
                Binding(
                    [.character("u")], .undo, user, "Undo",
                    "Undo the last role change, then the one before (single and bulk)"),
                Binding([.character("U")], .redo, user, "Redo", "Redo the last role change undone"),
                Binding(
                    [.character("y")], .copyEmail, user, "Copy email",
                    "Copy the selected user's email (OSC 52 clipboard)"),
                Binding([.character("o")], .organization, [.list, .details], "Org", "Show the organization"),
                Binding([.character("m")], .profile, [.list, .details], "Me", "Show my profile"),
                Binding(
                    [.character("a")], .audit, [.list, .details], "Audit",
                    "Show the audit log, newest first (on a user's details: theirs only)"),
                Binding(
                    [.character("I")], .invitations, [.list], "Invitations",
                    "Show the pending invitations, to revoke a mistyped one"),
                Binding(
                    [.character("d")], .delete, [.invitations], "Revoke",
                    "Revoke the selected invitation, so that it can no longer be accepted (asks first)"),
                Binding(
                    [.character("r"), .control("r"), .function(5)], .reload, [.list, .details, .info, .invitations],
                    "Reload", "Reload from the backend"),
                Binding(
                    [.character(":")], .profiles, [.list], "Profiles",
                    "List the saved profiles, to switch to another organization"),
                Binding([.enter], .submit, [.profiles], "Switch", "Switch to the highlighted profile"),
                Binding([.enter], .open, [.info], "Open", "Open the highlighted audit log entry in full"),
                Binding(
                    [.character("!")], .messages, Set(KeyContext.allCases).subtracting([.search, .form]), "Messages",
                    "Show the recent messages in full, newest first"),
                Binding([.tab], .nextField, [.form], "Next", "Next field"),
                Binding([.backTab], .previousField, [.form], "Prev", "Previous field"),
                Binding([.tab, .right, .character("l")], .nextField, [.dialog], "Switch", "Move between No and Yes"),
                Binding(
                    [.backTab, .left, .character("h")], .previousField, [.dialog], "Switch", "Move between No and Yes"),
                Binding([.backspace], .backspace, [.form, .search], "Erase", "Erase the character before the cursor"),
                Binding(
                    [.delete, .control("d")], .deleteForward, [.form, .search], "Del",
                    "Erase the character under the cursor"),
                Binding([.left, .control("b")], .cursorLeft, [.form, .search], "Left", "Move the cursor left"),
                Binding([.right, .control("f")], .cursorRight, [.form, .search], "Right", "Move the cursor right"),
                Binding(
                    [.home, .control("a")], .lineStart, [.form, .search], "Start", "Move the cursor to the start"),
                Binding([.end, .control("e")], .lineEnd, [.form, .search], "End", "Move the cursor to the end"),
                Binding([.control("u")], .killToStart, [.form, .search], "Erase start", "Erase before the cursor"),
                Binding(
                    [.control("k")], .killToEnd, [.form, .search], "Erase end", "Erase from the cursor to the end"),
                Binding(
                    [.control("w")], .killWordBack, [.form, .search], "Erase word", "Erase the word before the cursor"),
                Binding([.enter], .submit, [.form, .search, .roles], "Submit", "Submit"),
                Binding([.enter], .submit, [.dialog], "Answer", "Give the highlighted answer (No unless moved)"),
                Binding([.character("y")], .confirm, [.dialog], "Yes", "Yes: do it"),
                Binding([.character("n"), .escape], .deny, [.dialog], "No", "No: leave everything as it is"),
                Binding(
                    [.character("a")], .applyOnTop, [.conflict], "Apply on top", "Apply my change to the roles now"),
                Binding([.character("o")], .overwrite, [.conflict], "Overwrite", "Replace the roles now with mine"),
                Binding([.character("c"), .escape], .deny, [.conflict], "Cancel", "Keep the roles as they are now"),
                Binding(
                    [.tab, .down, .character("j")], .nextField, [.conflict], "Next", "Highlight the next answer"),
                Binding(
                    [.backTab, .up, .character("k")], .previousField, [.conflict], "Prev",
                    "Highlight the previous answer"),
                Binding([.enter], .submit, [.conflict], "Answer", "Give the highlighted answer (apply on top first)"),
                Binding(
                    [.character("?"), .function(1)], .help, views.subtracting([.dialog]).union([.invitations]), "Help",
                    "Show all keys"),
                Binding(
                    [.escape], .back, Set(KeyContext.allCases).subtracting([.dialog, .conflict]),
                    "Back", "Go back, or clear the search"),
                Binding([.character("q")], .quit, [.list], "Quit", "Quit orgtui"),
                Binding(
                    [.character("q")], .back, [.details, .roles, .info, .form, .dialog, .profiles, .invitations],
                    "Back", "Go back"),
                Binding([.control("c")], .quitNow, Set(KeyContext.allCases), "Quit", "Quit at once, from anywhere"),
            ]
        }())
}
