import Foundation
import OrgModel

/// Which certificate authorities orgtui trusts for the API: those of a file that `--cacert` or a profile's
/// `cacert` names, else `CURL_CA_BUNDLE` or `SSL_CERT_FILE` as curl reads them, else the system's. A company
/// behind its own authority trusts it without editing the system's bundle.
public enum CertificateAuthorities {
    /// The file to trust: `option` (`--cacert` or a profile's `cacert`), else the environment's
    /// `CURL_CA_BUNDLE`, else its `SSL_CERT_FILE`; nil for the system's authorities.
    public static func file(
        option: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        option ?? ["CURL_CA_BUNDLE", "SSL_CERT_FILE"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    }

    /// Refuses, before anything is sent, a file that cannot be read, with why and what to give instead.
    static func checkReadable(_ path: String) throws(BackendError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd < 0 else {
            close(fd)
            return
        }
        let reason = String(cString: strerror(errno))
        throw .invalid(
            "The certificate authorities' file \(path) cannot be read (\(reason)): give --cacert, a profile's "
                + "cacert, CURL_CA_BUNDLE or SSL_CERT_FILE a readable PEM file. Nothing was sent.")
    }
}
