/// How `orgtui serve`, `token` and `store` hand their arguments to `orgtui-server` without a database URL
/// (and its password) in the server's command line, which `ps` shows every user for as long as the server
/// runs. Each argument that holds a URL travels in the server's environment, which only its user and root
/// may read, and its place in the command line names the variable (`--database $ORGTUI_HANDOFF_2`). The
/// server puts each back before it parses them, so it parses what was typed and every option keeps its
/// precedence over `ORGTUI_DATABASE_URL`.
public enum ArgumentHandoff {
    /// The prefix of the environment variables that carry the arguments.
    static let prefix = "ORGTUI_HANDOFF_"

    /// `arguments` with each one that holds a URL (`URL` or `--option=URL`) replaced by a reference, and
    /// `environment` with the variables the references name (and none that it inherited).
    public static func hide(
        _ arguments: [String], environment: [String: String]
    ) -> (arguments: [String], environment: [String: String]) {
        var environment = environment.filter { !$0.key.hasPrefix(prefix) }
        let hidden = arguments.enumerated().map { index, argument in
            let (option, value) = split(argument)
            guard value.contains("://") else { return argument }
            let name = prefix + String(index + 1)
            environment[name] = value
            return option + "$" + name
        }
        return (hidden, environment)
    }

    /// `arguments` with each reference that `hide` made replaced by the value `environment` holds for it.
    public static func restore(_ arguments: [String], environment: [String: String]) -> [String] {
        arguments.map { argument in
            let (option, value) = split(argument)
            guard value.hasPrefix("$" + prefix), let original = environment[String(value.dropFirst())] else {
                return argument
            }
            return option + original
        }
    }

    /// `--option=value` as `("--option=", "value")`; any other argument as `("", argument)`.
    private static func split(_ argument: String) -> (option: String, value: String) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return ("", argument) }
        let value = argument.index(after: equals)
        return (String(argument[..<value]), String(argument[value...]))
    }
}
