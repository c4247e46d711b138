import HTTPTypes

extension ErrorMiddleware {
    /// The API's path shapes and their methods, to answer a known path with an unknown method 405 (with
    /// `Allow`) rather than 404.
    enum APIRoutes {
        /// The methods the API serves at `path`, or none when the path is not the API's.
        static func allowedMethods(forPath path: String) -> [HTTPRequest.Method] {
            let parts = path.split(separator: "/", omittingEmptySubsequences: true)
            switch (parts.count, parts.first) {
            case (1, "organization"): return [.get]
            case (1, "users"), (1, "audit"), (1, "invitations"): return [.get]
            case (2, "invitations"): return [.delete]
            case (2, "users"):
                switch parts[1] {
                case "me": return [.get, .patch]
                case "invite": return [.post]
                default: return [.get, .delete]
                }
            case (3, "users"):
                switch parts[2] {
                case "password-reset": return [.post]
                case "roles": return [.put]
                default: return []
                }
            default: return []
            }
        }
    }
}
