import ArgumentParser
import Testing

@testable import OrgTUI

/// `orgtui` started with only the root command's own options reads them without ArgumentParser
/// (`OrgTUICommand.parsedQuickly`): into the very command ArgumentParser would make, or not at all.
@Suite("Quick start")
struct QuickStartTests {
    @Test(
        "The root command's own options are read into the command ArgumentParser makes of them",
        arguments: [
            [], ["--store", "a.sqlite"], ["--store=a.sqlite"], ["--readonly"], ["--no-color", "--debug"],
            ["--store", "x", "--readonly", "--no-color", "--theme", "light", "--debug"], ["--theme=high-contrast"],
            ["--theme", "dark"], ["--api", "https://api.example.test"], ["--api=http://127.0.0.1:8080/api"],
            ["--profile", "work", "--readonly"], ["--plain"], ["--plain", "--store", "s.sqlite"], ["--store", "users"],
            ["--store", "a=b"], ["--store=x=y"], ["--store", "with space"], ["--debug", "--profile=p", "--store", "s"],
        ])
    func sameAsArgumentParser(_ arguments: [String]) throws {
        let quick = try #require(OrgTUICommand.parsedQuickly(arguments))
        let parsed = try OrgTUICommand.parseAsRoot(arguments)
        #expect(parsed is OrgTUICommand)
        #expect(Self.described(quick) == Self.described(parsed))
    }

    @Test(
        "Anything else is left to ArgumentParser",
        arguments: [
            ["--help"], ["-h"], ["help"], ["--version"], ["users"], ["users", "list"], ["demo", "--store", "a"],
            ["--store"], ["--store", "--readonly"], ["--store", ""], ["--store", "-"], ["--store=-x"],
            ["--readonly", "--readonly"],
            ["--store", "a", "--store", "b"], ["--store=a", "--store", "b"], ["--readonly=true"], ["--theme", "neon"],
            ["--theme=Dark"], ["--Store", "a"], ["-store", "a"], ["--", "x"], ["--stor", "a"],
            ["--store", "a", "extra"],
            ["--generate-completion-script", "bash"], ["--experimental-dump-help"], ["--unknown"], ["-r"],
        ])
    func fallsBack(_ arguments: [String]) {
        #expect(OrgTUICommand.parsedQuickly(arguments) == nil)
    }

    /// Everything a command holds, its options' parsed values (or their unparsed definitions) included.
    private static func described(_ command: any ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }
}
