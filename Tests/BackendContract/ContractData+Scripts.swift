import OrgModel

extension ContractData {
    /// Members whose names a person types without their accents or in their own script (issue 23): "garcia"
    /// finds "José García", "yildiz" "Ayşe Yıldız", and "최서연" itself.
    public static let scripts = [
        ContractUser(
            id: "auth0|00000000000000000000f001", name: "José García", email: "jose@acme.test",
            roles: [.analyst], connection: .usernamePassword),
        ContractUser(
            id: "auth0|00000000000000000000f002", name: "Loïc Côté", email: "loic@acme.test",
            roles: [.developer], connection: .usernamePassword),
        ContractUser(
            id: "auth0|00000000000000000000f003", name: "Ayşe Yıldız", email: "ayse@acme.test",
            roles: [.analyst], connection: .googleOAuth2),
        ContractUser(
            id: "auth0|00000000000000000000f004", name: "최서연", email: "seoyeon@acme.test",
            roles: [.developer], connection: .usernamePassword),
        ContractUser(
            id: "auth0|00000000000000000000f005", name: "Wei Ng", email: "wei@acme.test",
            roles: [.analyst], connection: .googleOAuth2),
        ContractUser(
            id: "auth0|00000000000000000000f006", name: "Søren Straße", email: "soren@acme.test",
            roles: [.developer], connection: .usernamePassword),
    ]
}
