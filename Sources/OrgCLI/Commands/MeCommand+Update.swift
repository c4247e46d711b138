import ArgumentParser
import OrgModel

extension MeCommand {
    /// `orgtui me update [--name N] [--email E]`: changes the signed-in user's profile, checked as the terminal
    /// UI's profile form checks it; only the fields that differ are sent.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Change your name or email (username-password users; Google users change them at Google).")

        @OptionGroup var backend: BackendOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var changes: ChangeOptions

        @Option(help: "Your new name.")
        var name: String?

        @Option(help: "Your new email address.")
        var email: String?

        func validate() throws {
            if name == nil, email == nil { throw ValidationError("Give --name, --email or both.") }
            if let problem = UserUpdate(email: email, name: name).problem { throw ValidationError(problem) }
        }

        func run() throws {
            let runner = try ChangeRunner(backend, output: output, changes: changes)
            try runner.run { () throws(BackendError) in
                let me = try Blocking.wait { [backend = runner.backend] () throws(BackendError) in
                    try await backend.getMe()
                }.user
                let update = UserUpdate(
                    email: email == me.email ? nil : email, name: name == me.name ? nil : name)
                guard update != UserUpdate() else { return UserChange(nothingFor: me, because: "no change") }
                let summary = [("name", me.name, update.name), ("email", me.email, update.email)]
                    .compactMap { field, old, new in new.map { "\(field): \(old) -> \($0)" } }
                    .joined(separator: "; ")
                return UserChange(me, summary, request: .updateMe(update), outcome: "updated")
            }
        }
    }
}
