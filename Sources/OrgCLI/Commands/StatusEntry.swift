import Foundation
import Logging
import OrgHTTP
import OrgModel

/// One entry of `orgtui status`: a profile, the environment's API, or the local store, with where its
/// token comes from.
struct StatusEntry {
    /// Where a backend's token comes from, never the token itself.
    enum Token {
        case environment, file(String), legacyFile(String), none, notNeeded

        var source: String {
            switch self {
            case .environment: "from the environment (ORGTUI_TOKEN)"
            case .file(let path): "saved in \(path)"
            case .legacyFile(let path): "the one-line \(path) (from before profiles)"
            case .none: "none"
            case .notNeeded: "not needed (local store)"
            }
        }
    }

    var name: String
    var backend: String
    var token: Token
    var active: Bool
    /// Which paths its requests use: ours, or the platform's (and the operations it lacks); nil for a store.
    var paths: String?
    /// Who the backend signs in as (one getMe), or why it does not work.
    var check: () -> Result<String, CLIFailure>

    /// The API of `--api` or the environment (when either names one), each saved profile, or the local store when
    /// there is neither; the active one is `selected` (or `ORGTUI_PROFILE`), else the environment's API,
    /// else the default profile, else the store. Each API is tried with the token `CredentialScope` allows
    /// for its origin, never another's; `ORGTUI_TOKEN` with `environmentAPIs`.
    static func all(
        selected option: String?, api given: String?, store named: String? = nil, environmentAPIs: [URL],
        environment: [String: String]
    ) throws -> [StatusEntry] {
        let selected = try ProfileChoice.selected(option, environment: environment)
        let profiles = try ProfileChoice.all(environment: environment)
        if let selected { _ = try ProfileChoice.named(selected, environment: environment) }
        let scope: CredentialScope
        do {
            scope = try CredentialScope.load(environment: environment, environmentAPIs: environmentAPIs)
        } catch {
            throw CLIFailure(error.message)
        }
        var entries: [StatusEntry] = []
        if BackendConnection.usesAPI(given, environment: environment) {
            let saved = try? HTTPBackend.baseURL(option: given, environment: environment).absoluteString
            let profile = profiles.first { $0.target == .api(saved ?? "") }
            entries.append(
                api(
                    given, name: given == nil ? "environment (ORGTUI_API_URL)" : "--api", profile: profile?.name,
                    cacert: profile?.cacert, scope, environment, active: selected == nil))
        }
        if let named { entries.append(store(named, name: "--store", active: selected == nil && entries.isEmpty)) }
        for profile in profiles {
            let active = selected.map { $0 == profile.name } ?? (entries.isEmpty && profile == profiles.first)
            let name = profile.name + (profile == profiles.first ? " (default)" : "")
            switch profile.target {
            case .api(let url):
                entries.append(
                    api(
                        url, name: name, profile: profile.name, cacert: profile.cacert, scope, environment,
                        active: active))
            case .store(let path):
                entries.append(store(path, name: name, active: active))
            }
        }
        if entries.isEmpty { entries.append(store(StoreLocation.defaultPath, name: "local store", active: true)) }
        return entries
    }

    private static func api(
        _ option: String?, name: String, profile: String?, cacert: String?, _ scope: CredentialScope,
        _ environment: [String: String], active: Bool
    ) -> StatusEntry {
        let base = Result { () throws(CredentialError) in
            try HTTPBackend.baseURL(option: option, environment: environment)
        }
        let allowed = (try? base.get()).flatMap { scope.credential(for: $0, profile: profile) }
        let token: Token =
            switch allowed?.source {
            case .environment: .environment
            case .profile: .file(scope.file.path)
            case .legacy: .legacyFile(scope.file.path)
            case nil: .none
            }
        let shown = (try? base.get())?.absoluteString ?? option ?? "?"
        let operations = Result { () throws -> OperationMap? in
            guard let url = try? base.get() else { return nil }
            return try ProfileChoice.operations(profile: profile, url: url, environment: environment)
        }
        let paths =
            switch operations {
            case .success(let map?): "the platform's, from its API document: " + PlatformPaths.summary(map)
            case .success(nil): "orgtui's own"
            case .failure: "unreadable (see works)"
            }
        return StatusEntry(name: name, backend: "API " + shown, token: token, active: active, paths: paths) {
            let url: URL
            switch base {
            case .success(let success): url = success
            case .failure(let error): return .failure(CLIFailure(error.message, status: .usage))
            }
            guard let credential = allowed?.credential else {
                let withheld = scope.withheld(from: url, profile: profile)
                let sentence =
                    profile.map { "no token for this profile: run orgtui login --profile \($0)." }
                    ?? "no token for this API: set ORGTUI_TOKEN, or run orgtui login --api \(url.absoluteString)."
                return .failure(
                    CLIFailure(sentence + (withheld.isEmpty ? "" : " " + withheld), status: .notAllowed))
            }
            let map: OperationMap?
            switch operations {
            case .success(let success): map = success
            case .failure(let error): return .failure(error as? CLIFailure ?? CLIFailure("\(error)"))
            }
            let configuration = HTTPConfiguration(
                logger: Logger(label: "orgtui.http"), operations: map,
                caFile: CertificateAuthorities.file(option: cacert, environment: environment))
            let backend = HTTPBackend(baseURL: url, credential: credential, configuration: configuration)
            return whoAmI(backend)
        }
    }

    private static func store(_ path: String, name: String, active: Bool) -> StatusEntry {
        StatusEntry(name: name, backend: "store " + path, token: .notNeeded, active: active) {
            var location = StoreLocation()
            location.store = path
            do {
                return whoAmI(try location.open().backend())
            } catch {
                return .failure(error as? CLIFailure ?? CLIFailure("\(error)"))
            }
        }
    }

    private static func whoAmI(_ backend: any Backend) -> Result<String, CLIFailure> {
        do {
            let me = try Blocking.wait { () throws(BackendError) in try await backend.getMe() }
            return .success("\(me.name) <\(me.email)>, roles \(me.roles.label)")
        } catch {
            return .failure(CLIFailure(error))
        }
    }
}
