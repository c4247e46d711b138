import Foundation

extension HTTPBackend {
    /// The API's base URL: `option` (from `--api`), else `ORGTUI_API_URL`, else `defaultBaseURL`.
    /// Refuses anything but https, and http to a literal loopback address or `localhost` (where `orgtui
    /// serve` listens; see `Loopback`), so that a token never crosses a network in the clear.
    public static func baseURL(
        option: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(CredentialError) -> URL {
        guard let text = option ?? environment["ORGTUI_API_URL"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return defaultBaseURL
        }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            let host = URLComponents(url: url, resolvingAgainstBaseURL: false)?.host, !host.isEmpty
        else {
            throw CredentialError("The API URL '\(text)' is not a URL such as https://api.model-prime.com/api/oum/v1.")
        }
        guard scheme == "https" || (scheme == "http" && Loopback.contains(url)) else {
            throw CredentialError(
                "The API URL must use https (plain http only to a loopback address: 127.x.x.x, [::1] or localhost); got '\(text)'."
            )
        }
        return url
    }
}
