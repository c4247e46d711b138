import ArgumentParser
import OrgCLI
import OrgStore

extension TokenCommand {
    /// `orgtui token list`: every token, without its secret.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the tokens, oldest first (never their secrets).")

        @OptionGroup var location: StoreLocation

        func run() throws {
            let tokens = try CLIFailure.reporting(TokenStore(store: try location.open()).list)
            guard !tokens.isEmpty else {
                return Console.out("No tokens. Create one with: orgtui token create --email EMAIL")
            }
            var table = TextTable("ID", "EMAIL", "NAME", "CREATED")
            for token in tokens { table.add(token.id, token.email, token.name, token.createdAt.cliText) }
            table.lines.forEach(Console.out)
        }
    }
}
