import ArgumentParser
import OrgCLI
import OrgModel
import OrgStore

extension TokenCommand {
    /// `orgtui token revoke ID`: the token stops working at once.
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by its id (see `orgtui token list`).")

        @OptionGroup var location: StoreLocation

        @Argument(help: "The token's id.")
        var id: String

        func run() throws {
            let tokens = TokenStore(store: try location.open())
            try CLIFailure.reporting { () throws(BackendError) in
                do throws(BackendError) {
                    try tokens.revoke(id: id)
                } catch .notFound {
                    throw .invalid("No token has the id \(id); see `orgtui token list`.")
                }
            }
            Console.out("Revoked token \(id).")
        }
    }
}
