import OrgModel

extension KeyMap {
    /// Makes `key` give `command` in `contexts` (default: every context where `command` has a key),
    /// taking the key away from whatever it did there before.
    mutating func bind(_ key: Key, to command: Command, in contexts: Set<KeyContext>? = nil) {
        let targets = contexts ?? bindings.filter { $0.command == command }.reduce(into: Set()) { $0.formUnion($1.contexts) }
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

    /// The command with the name used in config files (its Swift name, such as `editRoles`).
    static func command(named name: String) -> Command? {
        Command.allCases.first { String(describing: $0) == name }
    }
}
