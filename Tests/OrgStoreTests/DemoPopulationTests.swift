import OrgModel
import OrgRecords
import Testing
@testable import OrgStore

/// The demo generator: deterministic for a seed, varied, valid and unique.
@Suite struct DemoPopulationTests {
    static let sample: [MemberSeed] = {
        var population = DemoPopulation(seed: 42)
        return population.next(20_000)
    }()

    @Test func theSameSeedGivesTheSameMembersAndAnotherSeedOthers() {
        var again = DemoPopulation(seed: 42)
        var other = DemoPopulation(seed: 43)
        #expect(again.next(20_000) == Self.sample)
        #expect(other.next(1_000) != Array(Self.sample.prefix(1_000)))
    }

    @Test func batchesContinueOneSequence() {
        var batched = DemoPopulation(seed: 42)
        let joined = batched.next(7_000) + batched.next(13_000)
        #expect(joined == Self.sample)
    }

    @Test func everyMemberIsValidWithAUniqueEmailAndID() {
        #expect(Self.sample.compactMap(\.problem).isEmpty)
        #expect(Set(Self.sample.map(\.email)).count == Self.sample.count)
        #expect(Set(Self.sample.compactMap(\.id)).count == Self.sample.count)
        #expect(!Self.sample.contains { $0.email == DemoPopulation.admin.email })
    }

    @Test func idsHaveAuth0Shapes() {
        for member in Self.sample.prefix(2_000) {
            let id = member.id ?? ""
            switch member.connection {
            case .googleOAuth2:
                let digits = id.dropFirst("google-oauth2|".count)
                #expect(id.hasPrefix("google-oauth2|") && digits.count == 21 && digits.allSatisfy(\.isNumber), "\(id)")
            case .usernamePassword:
                let hex = id.dropFirst("auth0|".count)
                #expect(id.hasPrefix("auth0|") && hex.count == 24 && hex.allSatisfy(\.isHexDigit), "\(id)")
            }
        }
    }

    @Test func namesAreVaried() {
        let names = Self.sample.map(\.name)
        let accented = names.filter { $0.unicodeScalars.contains { (0xC0...0x24F).contains($0.value) } }
        let cjk = names.filter { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        let hangul = names.filter { $0.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
        let cyrillic = names.filter { $0.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } }
        #expect(accented.count > Self.sample.count / 20)
        #expect(cjk.count > Self.sample.count / 100)
        #expect(hangul.count > 0 && cyrillic.count > 0)
        #expect(names.contains { $0.contains("José") } && names.contains { $0.contains("Zoë") })
        #expect(names.contains { $0.contains("Łukasz") } && names.contains { $0.contains("山田 太郎") })
        #expect(names.filter { $0.count > 50 }.count > Self.sample.count / 200)
        #expect(names.allSatisfy { $0.count <= Validation.maxNameLength })
        #expect(names.filter { $0.contains("-") }.count > Self.sample.count / 50)
        #expect(names.filter { $0.split(separator: " ").count >= 3 }.count > Self.sample.count / 20)
        #expect(Set(names).count > Self.sample.count / 2)
    }

    @Test func rolesAndConnectionsHaveARealisticMix() {
        let count = Double(Self.sample.count)
        let share = { (test: (MemberSeed) -> Bool) in Double(Self.sample.filter(test).count) / count }
        #expect((0.55...0.65).contains(share { $0.connection == .googleOAuth2 }))
        #expect((0.02...0.08).contains(share { $0.roles.contains(.admin) }))
        #expect(share { $0.roles.count == 2 } > 0.08)
        #expect(share { $0.roles == [.developer] } > 0.4)
        #expect(share { $0.roles == [.analyst] } > 0.2)
        #expect(Self.sample.allSatisfy { !$0.roles.isEmpty })
    }

    @Test func emailsAreDerivedFromNames() {
        let joses = Self.sample.filter { $0.name.hasPrefix("José ") }
        #expect(!joses.isEmpty)
        #expect(joses.allSatisfy { $0.email.hasPrefix("jose") || $0.email.hasPrefix("j") })
        #expect(Self.sample.allSatisfy { $0.email.hasSuffix("@acme.test") || $0.email.hasSuffix("@gmail.com") })
    }
}
