import Foundation
import OrgCLI
import OrgHTTP
import OrgModel

/// After the terminal UI asked for a token, and only once the token worked, offers to save it (default No)
/// so that the next run need not ask.
enum TokenOffer {
    /// Checks `credential` with one getMe on `backend`; when it works, asks on the terminal whether to save
    /// it for `url` (as `profile`, or the profile `SignIn` names) and saves it on `y`, with the map of the
    /// platform's paths `backend` uses (the profile's own, kept) and the certificate authorities `cacert`
    /// (else the profile's own, kept). The UI starts either way: a token that did
    /// not work is not offered, and its error shows in the UI as before. Returns the profile it was saved
    /// as, nil when it was not.
    @discardableResult
    static func offer(
        _ credential: Credential, _ backend: HTTPBackend, url: URL, profile: String?, cacert: String?,
        _ environment: [String: String]
    ) -> String? {
        guard (try? Blocking.wait({ () throws(BackendError) in try await backend.getMe() })) != nil else { return nil }
        let path = Credential.configFilePath(environment: environment)
        FileHandle.standardOutput.write(Data("Save this token in \(path) for \(url.absoluteString)? [y/N] ".utf8))
        guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else { return nil }
        do {
            let profiles = try ProfileFile.load(path: ProfileFile.path(environment: environment))
            let name = SignIn.profileName(selected: profile, url: url, profiles: profiles)
            let kept = profiles.first { $0.name == name }?.cacert
            _ = try SignIn.save(
                credential, url: url, name: name, operations: backend.operations, cacert: cacert ?? kept,
                environment: environment)
            Console.out("Saved as profile \(name).")
            return name
        } catch {
            Console.error("Not saved: \(error.message)")
            return nil
        }
    }
}
