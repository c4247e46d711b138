import Foundation
@testable import OrgServer
import Testing

/// `Double.oneDecimal`, the request log's duration: byte for byte what `String(format: "%.1f")` writes.
@Suite struct OneDecimalTests {
    /// The values whose `oneDecimal` differs from `String(format: "%.1f")`.
    private func mismatches(_ values: some Sequence<Double>) -> [String] {
        values.compactMap { value in
            let expected = String(format: "%.1f", value)
            return value.oneDecimal == expected ? nil : "\(value): \(value.oneDecimal), not \(expected)"
        }
    }

    @Test func namedValuesMatchFormat() {
        let values: [Double] = [
            0, -0.0, 0.04, 0.05, 0.15, 0.25, 0.35, 0.45, 0.95, 0.96, 1.25, 1.35, 2.5, 9.95, 99.95, 999.95, 1e6 + 0.25,
            0x1p-5, 0x1p-5.nextDown, 0x1p-1074, 0.5.nextDown, 0.5, 0.25.nextUp, 0.75, 0.75.nextDown, 1.0.nextDown,
            -0.04, -0.05, -1.25, -999.95, 4_503_599_627_370_495.5, 0x1p52, 0x1p53 + 2, 1e15 + 0.05, 1e18,
            0x1p63.nextDown, 0x1p63, 1e20, -1e300, .greatestFiniteMagnitude, .infinity, -.infinity, .nan,
        ]
        #expect(mismatches(values) == [])
    }

    @Test func hundredthsAndHalfTenthsMatchFormat() {
        let hundredths = (0..<200_000).map { Double($0) / 100 }
        let halves = (0..<200_000).map { Double($0 / 20) + 0.05 * Double($0 % 20) }
        #expect(mismatches(hundredths + halves) == [])
    }

    @Test func valuesOfEveryMagnitudeMatchFormat() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let values = (0..<200_000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(
                sign: state & 1 == 0 ? .plus : .minus, exponentBitPattern: UInt(1023 - 40 + state >> 58),
                significandBitPattern: (state >> 5) & (1 << 52 - 1))
        }
        #expect(mismatches(values) == [])
    }
}
