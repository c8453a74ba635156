//! The bundled SQLite is compiled without what Rolspiegel never uses
//! (`LIBSQLITE3_FLAGS` in `.cargo/config.toml`). If that file stops being
//! read, the app grows and gains an extension loader again; this says so.
// Test code may panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[test]
fn sqlite_is_built_without_extensions_full_text_search_or_sloppy_quotes() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    let options: Vec<String> = conn
        .prepare("PRAGMA compile_options")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for absent in [
        "ENABLE_FTS3",
        "ENABLE_FTS5",
        "ENABLE_RTREE",
        "ENABLE_LOAD_EXTENSION",
    ] {
        assert!(
            !options.iter().any(|o| o == absent),
            "{absent} in {options:?}"
        );
    }
    assert!(
        options.iter().any(|o| o == "OMIT_LOAD_EXTENSION"),
        "{options:?}"
    );
    assert!(
        conn.execute_batch("CREATE VIRTUAL TABLE t USING fts5(x)")
            .is_err(),
        "no full-text search"
    );
    // A double-quoted word is a column name, never a string.
    assert!(conn
        .query_row("SELECT \"word\"", [], |r| r.get::<_, String>(0))
        .is_err());
}
