import Foundation
import OrgFiles

extension Credential {
    /// The credentials file: `$XDG_CONFIG_HOME/orgtui/credentials`, where `XDG_CONFIG_HOME` defaults to
    /// `~/.config`. Which of its tokens may go where is `CredentialScope`'s to say.
    public static func configFilePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        XDGDirectory.config.path("credentials", environment: environment)
    }
}
