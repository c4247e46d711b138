// The libFuzzer target `fuzz-terminal`: the sanitizer and display width together, on any text a backend
// could send. What `Sanitizer.clean` lets through holds no C0 control, DEL or C1 control; it is exactly as
// wide as orgtui believes (`displayWidth` equals the sum of glibc's wcwidth over its code points, which is
// how a terminal counts, and no code point in it is one wcwidth does not know); cleaning it again changes
// nothing; and cutting or fitting it to a width never goes past that width. Built and run by
// `Fuzz/run.sh terminal SECONDS` (see the Makefile's `fuzz`).
import Foundation
import FuzzDriver
import OrgText
#if canImport(Glibc)
import Glibc
#endif

/// glibc's wcwidth needs a UTF-8 locale, as a terminal's program has.
private let utf8Locale: Bool = setlocale(LC_CTYPE, "C.UTF-8") != nil

/// glibc's wcwidth, which the Glibc module leaves out; called here directly, in the process's C.UTF-8
/// locale, apart from the way orgtui calls it.
@_silgen_name("wcwidth")
private func glibcWCWidth(_ character: wchar_t) -> Int32

/// The columns a terminal gives `scalar`; -1 when wcwidth does not know it.
private func terminalWidth(_ scalar: Unicode.Scalar) -> Int {
    Int(glibcWCWidth(wchar_t(bitPattern: scalar.value)))
}

private func fail(_ what: String, _ text: String) -> Never {
    let scalars = text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
    fatalError("\(what): [\(scalars)]")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTerminal(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    precondition(utf8Locale, "the C.UTF-8 locale is missing")
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let clean = Sanitizer.clean(text)
    var width = 0
    for scalar in clean.unicodeScalars {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { fail("a control character survived", clean) }
        let columns = terminalWidth(scalar)
        if columns < 0 { fail("U+\(String(scalar.value, radix: 16)) survived, which wcwidth does not know", clean) }
        width += columns
    }
    if clean.displayWidth != width { fail("orgtui counts \(clean.displayWidth) columns, a terminal \(width)", clean) }
    if Sanitizer.clean(clean) != clean { fail("cleaning twice changed the text", clean) }
    for limit in [0, 1, 2, 3, 7, 40] {
        if clean.cut(toWidth: limit).displayWidth > limit { fail("cut to \(limit) is wider", clean) }
        if clean.fit(toWidth: limit).displayWidth != limit { fail("fit to \(limit) is not \(limit) wide", clean) }
        if clean.tail(toWidth: limit).displayWidth > limit { fail("tail to \(limit) is wider", clean) }
    }
    return 0
}

@main
enum FuzzMain {
    static func main() {
        FuzzDriver.run(fuzzTerminal)
    }
}
