/// The version of orgtui and orgtui-server, which both print for `--version`: one constant, so that
/// reading it costs the start nothing.
public enum OrgTUIVersion {
    /// The release's version, as `orgtui --version` prints it.
    public static let current = "0.1.0"
}
