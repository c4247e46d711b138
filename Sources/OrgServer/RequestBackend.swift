import OrgModel

/// The Backend of the request being handled, set by `AuthenticationMiddleware` for the handler.
enum RequestBackend {
    @TaskLocal static var current: (any Backend)?
    /// Whether the inviteUser body carried an explicit `"connection": null`.
    @TaskLocal static var invitationConnectionIsNull = false
}
