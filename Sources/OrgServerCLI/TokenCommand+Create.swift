import ArgumentParser
import OrgCLI
import OrgModel
import OrgRecords
import OrgServer

extension TokenCommand {
    /// `orgtui token create`: prints a new token once; the store keeps only its hash.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token for a member and print it once, as EMAIL:mpat_...; only its hash is kept."
        )

        @OptionGroup var storage: ServerStorage

        @Option(help: "The email of the member the token acts as.")
        var email: String

        @Option(help: "What the token is for, such as ci or laptop.")
        var name = "token"

        func validate() throws {
            if let problem = Validation.nameProblem(name) { throw ValidationError("--name: \(problem)") }
        }

        func run() async throws {
            let tokens = try await storage.open().tokens
            let issued: (token: String, record: TokenRecord)
            do throws(BackendError) {
                issued = try await AccessToken.issue(store: tokens, email: email, name: name)
            } catch .notFound {
                throw CLIFailure(.invalid("No member has the email \(email)."))
            } catch {
                throw CLIFailure(error)
            }
            Console.out(issued.token)
            Console.error(
                """
                Token \(issued.record.id) acts as \(issued.record.email). It is shown only this once: keep it in \
                ORGTUI_TOKEN or a 0600 credentials file.
                """)
        }
    }
}
