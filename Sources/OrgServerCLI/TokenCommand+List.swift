import ArgumentParser
import OrgCLI
import OrgRecords
import OrgText
import OrgModel

extension TokenCommand {
    /// `orgtui token list`: every token, without its secret.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the tokens, oldest first (never their secrets).")

        @OptionGroup var storage: ServerStorage

        func run() async throws {
            let store = try await storage.open().tokens
            let tokens: [TokenRecord]
            do throws(BackendError) { tokens = try await store.list() } catch { throw CLIFailure(error) }
            guard !tokens.isEmpty else {
                return Console.out("No tokens. Create one with: orgtui token create --email EMAIL")
            }
            var table = TextTable("ID", "EMAIL", "NAME", "CREATED")
            for token in tokens { table.add(token.id, token.email, token.name, token.createdAt.cliText) }
            table.lines.forEach(Console.out)
        }
    }
}
