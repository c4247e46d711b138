/// A gauge whose value is read when `GET /metrics` is answered, such as the database pool's connections in
/// use: its name, and how to read it now. Its name is its only label.
public struct MetricReading: Sendable {
    /// The gauge's name, such as `orgtui_database_connections_in_use`.
    public let label: String
    /// Its value now.
    public let read: @Sendable () -> Int

    public init(label: String, read: @escaping @Sendable () -> Int) {
        self.label = label
        self.read = read
    }
}
