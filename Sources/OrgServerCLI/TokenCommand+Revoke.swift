import ArgumentParser
import OrgCLI
import OrgModel
import OrgStore

extension TokenCommand {
    /// `orgtui token revoke ID`: the token stops working at once.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by its id (see `orgtui token list`).")

        @OptionGroup var storage: ServerStorage

        @Argument(help: "The token's id.")
        var id: String

        func run() async throws {
            let tokens = try await storage.open().tokens
            do throws(BackendError) {
                try await tokens.revoke(id: id)
            } catch .notFound {
                throw CLIFailure(.invalid("No token has the id \(id); see `orgtui token list`."))
            } catch {
                throw CLIFailure(error)
            }
            Console.out("Revoked token \(id).")
        }
    }
}
