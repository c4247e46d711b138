import OrgModel

extension KeyMap {
    /// Makes `key` give each of `commands` (as `commands(named:)` gives them) in `contexts`, by default
    /// wherever the command has a key, taking the key away from whatever it did there before. The
    /// several commands of a former name each take only the contexts where they have a key.
    mutating func bind(_ key: Key, to commands: [Command], in contexts: Set<KeyContext>? = nil) {
        let owned = commands.map { command in
            bindings.filter { $0.command == command }.reduce(into: Set()) { $0.formUnion($1.contexts) }
        }
        for (command, own) in zip(commands, owned) {
            let targets = commands.count > 1 ? own.intersection(contexts ?? own) : contexts ?? own
            if !targets.isEmpty { bind(key, to: command, in: targets) }
        }
    }

    /// Makes `key` give `command` in `targets`.
    private mutating func bind(_ key: Key, to command: Command, in targets: Set<KeyContext>) {
        remove(key, from: targets)
        if let index = bindings.firstIndex(where: { $0.command == command && $0.contexts == targets }) {
            bindings[index].keys.append(key)
        } else if let model = bindings.first(where: { $0.command == command }) {
            bindings.append(Binding([key], command, targets, model.label, model.help))
        }
    }

    /// Takes `key` away from every binding in `targets`, splitting bindings that also cover other contexts.
    private mutating func remove(_ key: Key, from targets: Set<KeyContext>) {
        bindings = bindings.flatMap { binding -> [Binding] in
            guard binding.keys.contains(key), !binding.contexts.isDisjoint(with: targets) else { return [binding] }
            var inside = binding
            inside.contexts.formIntersection(targets)
            inside.keys.removeAll { $0 == key }
            var outside = binding
            outside.contexts.subtract(targets)
            return outside.contexts.isEmpty ? [inside] : [inside, outside]
        }
    }

    /// Takes `key` away from every command.
    mutating func unbind(_ key: Key) {
        for index in bindings.indices { bindings[index].keys.removeAll { $0 == key } }
    }

    /// The commands a config file's name gives: the one with that Swift name (such as `editRoles`), or
    /// for `toggleMark`, the former name of both, `mark` and `toggleChoice`; empty for an unknown name.
    static func commands(named name: String) -> [Command] {
        if name == "toggleMark" { return [.mark, .toggleChoice] }
        return Command.allCases.filter { String(describing: $0) == name }
    }
}
