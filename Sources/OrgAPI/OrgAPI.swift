/// The org-user-management API as generated from `openapi.yaml`: the `Components` types, the `Client`
/// and the `APIProtocol` that a server implements. By hand, only what client and server share: the
/// conversions to and from OrgModel's types, and the date transcoder.
@_exported import OpenAPIRuntime
