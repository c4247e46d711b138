import Foundation
import Testing

@testable import OrgCLI

/// SHA-256 against the examples of FIPS 180-4 (NIST's "abc", the empty message, the 448- and 896-bit
/// messages, a million "a") and the padding's edges, whole and in pieces that cross the 64-byte blocks.
@Suite struct SHA256Tests {
    static func digest(_ text: String) -> String {
        var hash = SHA256()
        hash.update(Data(text.utf8))
        return hash.hexDigest()
    }

    @Test func theStandardsExamples() {
        #expect(Self.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // The padding's edges: 55 bytes fill one block, 64 take a second.
        #expect(
            Self.digest(String(repeating: "a", count: 55))
                == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(
            Self.digest(String(repeating: "a", count: 64))
                == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        #expect(
            Self.digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            Self.digest(
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                    + "mnopqrstnopqrstu") == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(
            Self.digest(String(repeating: "a", count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func piecesOfAnySizeGiveTheWholesDigest() {
        let message = Array((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        var whole = SHA256()
        whole.update(message)
        for size in [1, 7, 55, 56, 63, 64, 65, 129] {
            var pieces = SHA256()
            for start in stride(from: 0, to: message.count, by: size) {
                pieces.update(Array(message[start..<min(start + size, message.count)]))
            }
            #expect(pieces.hexDigest() == whole.hexDigest(), "pieces of \(size)")
        }
        #expect(whole.hexDigest() == "82228e706dba0ddf721373304dfe326a9c702aa806ee992ba30e70c2c9c53aca")
    }
}
