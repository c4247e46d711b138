import CoreMetrics
import Prometheus
import Synchronization

/// The server's metrics, through swift-metrics into a Prometheus registry of its own, which `GET /metrics`
/// writes in Prometheus' text format. Labels hold only an operation's name and a status code, never an
/// email, a token, an id or a query.
public final class ServerMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    /// The requests being answered now.
    private let inFlight: Meter
    /// The gauges read as the metrics are written (the database pool's use), each with its reading.
    private let readings: [(gauge: CoreMetrics.Gauge, reading: MetricReading)]
    /// The counters and timers made so far, kept: looking one up in the registry by label and dimensions
    /// cost more than the rest of counting a request.
    private let made = Mutex<Made>(Made())

    private struct Made {
        var requests: [Answer: CoreMetrics.Counter] = [:]
        var durations: [String: CoreMetrics.Timer] = [:]
        var tokenChecks: [Bool: CoreMetrics.Counter] = [:]
    }

    private struct Answer: Hashable {
        let operation: String
        let status: Int
    }

    /// Metrics that also write each of `readings` as a gauge, read at that moment.
    public init(readings: [MetricReading] = []) {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2.5), .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
            .seconds(2.5), .seconds(5), .seconds(10),
        ]
        self.factory = factory
        inFlight = Meter(label: "orgtui_http_requests_in_flight", factory: factory)
        self.readings = readings.map { (CoreMetrics.Gauge(label: $0.label, factory: factory), $0) }
    }

    /// Counts a request that started; `finished` counts its end.
    func started() {
        inFlight.increment()
    }

    /// Counts a request of `operation` answered with `status` after `duration`.
    func finished(operation: String, status: Int, duration: Duration) {
        inFlight.decrement()
        let (counter, timer) = made.withLock { made in
            (
                Self.kept(&made.requests, Answer(operation: operation, status: status)) {
                    Counter(
                        label: "orgtui_http_requests_total",
                        dimensions: [("operation", operation), ("status", String(status))], factory: factory)
                },
                Self.kept(&made.durations, operation) {
                    Timer(
                        label: "orgtui_http_request_duration_seconds", dimensions: [("operation", operation)],
                        factory: factory)
                }
            )
        }
        counter.increment()
        timer.recordNanoseconds(
            duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// Counts a token that the token cache knew (`hit`) or that was looked up in the store.
    func tokenChecked(hit: Bool) {
        made.withLock { made in
            Self.kept(&made.tokenChecks, hit) {
                Counter(
                    label: "orgtui_token_cache_total", dimensions: [("result", hit ? "hit" : "miss")], factory: factory)
            }
        }.increment()
    }

    /// The value kept for `key`, made by `make` and kept on first use.
    private static func kept<Key, Value>(_ values: inout [Key: Value], _ key: Key, make: () -> Value) -> Value {
        if let value = values[key] { return value }
        let value = make()
        values[key] = value
        return value
    }

    /// Every metric in Prometheus' text format, the readings read now.
    var text: [UInt8] {
        for (gauge, reading) in readings { gauge.record(reading.read()) }
        return registry.emitToBuffer()
    }
}
