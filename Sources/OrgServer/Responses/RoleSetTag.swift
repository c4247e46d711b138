import Foundation
import OrgModel

/// The `ETag` of a user's role set, a strong validator made of the sorted role names (`"roles:admin+analyst"`),
/// and the role sets an `If-Match` names (an extension of `orgtui serve`, contract.md).
enum RoleSetTag {
    /// The entity tag of `roles`, quoted as the header carries it.
    static func tag(_ roles: Set<Role>) -> String {
        "\"roles:" + roles.map(\.rawValue).sorted().joined(separator: "+") + "\""
    }

    /// The role sets named by an `If-Match` value, in its order; nil for `*`, which any user matches. A weak
    /// tag (`W/"…"`) or one that is not a role set's names nothing: If-Match compares strongly.
    static func roleSets(ifMatch value: String) -> [Set<Role>]? {
        let tags = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if tags == ["*"] { return nil }
        return tags.compactMap(roleSet)
    }

    /// The role set whose tag is exactly `tag`, if any.
    private static func roleSet(_ tag: String) -> Set<Role>? {
        let roles = Set(tag.dropFirst(7).dropLast().split(separator: "+").compactMap { Role(rawValue: String($0)) })
        return tag == Self.tag(roles) ? roles : nil
    }
}
