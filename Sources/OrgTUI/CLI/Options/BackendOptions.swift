import ArgumentParser
import OrgCLI

/// `--store PATH` and `--api URL`: where the terminal UI and every command find the organization.
struct BackendOptions: ParsableArguments {
    @OptionGroup var location: StoreLocation

    @Option(help: ArgumentHelp("The org-user-management API's base URL, instead of a local store.", valueName: "url"))
    var api: String?
}
