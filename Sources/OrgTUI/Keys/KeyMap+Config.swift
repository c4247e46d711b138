import OrgModel

extension KeyMap {
    /// A config line the key map cannot use.
    struct ConfigError: Error, Hashable, Sendable {
        var line: Int
        var reason: String

        var message: String { "config line \(line): \(reason)" }
    }

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

    /// This map changed by the `bind` and `unbind` lines of a config file. Other directives
    /// (`escdelay`) are left to the caller; blank lines and `#` comments are skipped.
    func applying(config text: String) throws(ConfigError) -> KeyMap {
        var map = self
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let verb = words.first, !verb.hasPrefix("#") else { continue }
            let line = number + 1
            switch verb {
            case "bind":
                guard words.count >= 3 else { throw ConfigError(line: line, reason: "use: bind <key> <command> [context ...]") }
                guard let key = Key(name: words[1]) else { throw ConfigError(line: line, reason: "unknown key \"\(words[1])\"") }
                guard let command = Self.command(named: words[2]) else {
                    throw ConfigError(line: line, reason: "unknown command \"\(words[2])\"")
                }
                var contexts: Set<KeyContext>? = nil
                for name in words.dropFirst(3) {
                    guard let context = KeyContext(rawValue: name) else {
                        throw ConfigError(line: line, reason: "unknown context \"\(name)\"")
                    }
                    contexts = (contexts ?? []).union([context])
                }
                map.bind(key, to: command, in: contexts)
            case "unbind":
                guard words.count == 2, let key = Key(name: words[1]) else {
                    throw ConfigError(line: line, reason: "use: unbind <key>")
                }
                map.unbind(key)
            case "escdelay":
                continue
            default:
                throw ConfigError(line: line, reason: "unknown directive \"\(verb)\"")
            }
        }
        return map
    }
}
