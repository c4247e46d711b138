extension PostgresSchema {
    /// The migration that adds the access tokens of `orgtui serve --database`, kept as the SQLite store's
    /// `SQLiteTokenStore` keeps them: only a hash of each secret; deleting a member deletes their tokens.
    static let accessTokens = Migration(
        version: 2, name: "access-tokens",
        sql: [
            """
            CREATE TABLE access_token (
                id text PRIMARY KEY,
                user_id text COLLATE "C" NOT NULL REFERENCES member (id) ON DELETE CASCADE ON UPDATE CASCADE,
                email text NOT NULL,
                name text NOT NULL,
                secret_hash text NOT NULL,
                created_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX access_token_by_email ON access_token (lower(email))",
        ])
}
