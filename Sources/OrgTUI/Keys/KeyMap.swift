import OrgModel

/// The one key table: it maps keys to commands per context, and also produces the help screen and the
/// hint bar, so the three never disagree. Config files can rebind keys (`KeyMap+Config`).
struct KeyMap: Hashable, Sendable {
    var bindings: [Binding]
    /// Commands the backend cannot do, each with the operation the platform's API lacks for it: not
    /// hinted, marked in the help, refused with `refusal(_:)` (see `hiding(_:)`).
    var unavailable: [Command: String] = [:]

    /// The command or typed character for `key` in `context`, or nil when the key means nothing there.
    /// When `takesText` (a text field has the keyboard) printable characters are typed; everything else
    /// goes through the table.
    func action(for key: Key, in context: KeyContext, takesText: Bool) -> KeyAction? {
        if takesText, case .character(let c) = key { return .typed(c) }
        return bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }.map { .command($0.command) }
    }

    /// The hint bar's entries for `context`: for each row whose command is available, in table order,
    /// its first key that gives the command there (not a character typed into a field, when `takesText`)
    /// and its label. Esc and `q` are two rows for `back`, so both show; the parts a config rebinding
    /// split one row into keep its help text, so they show once.
    func hints(
        in context: KeyContext, available: Set<Command>,
        takesText: Bool = false
    ) -> [(key: String, label: String)] {
        var shown: [Binding] = []
        return bindings.compactMap { binding in
            guard binding.contexts.contains(context), available.contains(binding.command),
                unavailable[binding.command] == nil,
                let key = binding.keys.first(where: {
                    action(for: $0, in: context, takesText: takesText) == .command(binding.command)
                }),
                !shown.contains(where: { $0.command == binding.command && $0.help == binding.help })
            else { return nil }
            shown.append(binding)
            return (key.name, binding.label)
        }
    }

    /// The help screen's lines: per context, each binding's keys and what it does (or why it does nothing here).
    var helpLines: [String] {
        KeyContext.allCases.flatMap { context -> [String] in
            let rows = bindings.filter { $0.contexts.contains(context) && !$0.keys.isEmpty }
            guard !rows.isEmpty else { return [] }
            let keyText = rows.map { $0.keys.map(\.name).joined(separator: " ") }
            let column = (keyText.map(\.count).max() ?? 0) + 2
            let lines = zip(keyText, rows).map { keys, row in
                "  " + keys + String(repeating: " ", count: column - keys.count)
                    + (unavailable[row.command].map { "(hidden: the platform has no \($0)) " } ?? "") + row.help
            }
            return [context.title] + lines + [""]
        }
    }
}
