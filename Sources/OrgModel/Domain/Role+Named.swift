extension Role {
    /// The sentence that refuses `text`, which names no role.
    public static func unknown(_ text: String) -> String {
        "'\(text)' is not a role; use admin, developer or analyst."
    }
}
