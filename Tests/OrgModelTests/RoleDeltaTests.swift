import OrgModel
import Testing

/// A role change's arithmetic and its short form, shared by the role editor and `orgtui users roles`.
@Suite struct RoleDeltaTests {
    @Test func theDeltaBetweenTwoSetsNamesAdditionsThenRemovalsInThePlatformsOrder() {
        let delta = RoleDelta(from: [.developer, .analyst], to: [.analyst, .admin])
        #expect(delta == RoleDelta(add: [.admin], remove: [.developer]))
        #expect(delta.description == "+admin -developer")
        #expect(RoleDelta(from: [.admin], to: [.developer, .analyst]).description == "+developer +analyst -admin")
    }

    @Test func noDifferenceIsNoChange() {
        let delta = RoleDelta(from: [.developer], to: [.developer])
        #expect(delta.isEmpty)
        #expect(delta.description == "no change")
    }

    @Test func applyingAddsThenRemovesAndARoleInBothEndsUpRemoved() {
        #expect(RoleDelta(add: [.admin]).applied(to: [.developer]) == [.admin, .developer])
        #expect(RoleDelta(remove: [.analyst]).applied(to: [.developer]) == [.developer])
        #expect(RoleDelta(add: [.admin], remove: [.admin, .developer]).applied(to: [.developer]) == [])
    }
}
