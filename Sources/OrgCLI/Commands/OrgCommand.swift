import ArgumentParser
import OrgModel

/// `orgtui org`: the organization itself.
struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "org", abstract: "Show the organization.")

    @OptionGroup var backend: BackendOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let organization = try Blocking.read(try BackendConnection.open(backend)) { source throws(BackendError) in
            try await source.getOrganization()
        }
        try RowWriter<Organization>(output, single: true).writeAll([organization])
    }
}
