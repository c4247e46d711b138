import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OrgModel

extension Credential {
    /// The credentials file: `$XDG_CONFIG_HOME/orgtui/credentials`, where `XDG_CONFIG_HOME` defaults to
    /// `~/.config`.
    public static func configFilePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        XDGDirectory.config.path("credentials", environment: environment)
    }

    /// The credential to use: `ORGTUI_TOKEN`, else the first line of the credentials file, else nil (the
    /// caller then asks for it without echo). Like ssh, a credentials file that its group or others may
    /// read or write is refused, with the `chmod 600` to run.
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(CredentialError) -> Credential?
    {
        if let token = environment["ORGTUI_TOKEN"], let credential = Credential(token: token) { return credential }
        return try read(file: configFilePath(environment: environment))
    }

    /// The credential in the file at `path`, nil when there is no file or it holds no token.
    static func read(file path: String) throws(CredentialError) -> Credential? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw CredentialError("Cannot read \(path): \(String(cString: strerror(errno))).")
        }
        let mode = status.st_mode & 0o777
        if mode & 0o077 != 0 {
            throw CredentialError(
                """
                \(path) holds a secret but its group or others may access it (mode \(String(mode, radix: 8))); \
                it was not used. Run: chmod 600 \(path)
                """)
        }
        guard let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) })
        else {
            throw CredentialError("Cannot read \(path): it is not a readable text file.")
        }
        let line = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") }
        return line.flatMap(Credential.init(token:))
    }
}
