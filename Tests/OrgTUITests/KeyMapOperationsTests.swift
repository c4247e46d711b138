import OrgHTTP
import OrgModel
import Testing

@testable import OrgTUI

/// The keys of operations the platform's API lacks: not hinted, marked in the help with the reason.
@Suite struct KeyMapOperationsTests {
    private let lacking = OperationMap(
        mapped: [:], unmapped: ["deleteUser": "no operation is named deleteUser", "listAudit": "none"])

    @Test func theKeysOfAnUnmappedOperationAreHiddenWithTheReason() throws {
        let map = KeyMap.standard.hiding(lacking)
        #expect(map.refusal(.delete)?.contains("deleteUser") == true)
        #expect(map.refusal(.audit)?.contains("listAudit") == true)
        #expect(map.refusal(.invite) == nil)
        let hints = map.hints(in: .list, available: [.delete, .audit, .invite]).map(\.label)
        #expect(hints == ["Invite"])
        let delete = try #require(map.helpLines.first { $0.contains("Delete the selected user") })
        #expect(delete.contains("(hidden: the platform has no deleteUser)"))
        #expect(map.action(for: .character("d"), in: .list, takesText: false) == .command(.delete))
    }

    @Test func withoutAMapEveryKeyIsThere() {
        #expect(KeyMap.standard.hiding(nil) == KeyMap.standard)
        #expect(KeyMap.standard.hiding(OperationMap(mapped: [:])) == KeyMap.standard)
        #expect(!KeyMap.standard.helpLines.contains { $0.contains("(hidden") })
    }

    /// A profile switch applies the new profile's paths to the map the old one's had hidden keys in.
    @Test func switchingToAProfileWithEveryOperationShowsEveryKeyAgain() {
        let hidden = KeyMap.standard.hiding(lacking)
        #expect(hidden.hiding(nil) == KeyMap.standard)
        let fewer = OperationMap(mapped: [:], unmapped: ["listAudit": "none"])
        #expect(hidden.hiding(fewer).unavailable == [.audit: "listAudit"])
    }
}
