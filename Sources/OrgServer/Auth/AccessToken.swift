import Crypto
import Foundation
import OrgModel
import OrgRecords
import OrgStore

/// Personal access tokens, `EMAIL:mpat_SECRET`: issued once, kept as the SHA-256 of the secret, checked
/// in constant time.
public enum AccessToken {
    /// The marker between the email and the secret.
    static let marker = ":mpat_"

    /// Issues a token for the member with `email` and returns it in full; it is shown once and only its
    /// hash is stored. Throws `.notFound` when no member has that email.
    public static func issue(in tokens: SQLiteTokenStore, email: String, name: String) throws(BackendError) -> (
        token: String, record: TokenRecord
    ) {
        let secret = newSecret()
        return token(secret, try tokens.add(email: email, name: name, secretHash: hash(secret)))
    }

    /// `issue` in any `TokenStore` (the PostgreSQL store's among them).
    public static func issue(store: any TokenStore, email: String, name: String) async throws(BackendError) -> (
        token: String, record: TokenRecord
    ) {
        let secret = newSecret()
        return token(secret, try await store.add(email: email, name: name, secretHash: hash(secret)))
    }

    /// A new secret: 40 random letters and digits.
    private static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<40).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// The token in full, `EMAIL:mpat_SECRET`, with its record.
    private static func token(_ secret: String, _ record: TokenRecord) -> (token: String, record: TokenRecord) {
        ("\(record.email)\(marker)\(secret)", record)
    }

    /// The member id that an Authorization value signs in as, or nil when it is not a known token.
    static func userID(authorization: String, tokens: any TokenStore) async throws(BackendError) -> String? {
        guard let (email, secret) = parse(authorization) else { return nil }
        let presented = Array(hash(secret).utf8)
        var found: String?
        for candidate in try await tokens.candidates(email: email)
        where constantTimeEqual(presented, Array(candidate.secretHash.utf8)) {
            found = candidate.record.userID
        }
        return found
    }

    /// The email and secret of `EMAIL:mpat_SECRET`, or nil for anything else.
    static func parse(_ value: String) -> (email: String, secret: String)? {
        guard let range = value.range(of: marker) else { return nil }
        let email = String(value[..<range.lowerBound])
        let secret = String(value[range.upperBound...])
        guard !email.isEmpty, !secret.isEmpty else { return nil }
        return (email, secret)
    }

    /// The hex SHA-256 of a secret, as stored (and of an Authorization value, as `TokenCache` keys it).
    static func hash(_ secret: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        let hex = SHA256.hash(data: Data(secret.utf8)).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Compares two byte strings in time that depends only on their lengths.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
