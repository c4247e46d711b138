import Hummingbird
import OrgModel

/// What the server knows of the request being handled. The router's middleware hand it on, each adding
/// what it found; `OpenAPIRequestContextMiddleware` then makes it `current` for `APIHandler`, since the
/// generated routes call the handler without it (the pattern of Hummingbird's OpenAPI template).
struct APIRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The Backend the request acts as, set by `AuthenticationMiddleware`.
    var backend: (any Backend)?
    /// The store's change counter as the token check read it, set by `AuthenticationMiddleware` (nil when the
    /// authenticator reads none).
    var storeVersion: Int?
    /// Whether the inviteUser body carried an explicit `"connection": null`, set by `JSONNullMiddleware`.
    var invitationConnectionIsNull = false
    /// Where listUsers leaves the page it read, set by `UserPageMiddleware` to write that page itself.
    var userPage: UserPageMiddleware.Slot?
    /// The operation and member, for the request's log line and metrics; shared by every copy.
    let facts = RequestFacts()

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
    }

    /// The context of the request being handled, for the generated handlers and their middleware.
    @TaskLocal static var current: APIRequestContext?
}
