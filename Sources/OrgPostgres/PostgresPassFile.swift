import Foundation

/// A PostgreSQL password file (`PGPASSFILE`, else `~/.pgpass`), read as libpq reads it, for a database URL
/// without a password: lines of `host:port:database:user:password`, where `*` matches anything in the first
/// four fields and `\` escapes the next character; the first line that matches wins, and `#` starts a comment.
enum PostgresPassFile {
    /// The password the file holds for `user` on `database` at `host:port`, or nil without a file or a line
    /// that matches. A file that group or others may use is ignored, as libpq ignores it, and `warnings` gets
    /// the chmod to run.
    static func password(
        host: String, port: Int, database: String, user: String, environment: [String: String],
        warnings: inout [String]
    ) -> String? {
        let path =
            environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.pgpass"
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        if status.st_mode & 0o077 != 0 {
            let mode = String(status.st_mode & 0o777, radix: 8)
            warnings.append(
                "The password file \(path) was ignored: group or others may use it (mode 0\(mode)). Run: chmod 600 \(path)"
            )
            return nil
        }
        let text = String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(line)
            guard fields.count == 5, zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) else { continue }
            return fields[4]
        }
        return nil
    }

    /// The line's fields with their escapes removed: four separated by `:`, then the password, which may
    /// hold `:` itself.
    static func fields(_ line: Substring) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":", fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
