import Foundation
import OpenAPIRuntime
import OrgModel

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
        case let failure as CurlFailure:
            self = .network(Self.describe(failure))
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

    private static func describe(_ failure: CurlFailure) -> String {
        switch failure.kind {
        case .unavailable, .refused: failure.message
        case .timeout: "no answer in time"
        case .connect: "cannot connect to the server (is it running, is the address right?)"
        case .resolve: "cannot find the server's host name"
        case .reset: "the connection was lost, or the server's answer was cut off or malformed"
        case .tls:
            "the server's TLS certificate is not trusted; the connection was refused (\(ErrorBody.clean(failure.message))). "
                + "If a private authority signed it, trust that authority's file with --cacert FILE"
        case .handshake:
            "the TLS handshake failed: is it an https server on that port, or should the URL start with http://? (\(ErrorBody.clean(failure.message)))"
        case .cancelled: "the request was cancelled"
        case .tooLarge:
            "the server's answer was larger than \(CurlTransport.maxResponseBytes >> 20) MiB; it was cut off"
        case .other: "the request failed: \(ErrorBody.clean(failure.message))"
        }
    }
}
