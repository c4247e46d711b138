import Foundation

/// The company an admin administers on the platform.
public struct Organization: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var shortName: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: String, name: String, shortName: String, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
