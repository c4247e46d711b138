import Foundation
import OrgModel
import PostgresNIO

extension PostgresClient {
    /// `withConnection`, but `.unavailable` when no connection could be had within `wait` (the pool would
    /// otherwise wait for ever for a database that is down or a URL that names no database); once `body` has
    /// its connection, it runs as long as it takes. The process's one `LeaseWatchdog` keeps the deadline.
    func lease<T: Sendable>(
        within wait: Duration = .seconds(10), _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let watchdog = LeaseWatchdog.shared
        let number = watchdog.watch(until: .now + wait)
        let leasing = Task {
            try await self.withConnection { connection in
                guard watchdog.leased(number) else { throw CancellationError() }
                return try await body(connection)
            }
        }
        watchdog.cancel(number) { leasing.cancel() }
        do {
            let value = try await withTaskCancellationHandler {
                try await leasing.value
            } onCancel: {
                leasing.cancel()
            }
            _ = watchdog.end(number)
            return value
        } catch {
            guard watchdog.end(number) else { throw error }
            throw BackendError.unavailable(
                """
                The database did not answer within \(wait.components.seconds) s: is it running, and does the URL \
                name a database that its user may use?
                """)
        }
    }
}
