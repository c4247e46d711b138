import Foundation

/// A fresh directory under the system's temporary directory; `defer { directory.remove() }` removes it.
struct TemporaryDirectory: Sendable {
    /// The directory's path.
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "orgtui-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the directory.
    func file(_ name: String) -> String {
        path + "/" + name
    }

    /// Removes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
