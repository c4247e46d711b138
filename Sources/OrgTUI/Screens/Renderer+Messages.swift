import OrgText
import OrgModel

extension Renderer {
    /// The most lines a status message takes above the hint bar; a longer one ends in "…" (`!` shows it whole).
    static let statusLines = 3

    /// The status message wrapped, its last line on `area` and the others over the bottom of the body above it,
    /// at most `statusLines`.
    func drawStatus(_ message: StatusMessage?, in area: Rect, into grid: inout Grid) {
        guard let message else { return }
        var lines = Sanitizer.clean(message.text).wrapped(toWidth: area.width - 2)
        if lines.count > Self.statusLines {
            lines = Array(lines.prefix(Self.statusLines))
            lines[lines.count - 1] = String(lines[lines.count - 1].dropLast()) + "…"
        }
        let top = max(0, area.y - lines.count + 1)
        for (offset, line) in lines.enumerated() {
            grid.clear(x: area.x, y: top + offset, columns: area.width)
            grid.put(" " + line, x: area.x, y: top + offset, limit: area.width, style: Style(message.kind))
        }
    }

    /// The recent messages in `area`, newest first: each one's time (UTC) and its text wrapped beside it,
    /// scrolled by `scroll` lines (clamped to the end).
    func drawMessages(_ log: MessageLog, scroll: Int, in area: Rect, into grid: inout Grid) {
        guard !log.entries.isEmpty else {
            grid.put(" No messages yet.", x: area.x, y: area.y, limit: area.width, style: .dim)
            return
        }
        let timeWidth = 10
        var lines: [(time: String, text: String, style: Style)] = []
        for entry in log.entries {
            let time = entry.at.map { String($0.cliText.suffix(9)) } ?? ""
            let text = Sanitizer.clean(entry.message.text).wrapped(toWidth: area.width - timeWidth - 2)
            for (index, line) in text.enumerated() {
                lines.append((index == 0 ? time : "", line, Style(entry.message.kind)))
            }
        }
        let first = max(0, min(scroll, lines.count - area.height))
        for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            grid.put(line.time, x: area.x + 1, y: area.y + offset, style: .dim)
            grid.put(line.text, x: area.x + 1 + timeWidth, y: area.y + offset, style: line.style)
        }
    }
}
