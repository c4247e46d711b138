import OrgCLI

extension OrgTUICommand {
    /// The command that `arguments` (without the program's name) ask for when they are only the root
    /// command's own options, each given once, with a value that cannot be taken for an option: read
    /// without ArgumentParser, which would first build the whole command tree by reflection (milliseconds at
    /// every start of the terminal UI). Anything else (a subcommand, `--help`, `--version`, an unknown,
    /// repeated or misspelled option, a missing or bad value) is nil, for ArgumentParser to parse and answer
    /// as always.
    static func parsedQuickly(_ arguments: some Sequence<String>) -> OrgTUICommand? {
        var store: String?, api: String?, profile: String?, theme: Theme.Name?
        var readonly = false, noColor = false, plain = false, debug = false
        var seen: [String] = []
        var rest = arguments.makeIterator()
        while let argument = rest.next() {
            let (name, attached) = split(argument)
            guard !seen.contains(name) else { return nil }
            seen.append(name)
            switch (name, attached) {
            case ("--readonly", nil): readonly = true
            case ("--no-color", nil): noColor = true
            case ("--plain", nil): plain = true
            case ("--debug", nil): debug = true
            case ("--store", _), ("--api", _), ("--profile", _), ("--theme", _):
                guard let value = attached ?? rest.next(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
                switch name {
                case "--store": store = value
                case "--api": api = value
                case "--profile": profile = value
                default:
                    guard let name = Theme.Name(rawValue: value) else { return nil }
                    theme = name
                }
            default: return nil
            }
        }
        // Every option gets a value, as ArgumentParser gives one to each (QuickStartTests compares them all).
        var backend = BackendOptions()
        backend.location = StoreLocation(named: store)
        backend.api = api
        backend.profile = profile
        backend.cacert = nil
        var command = OrgTUICommand()
        command.backend = backend
        command.readonly = readonly
        command.noColor = noColor
        command.theme = theme
        command.plain = plain
        command.debug = debug
        return command
    }

    /// `--name=value` as the name and its value; any other argument as itself, with no value.
    private static func split(_ argument: String) -> (name: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
