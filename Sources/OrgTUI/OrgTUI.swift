import ArgumentParser

@main
struct OrgTUI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgtui",
        abstract: "Administer the users of a Model-Prime organization from the terminal."
    )
}
