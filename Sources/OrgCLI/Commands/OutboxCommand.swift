import ArgumentParser
import OrgText
import OrgStore

/// `orgtui outbox`: the emails the platform would have sent.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Show the emails the platform would have sent (invitations, password resets), oldest first."
    )

    @OptionGroup var location: StoreLocation

    @Flag(help: "Print each email in full, with its body.")
    var full = false

    func run() throws {
        let store = try location.open()
        let messages = try CLIFailure.reporting(store.outbox)
        guard !messages.isEmpty else { return Console.out("The outbox is empty.") }
        if full {
            for message in messages {
                Console.out("#\(message.id)  \(message.createdAt.cliText)  \(message.kind.rawValue)")
                Console.out("To: \(message.recipient)")
                Console.out("Subject: \(message.subject)")
                message.body.split(separator: "\n", omittingEmptySubsequences: false).forEach {
                    Console.out(String($0))
                }
                Console.out("")
            }
            return
        }
        var table = TextTable("ID", "SENT", "KIND", "TO", "SUBJECT")
        for message in messages {
            table.add(
                String(message.id), message.createdAt.cliText, message.kind.rawValue, message.recipient,
                message.subject)
        }
        table.lines.forEach(Console.out)
    }
}
