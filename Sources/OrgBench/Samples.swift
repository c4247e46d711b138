import Foundation

/// Timings of one operation, repeated: percentiles and their text.
struct Samples {
    /// Each run's time in seconds, sorted.
    let seconds: [Double]

    /// The middle value of `values` (the upper one of an even count).
    static func median<Value: Comparable>(_ values: [Value]) -> Value {
        values.sorted()[values.count / 2]
    }

    /// What `body` returns, and the seconds it took: one run, such as a first ask that later runs do not repeat.
    static func once<T>(_ body: () async throws -> T) async rethrows -> (value: T, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try await body()
        return (value, (clock.now - start).seconds)
    }

    /// Runs `body` once to warm up, then repeatedly: at least `minimum` and at most `maximum` times, and
    /// no more once `budget` has passed.
    static func measure(
        minimum: Int = 5, maximum: Int = 200, budget: Duration = .seconds(2),
        _ body: () async throws -> Void
    ) async rethrows -> Samples {
        let clock = ContinuousClock()
        try await body()
        var seconds: [Double] = []
        let deadline = clock.now + budget
        while seconds.count < maximum, seconds.count < minimum || clock.now < deadline {
            let start = clock.now
            try await body()
            seconds.append((clock.now - start).seconds)
        }
        return Samples(seconds: seconds.sorted())
    }

    /// The value below which `fraction` of the runs fall.
    func percentile(_ fraction: Double) -> Double {
        seconds[min(seconds.count - 1, Int((Double(seconds.count) * fraction).rounded(.down)))]
    }

    var p50: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }

    /// `p50 1.23 ms, p95 2.34 ms`.
    var text: String { "p50 \(Self.text(p50)), p95 \(Self.text(p95))" }

    /// A time in seconds as `0.123 ms`, `12.3 ms` or `12.3 s`.
    static func text(_ seconds: Double) -> String {
        if seconds < 0.001 { return String(format: "%.3f ms", seconds * 1_000) }
        if seconds < 1 { return String(format: "%.2f ms", seconds * 1_000) }
        return String(format: "%.1f s", seconds)
    }

    /// How many times faster `figure` is than `peer`: `37x`.
    static func ratio(peer: Double, figure: Double) -> String {
        String(format: peer / figure < 10 ? "%.1fx" : "%.0fx", peer / figure)
    }
}
