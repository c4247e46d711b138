import Foundation
import OrgFiles
import OrgModel

/// The user's settings from `$XDG_CONFIG_HOME/orgtui/config` (default `~/.config/orgtui/config`).
///
/// One directive per line; blank lines are skipped, and a word starting with `#` starts a comment to the end
/// of the line, except as the key of `bind` and `unbind` (`bind # help` binds the # key):
/// - `bind <key> <command> [context ...]`: the key gives the command (in the listed contexts, else
///   wherever the command has a key), e.g. `bind x delete` or `bind C-d pageDown list`.
/// - `unbind <key>`: the key does nothing.
/// - `escdelay <ms>`: how long Esc waits for the rest of a key sequence (0-1000, default 25).
/// - `refresh <seconds>`: how often the API's visible rows are reloaded while no key is pressed (default 30);
///   0 turns the live refresh off, for a local store too (which is otherwise checked each second).
/// - `mouse on|off`: whether clicks and the wheel work (default on; with it on, Shift selects text).
/// - `theme dark|light|high-contrast`: the colors (default dark); `--theme` overrides it.
///
/// A broken file changes nothing: the defaults apply and `problem` says which line is wrong.
struct AppConfig: Hashable, Sendable {
    var keyMap = KeyMap.standard
    var escapeDelay = 25
    /// Seconds between the live refresh's reloads over the API; 0 turns the live refresh off.
    var refresh = 30
    /// Whether the terminal reports clicks and the wheel.
    var mouse = true
    /// The colors, unless `--theme` says otherwise.
    var theme = Theme.Name.dark
    /// Why the config file was ignored, for the status line; nil when it was fine or absent.
    var problem: String?

    /// A config line that cannot be used.
    struct LineError: Error, Hashable, Sendable {
        var line: Int
        var reason: String
    }

    /// `$XDG_CONFIG_HOME/orgtui/config`, where `XDG_CONFIG_HOME` defaults to `~/.config`.
    static func path(environment: [String: String]) -> String {
        XDGDirectory.config.path("config", environment: environment)
    }

    /// The settings in the file at `path`: the defaults when there is none, the defaults and a problem
    /// when it cannot be read or used.
    static func load(path: String) -> AppConfig {
        guard FileManager.default.fileExists(atPath: path) else { return AppConfig() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            return AppConfig(problem: "Cannot read \(path) as UTF-8 text; using the default keys.")
        }
        do {
            return try parse(text)
        } catch {
            return AppConfig(problem: "\(path) line \(error.line): \(error.reason); using the default keys.")
        }
    }

    /// The settings in `text`, or the first line that cannot be used.
    static func parse(_ text: String) throws(LineError) -> AppConfig {
        var config = AppConfig()
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = directive(raw)
            guard let verb = words.first else { continue }
            let line = number + 1
            func fail(_ reason: String) -> LineError { LineError(line: line, reason: reason) }
            switch verb {
            case "bind":
                guard words.count >= 3 else { throw fail("use: bind <key> <command> [context ...]") }
                guard let key = Key(name: words[1]) else { throw fail("unknown key \"\(words[1])\"") }
                let commands = KeyMap.commands(named: words[2])
                guard !commands.isEmpty else { throw fail("unknown command \"\(words[2])\"") }
                var contexts: Set<KeyContext> = []
                for name in words.dropFirst(3) {
                    guard let context = KeyContext(configName: name) else { throw fail("unknown context \"\(name)\"") }
                    contexts.insert(context)
                }
                config.keyMap.bind(key, to: commands, in: contexts.isEmpty ? nil : contexts)
            case "unbind":
                guard words.count == 2, let key = Key(name: words[1]) else { throw fail("use: unbind <key>") }
                config.keyMap.unbind(key)
            case "escdelay":
                guard words.count == 2, let ms = Int(words[1]), (0...1000).contains(ms) else {
                    throw fail("use: escdelay <milliseconds from 0 to 1000>")
                }
                config.escapeDelay = ms
            case "refresh":
                guard words.count == 2, let seconds = Int(words[1]), (0...LiveRefresh.maxSeconds).contains(seconds)
                else {
                    throw fail("use: refresh <seconds from 0 to \(LiveRefresh.maxSeconds)>")
                }
                config.refresh = seconds
            case "mouse":
                guard words.count == 2, let on = ["on": true, "off": false][words[1]] else {
                    throw fail("use: mouse on, or mouse off")
                }
                config.mouse = on
            case "theme":
                guard words.count == 2, let theme = Theme.Name(rawValue: words[1]) else {
                    throw fail("use: theme followed by \(Theme.Name.spelled)")
                }
                config.theme = theme
            default:
                throw fail("unknown directive \"\(verb)\" (use bind, unbind, escdelay, refresh, mouse or theme)")
            }
        }
        return config
    }

    /// The words of `line` before its comment: the first word starting with `#`, unless it is the key of
    /// `bind` or `unbind`, and every word after it.
    private static func directive(_ line: Substring) -> [String] {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        let key = ["bind", "unbind"].contains(words.first) ? 1 : nil
        let comment = words.indices.first { $0 != key && words[$0].hasPrefix("#") } ?? words.endIndex
        return Array(words[..<comment])
    }
}
