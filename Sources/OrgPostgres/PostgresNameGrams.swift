/// How many members' name keys hold each three-character string, so that a search for a three-letter term
/// (the shortest the contract allows, and the commonest: "son" matches one member in six) counts its matches
/// by reading one row, where the trigram index must recheck every match in the table (159 ms for "son" at a
/// million members).
///
/// `member_gram` holds, for each string of three characters, the number of members whose `name_key` contains
/// it (a member counts once however often it occurs). A term of three characters is contained in a key
/// exactly when it is one of the key's three-character substrings, so the count is the one `LIKE '%term%'`
/// would give. Statement triggers keep it exact, from the transition tables, as `member_bucket`'s are.
enum PostgresNameGrams {
    /// The migration that adds and fills the table and its triggers.
    static let migration = PostgresSchema.Migration(
        version: 3, name: "name-gram-counts",
        sql: [
            """
            CREATE FUNCTION name_grams(key text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT DISTINCT substr(key, i, 3) FROM generate_series(1, char_length(key) - 2) AS i
            $$
            """,
            """
            CREATE TABLE member_gram (
                gram text COLLATE "C" PRIMARY KEY,
                count integer NOT NULL
            )
            """,
            """
            INSERT INTO member_gram (gram, count)
            SELECT g, count(*) FROM member CROSS JOIN LATERAL name_grams(name_key) AS g GROUP BY g
            """,
            """
            CREATE FUNCTION member_gram_count() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    UPDATE member_gram m SET count = m.count - d.n FROM (
                        SELECT g, count(*) AS n FROM removed CROSS JOIN LATERAL name_grams(name_key) AS g GROUP BY g
                    ) AS d WHERE m.gram = d.g;
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO member_gram AS m (gram, count)
                    SELECT g, count(*) FROM added CROSS JOIN LATERAL name_grams(name_key) AS g GROUP BY g
                    ON CONFLICT (gram) DO UPDATE SET count = m.count + excluded.count;
                END IF;
                RETURN NULL;
            END $$
            """,
        ] + PostgresSchema.memberTriggers("member_gram", running: "member_gram_count"))
}
