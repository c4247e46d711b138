#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public extension Unicode.Scalar {
    /// The columns a terminal advances for this scalar alone: glibc's `wcwidth` in a UTF-8 locale, which is
    /// what ncursesw, xterm and tmux use. 0 for combining marks and zero-width characters, 2 for East Asian
    /// wide and fullwidth, 1 otherwise, and -1 for controls, separators and code points glibc does not know.
    /// It asks glibc in C.UTF-8 on this thread only, whatever the process's locale; were C.UTF-8 missing,
    /// every non-ASCII scalar would be -1 and so escaped by `Sanitizer`, never misjudged.
    var terminalWidth: Int {
        if value >= 0x20, value < 0x7F { return 1 }
        let previous = uselocale(UTF8Locale.ctype)
        defer { uselocale(previous) }
        return Int(cWCWidth(wchar_t(value)))
    }
}

/// The C.UTF-8 character-type locale that `terminalWidth` measures in, made once.
private enum UTF8Locale {
    nonisolated(unsafe) static let ctype = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
}

/// glibc's `wcwidth`, which the Glibc module leaves out (wchar.h declares it only under _XOPEN_SOURCE).
@_silgen_name("wcwidth")
private func cWCWidth(_ character: wchar_t) -> Int32
