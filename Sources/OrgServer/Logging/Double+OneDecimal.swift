import Foundation

extension Double {
    /// The value to one decimal, byte for byte as `String(format: "%.1f", value)` writes it (the exact binary
    /// value rounded half to even), without Foundation's formatting on the request log's path: the integer
    /// part and the tenths come from the value's bits. Values of 2^63 and beyond, infinities and NaN, which a
    /// duration never is, are handed to `String(format:)`.
    var oneDecimal: String {
        let magnitude = self.magnitude
        guard magnitude < 0x1p63 else { return String(format: "%.1f", self) }
        var whole = UInt64(magnitude)
        let fraction = magnitude - Double(whole)
        var tenths: UInt64 = 0
        // Below 1/32 the tenths are 0 (10 × fraction < 0.3125); above, fraction = significand × 2^-shift exactly.
        if fraction >= 0x1p-5 {
            let significand = (1 << UInt64(Double.significandBitCount)) | fraction.significandBitPattern
            let shift = UInt64(Double.significandBitCount - Int(fraction.exponent))
            let scaled = significand * 10
            tenths = scaled >> shift
            let rest = scaled & ((1 << shift) - 1)
            let half: UInt64 = 1 << (shift - 1)
            if rest > half || (rest == half && tenths % 2 == 1) { tenths += 1 }
            if tenths == 10 {
                whole += 1
                tenths = 0
            }
        }
        return (sign == .minus ? "-" : "") + String(whole) + "." + String(tenths)
    }
}
