import Foundation
import OrgModel

/// The rows of an import file that ended invited or skipped, one email a line, appended as each ends, so
/// that a run of the same file on the same backend after an interruption or a failure sends none of them
/// again. The file is named after the import file's content and the backend, so a changed file or
/// another organization starts afresh.
final class ImportJournal: @unchecked Sendable {
    /// The journal's path.
    let path: String
    /// The emails (lowercased) that an earlier run ended.
    let done: Set<String>
    private let fd: Int32
    private let lock = NSLock()

    /// Opens (creating it and its directory, 0600) the journal for `content` sent to `backend` in
    /// `directory`, and reads what earlier runs recorded.
    init(directory: String, content: Data, backend: String) throws {
        path = directory + "/import-" + Self.key(content, backend) + ".journal"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let earlier = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        done = Set(earlier.split(separator: "\n").map { String($0).lowercased() })
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
    }

    deinit { close(fd) }

    /// Records that the row for `email` has ended, before anything else happens (one write, no buffer).
    func record(_ email: String) {
        let line = Array((email.lowercased() + "\n").utf8)
        lock.withLock { _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
    }

    /// A 128-bit FNV-1a hash, in hex, of the content and the backend it goes to.
    static func key(_ content: Data, _ backend: String) -> String {
        var low: UInt64 = 0xcbf2_9ce4_8422_2325, high: UInt64 = 0x6c62_272e_07bb_0142
        for byte in content + Data([0]) + Data(backend.utf8) {
            low = (low ^ UInt64(byte)) &* 0x100_0000_01b3
            high = (high ^ UInt64(byte) ^ (low >> 32)) &* 0x100_0000_01b3
        }
        return String(format: "%016llx%016llx", high, low)
    }
}
