public extension Character {
    /// The terminal columns this character takes: the sum of its scalars' `terminalWidth` (negative ones
    /// count 0), which is what a terminal that draws each code point advances. After `Sanitizer.clean`
    /// every cluster is one the terminal draws in exactly these columns.
    var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + max(0, $1.terminalWidth) }
    }
}

public extension String {
    /// The terminal columns this string takes: the sum over its scalars of `terminalWidth` (negative
    /// ones count 0; `Sanitizer.clean` leaves none).
    var displayWidth: Int {
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
        return unicodeScalars.reduce(0) { $0 + max(0, $1.terminalWidth) }
    }

    /// This string cut to at most `width` columns; when cut, it ends with "…". Never splits a character.
    func cut(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        var out = ""
        var used = 0
        for character in self {
            let w = character.displayWidth
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// This string cut or padded with spaces to exactly `width` columns.
    func fit(toWidth width: Int) -> String {
        let cut = cut(toWidth: width)
        return cut + String(repeating: " ", count: max(0, width - cut.displayWidth))
    }
}

public extension String {
    /// The end of this string in at most `width` columns, starting with "…" when cut (for text fields,
    /// whose end is where the typing happens).
    func tail(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        var out: [Character] = []
        var used = 0
        for character in reversed() {
            let w = character.displayWidth
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return "…" + String(out.reversed())
    }

    /// This string broken into lines of at most `width` columns, at spaces where possible; never splits a
    /// character.
    func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in split(separator: " ") {
            let wordWidth = String(word).displayWidth
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            for character in word {
                // A character wider than a whole line shows as "…" rather than overflow it.
                let piece: Character = character.displayWidth > width ? "…" : character
                let w = piece.displayWidth
                if lineWidth + w > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(piece)
                lineWidth += w
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
