import Foundation
import OrgText
import Testing

/// glibc's `wcwidth`, asked through the process's locale (set here to C.UTF-8), not the way the code does.
@_silgen_name("wcwidth")
private func glibcWCWidth(_ character: Int32) -> Int32

/// The property the fuzz target checks too: after `Sanitizer.clean`, `displayWidth` is the sum of glibc's
/// `wcwidth` over the scalars, no scalar has a negative width, and no C0, DEL or C1 control is left.
@Suite("Sanitizer properties")
struct SanitizerPropertyTests {
    private static let localeSet: Bool = setlocale(LC_CTYPE, "C.UTF-8") != nil

    /// The problem with `clean` (the output of `Sanitizer.clean`), or nil.
    private static func problem(_ clean: String) -> String? {
        var sum = 0
        for scalar in clean.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return "control \(scalar.value) survives" }
            let width = Int(glibcWCWidth(Int32(bitPattern: scalar.value)))
            if width < 0 { return "U+\(String(scalar.value, radix: 16)) has wcwidth -1" }
            sum += width
        }
        if clean.displayWidth != sum { return "displayWidth \(clean.displayWidth), wcwidth sum \(sum)" }
        if let wide = clean.first(where: { $0.displayWidth < 1 || $0.displayWidth > 4 }) {
            return "a cluster of \(wide.displayWidth) columns: \(wide.unicodeScalars.map(\.value))"
        }
        if Sanitizer.clean(clean) != clean { return "cleaning twice changes it" }
        return nil
    }

    @Test("Every scalar, alone (after a base when zero-width), comes out with exact widths")
    func everyScalar() {
        #expect(Self.localeSet)
        var failures: [String] = []
        for value in UInt32(0)...0x10FFFF {
            // Planes 4 to 13 are unassigned: one in 101 of them stands for the rest (time).
            if (0x40000..<0xE0000).contains(value), value % 101 != 0 { continue }
            guard let scalar = Unicode.Scalar(value) else { continue }
            // After a base only the zero-width ones can join it.
            for text in glibcWCWidth(Int32(bitPattern: value)) == 0 ? ["a" + String(scalar)] : [String(scalar)] {
                if let problem = Self.problem(Sanitizer.clean(text)) {
                    failures.append("U+\(String(value, radix: 16)): \(problem)")
                }
            }
            if failures.count > 5 { break }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("Random hostile names come out with exact widths")
    func hostileNames() {
        #expect(Self.localeSet)
        var names = HostileText(seed: HostileText.seedFromEnvironment())
        for _ in 0..<3_000 {
            let name = names.next()
            if let problem = Self.problem(Sanitizer.clean(name)) {
                Issue.record(
                    "seed \(names.seed) (ORGTUI_TEST_SEED=\(names.seed) replays it): \(problem) for \(name.unicodeScalars.map(\.value))"
                )
                return
            }
        }
    }
}
