//! The schema as an append-only list of SQL files, embedded at compile time.
//! Never edit a released migration: add a new file and a new entry.

use rusqlite_migration::{Migrations, M};

const LIST: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_journal.sql"),
    include_str!("../migrations/0003_groups.sql"),
    include_str!("../migrations/0004_spread.sql"),
    include_str!("../migrations/0005_pairing.sql"),
    include_str!("../migrations/0006_situations.sql"),
    include_str!("../migrations/0007_feedback.sql"),
];

/// The schema version this build writes (SQLite `user_version`).
pub const SCHEMA_VERSION: usize = LIST.len();

/// All migrations, in order.
pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(LIST.iter().map(|sql| M::up(sql)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_migration_list_is_valid() {
        assert!(
            migrations().validate().is_ok(),
            "every migration must apply cleanly"
        );
    }
}
