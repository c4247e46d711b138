import OrgModel

extension DemoPopulation {
    /// A naming culture of the demo population: its given and family names, and how a full name is written.
    struct Culture: Sendable {
        /// Whether the given name or the family name comes first.
        enum Order: Sendable {
            case givenFirst
            /// Family name first, joined by `separator` (`山田 太郎`, `王伟`).
            case familyFirst(separator: String)
        }

        /// A person as the generator composes them: the full name and the ASCII parts of their email.
        struct Person {
            var name: String
            var givenASCII: String
            var familyASCII: String
        }

        /// How common this culture is, relative to the others.
        let weight: Int
        let given: [Name]
        let family: [Name]
        var order: Order = .givenFirst
        /// Percent of people with a second given name (`Anna Maria`).
        var middlePercent = 8
        /// Percent of people with two family names, joined by `familyJoiner` (`García López`, `Smith-Jones`).
        var doubleFamilyPercent = 3
        var familyJoiner = "-"
        /// Percent of family-first people written romanized, given name first (`Taro Yamada`).
        var romanizedPercent = 0

        /// A person of this culture; a `long` one has several given and family names.
        func person(long: Bool, using rng: inout DemoRandom) -> Person {
            let givenCount = long ? 4 : (rng.percent(middlePercent) ? 2 : 1)
            let familyCount = long ? 4 : (rng.percent(doubleFamilyPercent) ? 2 : 1)
            let givens = (0..<givenCount).map { _ in given.randomElement(using: &rng)! }
            let families = (0..<familyCount).map { _ in family.randomElement(using: &rng)! }
            if case .familyFirst(let separator) = order, !long, !rng.percent(romanizedPercent) {
                let written = families.map(\.display).joined() + separator + givens.map(\.display).joined()
                return Person(name: written, givenASCII: givens[0].ascii, familyASCII: families[0].ascii)
            }
            let romanize: (Name) -> String = { if case .familyFirst = order { $0.romanized } else { $0.display } }
            let givenText = givens.map(romanize).joined(separator: " ")
            var familyParts = families.map(romanize)
            while givenText.count + 1 + familyParts.joined(separator: familyJoiner).count > Validation.maxNameLength,
                familyParts.count > 1
            {
                familyParts.removeLast()
            }
            let written = givenText + " " + familyParts.joined(separator: familyJoiner)
            return Person(name: written, givenASCII: givens[0].ascii, familyASCII: families[0].ascii)
        }
    }
}
