import Foundation
import OrgModel

extension Credential {
    /// The credentials file: `$XDG_CONFIG_HOME/orgtui/credentials`, where `XDG_CONFIG_HOME` defaults to
    /// `~/.config`.
    public static func configFilePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        XDGDirectory.config.path("credentials", environment: environment)
    }

    /// The credential to use: `ORGTUI_TOKEN`, else the token the credentials file keeps for `profile`, else
    /// the file's one line from before profiles, else nil (the caller then asks for it without echo). Like
    /// ssh, a credentials file that its group or others may read or write is refused, with the `chmod 600`
    /// to run.
    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment, profile: String? = nil
    ) throws(CredentialError) -> Credential? {
        if let token = environment["ORGTUI_TOKEN"], let credential = Credential(token: token) { return credential }
        let file = try CredentialFile.load(path: configFilePath(environment: environment))
        return profile.flatMap(file.credential(profile:)) ?? file.legacy
    }
}
