import Foundation
@testable import OrgHTTP
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The files that decide where a token goes (`profiles`, `paths.*`) are refused, with the command that
/// fixes them, when another account may change them: they may be read by all, but written by their owner only.
@Suite struct ConfigFileTests {
    let home = NSTemporaryDirectory() + "orgtui-config-" + UUID().uuidString
    var directory: String { home + "/orgtui" }

    /// A profiles file and a map of paths in a fresh config directory (0755, files 0644, as a person's are).
    func write() throws -> (profiles: String, paths: String) {
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let profiles = directory + "/profiles"
        let paths = directory + "/paths.work"
        _ = FileManager.default.createFile(
            atPath: profiles, contents: Data("profile work api https://api.acme.test\n".utf8),
            attributes: [.posixPermissions: 0o644])
        _ = FileManager.default.createFile(
            atPath: paths, contents: Data("# orgtui\nunmapped deleteUser gone\n".utf8),
            attributes: [.posixPermissions: 0o644])
        return (profiles, paths)
    }

    /// Loads both files, as a run that uses profile `work` does.
    func load(_ files: (profiles: String, paths: String)) throws(CredentialError) {
        _ = try ProfileFile.load(path: files.profiles)
        _ = try OperationMap.load(path: files.paths)
    }

    @Test func filesOnlyTheirOwnerMayWriteAreReadEvenWhenAllMayReadThem() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let files = try write()
        #expect(try ProfileFile.load(path: files.profiles).map(\.name) == ["work"])
        #expect(try OperationMap.load(path: files.paths)?.unmapped["deleteUser"] == "gone")
    }

    @Test(arguments: [0o664, 0o646, 0o666, 0o620])
    func aFileOthersMayWriteIsRefusedWithTheChmod(mode: Int) throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let files = try write()
        for path in [files.profiles, files.paths] {
            chmod(path, mode_t(mode))
            #expect {
                try load(files)
            } throws: { error in
                (error as? CredentialError)?.message.hasSuffix("Run: chmod go-w \(path)") == true
            }
            chmod(path, 0o644)
        }
    }

    @Test(arguments: [0o775, 0o757, 0o777])
    func aDirectoryOthersMayWriteIsRefusedWithTheChmod(mode: Int) throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let files = try write()
        chmod(directory, mode_t(mode))
        #expect {
            try ProfileFile.load(path: files.profiles)
        } throws: { error in
            (error as? CredentialError)?.message.hasSuffix("Run: chmod go-w \(directory)") == true
        }
        #expect(throws: CredentialError.self) { try OperationMap.load(path: files.paths) }
    }

    @Test func aStickyDirectoryLikeTmpIsAcceptedSinceOthersCannotReplaceTheFilesInIt() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let files = try write()
        chmod(directory, 0o1777)
        try load(files)
    }

    @Test(.enabled(if: geteuid() == 0, "only root can give a file to another account"))
    func aFileOrDirectoryOfAnotherAccountIsRefused() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let files = try write()
        for path in [files.profiles, directory] {
            chown(path, 4242, 4242)
            #expect {
                try load(files)
            } throws: { error in
                let message = (error as? CredentialError)?.message ?? ""
                return message.contains("\(path) belongs to another account (uid 4242)")
            }
            chown(path, 0, 0)
        }
    }
}
