// A child process for LoopbackProxyTests, so that the proxy variables it is given never reach the other
// tests' clients: asks getMe of the API at the first argument with the token in ORGTUI_TOKEN, and prints the
// user's id (exit 0) or the error's message (exit 1).
import Foundation
import OrgHTTP
import OrgModel

let backend = HTTPBackend(
    baseURL: URL(string: CommandLine.arguments[1])!,
    credential: Credential(token: ProcessInfo.processInfo.environment["ORGTUI_TOKEN"] ?? "")!,
    configuration: HTTPConfiguration(requestTimeout: 5, retry: RetryPolicy(maxAttempts: 1))
)
do {
    print(try await backend.getMe().id)
} catch {
    print(error.message)
    exit(1)
}
