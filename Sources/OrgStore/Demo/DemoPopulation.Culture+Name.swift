import Foundation

extension DemoPopulation.Culture {
    /// One given or family name of the demo population: as written, and as it appears in an email address.
    struct Name: Sendable {
        /// The name as written, such as `José`, `山田` or `de la Torre`.
        let display: String
        /// Lower-case ASCII letters and hyphens, such as `jose`, `yamada` or `delatorre`.
        let ascii: String

        /// The names of a comma-separated list; an entry `display|ascii` gives its ASCII form, otherwise
        /// it is the display form without accents, spaces or apostrophes.
        static func list(_ entries: String) -> [Name] {
            entries.split(separator: ",").map { entry in
                let parts = entry.split(separator: "|").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                return Name(display: parts[0], ascii: parts.count > 1 ? parts[1] : asciiForm(of: parts[0]))
            }
        }

        /// The ASCII form capitalized, as a romanized name is written: `taro` gives `Taro`.
        var romanized: String {
            ascii.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }

        private static func asciiForm(of display: String) -> String {
            let folded = display.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            return String(folded.unicodeScalars.filter { ("a"..."z").contains($0) || $0 == "-" }.map(Character.init))
        }
    }
}
