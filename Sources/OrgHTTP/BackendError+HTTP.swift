import Foundation
import OpenAPIRuntime
import OrgModel
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension BackendError {
    /// The BackendError for whatever a call through the generated client threw. The message names what
    /// went wrong and never contains the credential.
    init(httpFailure error: any Error) {
        let cause = (error as? ClientError)?.underlyingError ?? error
        switch cause {
        case let error as BackendError:
            self = error
        case let status as HTTPStatusError:
            self = status.backendError
        case let timeout as TimeoutMiddleware.TimedOut:
            self = .network("no answer within \(Self.seconds(timeout.seconds)) s")
        case let urlError as URLError:
            self = .network(Self.describe(urlError))
        case is DecodingError:
            self = .decoding("the answer is not the JSON the API describes")
        case is CancellationError:
            self = .network("the request was cancelled")
        default:
            if let clientError = error as? ClientError, clientError.causeDescription.contains("Unexpected response") {
                self = .decoding("the server answered with an unexpected status")
            } else {
                self = .decoding(ErrorBody.clean("\(type(of: cause))"))
            }
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    private static func describe(_ error: URLError) -> String {
        let detail = error.localizedDescription
        if error.code == .unknown, detail.contains("SSL") || detail.contains("certificate") {
            return "the server's TLS certificate is not trusted; the connection was refused (\(ErrorBody.clean(detail)))"
        }
        return switch error.code {
        case .timedOut: "no answer in time"
        case .cannotConnectToHost: "cannot connect to the server (is it running, is the address right?)"
        case .cannotFindHost, .dnsLookupFailed: "cannot find the server's host name"
        case .networkConnectionLost: "the connection was lost (reset by the server)"
        case .notConnectedToInternet: "not connected to a network"
        case .badServerResponse: "the server's answer was cut off or malformed"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            "the server's TLS certificate is not trusted; the connection was refused"
        case .cancelled: "the request was cancelled"
        default: "the request failed: \(ErrorBody.clean(detail))"
        }
    }
}
