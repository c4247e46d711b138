import OrgModel
import OrgRecords

/// A deterministic generator of realistic members for demo stores, benches and tests: given and family
/// names from many cultures (accented, CJK, Cyrillic, hyphenated, multi-part and very long ones), unique
/// plausible emails derived from the names, Auth0-like ids, a realistic mix of roles (most developers or
/// analysts, a few admins, some with two roles) and connections (about 60% Google). It uses its own
/// seeded generator, so the same seed gives the same members in the same order on every machine.
public struct DemoPopulation: Sendable {
    /// The organization of a demo store.
    static let organization = OrganizationSeed(name: "Acme Robotics", shortName: "acme")

    /// The demo store's "me": an admin with a password, so that every screen and action is usable.
    static let admin = MemberSeed(
        id: "auth0|64b0d3a1c2e4f5a6b7c8d9e0", name: "Dana Demo", email: "dana.demo@acme.test", roles: [.admin],
        connection: .usernamePassword
    )

    /// The percent of members whose name is very long (four given and four family names).
    static let longNamePercent = 1

    private static let totalWeight = Culture.all.reduce(0) { $0 + $1.weight }

    private var random: DemoRandom
    private let idBase: UInt64
    private var index: UInt64 = 0
    private var emailCounts: [String: Int] = [:]

    /// A generator whose members are fixed by `seed`.
    public init(seed: UInt64) {
        random = DemoRandom(seed: seed)
        idBase = DemoRandom.scramble(~seed)
    }

    /// The next `count` members; calling it again continues the same sequence.
    public mutating func next(_ count: Int) -> [MemberSeed] {
        (0..<count).map { _ in nextMember() }
    }

    private mutating func nextMember() -> MemberSeed {
        let culture = pickCulture()
        let person = culture.person(long: random.percent(Self.longNamePercent), using: &random)
        let connection: Connection = random.percent(60) ? .googleOAuth2 : .usernamePassword
        let member = MemberSeed(
            id: nextID(connection),
            name: person.name,
            email: uniqueEmail(for: person, connection: connection),
            roles: pickRoles(),
            connection: connection
        )
        index += 1
        return member
    }

    private mutating func pickCulture() -> Culture {
        var draw = Int.random(in: 0..<Self.totalWeight, using: &random)
        for culture in Culture.all {
            if draw < culture.weight { return culture }
            draw -= culture.weight
        }
        return Culture.all[0]
    }

    /// Most members are developers or analysts, about one in eight has both, about one in twenty-five is an admin.
    private mutating func pickRoles() -> Set<Role> {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<54: [.developer]
        case 54..<84: [.analyst]
        case 84..<96: [.developer, .analyst]
        case 96..<98: [.admin]
        case 98: [.admin, .developer]
        default: [.admin, .analyst]
        }
    }

    /// `auth0|` and 24 hex digits, or `google-oauth2|` and 21 digits; unique because the bits come from a
    /// bijection of the member's index.
    private func nextID(_ connection: Connection) -> String {
        let bits = DemoRandom.scramble(idBase &+ index)
        switch connection {
        case .googleOAuth2:
            return "google-oauth2|1" + String(bits).leftPadded(to: 20)
        case .usernamePassword:
            let timestamp = 0x5600_0000 + UInt32(truncatingIfNeeded: DemoRandom.scramble(bits)) % 0x1400_0000
            return "auth0|" + String(timestamp, radix: 16) + String(bits, radix: 16).leftPadded(to: 16)
        }
    }

    /// An address such as `jose.garcia@acme.test`, `jgarcia@acme.test` or `yamada.taro@gmail.com`; a
    /// repeated one gets a number (`jose.garcia2@acme.test`), which the letters-only names never contain.
    private mutating func uniqueEmail(for person: Culture.Person, connection: Connection) -> String {
        let given = person.givenASCII, family = person.familyASCII
        let local =
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<6: given + "." + family
            case 6..<8: String(given.prefix(1)) + family
            case 8: given + "_" + family
            default: given + family
            }
        let domain = connection == .googleOAuth2 && random.percent(15) ? "gmail.com" : "acme.test"
        let base = local + "@" + domain
        let seen = emailCounts[base, default: 0] + 1
        emailCounts[base] = seen
        return seen == 1 ? base : local + String(seen) + "@" + domain
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
