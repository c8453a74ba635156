//! Writes a database in the current schema version, for the upgrade tests:
//! one completed result (every answer 4: all roles score 50) and one scan in
//! progress with three answers.
//!
//! When a release adds a migration, first run this with the *released* code:
//!
//! ```sh
//! cargo run -p rolspiegel-storage --example make-fixture -- \
//!     crates/storage/tests/fixtures/schema-v<N>.db
//! ```
//!
//! Every file in that folder must keep opening and upgrading (see
//! `tests/storage.rs`).

use rolspiegel_core::{score, Answer, Answers, Instrument, Likert};
use rolspiegel_storage::Store;

const STARTED: i64 = 1_763_800_000_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: make-fixture <path.db>")?;
    let path = std::path::Path::new(&path);
    if path.exists() {
        return Err(format!("{} exists; fixtures are never overwritten", path.display()).into());
    }
    let instrument = Instrument::from_json(include_str!("../../../assets/instrument/v1.json"))?;
    let (mut store, _) = Store::open(path, STARTED)?;
    let four = Answer::Scale(Likert::new(4)?);

    let done = store.start(instrument.version(), STARTED)?;
    let mut answers = Answers::new(&instrument);
    for statement in instrument.statements() {
        store.save_answer(done, statement.id.as_str(), four, STARTED + 1)?;
        answers.record(&instrument, statement.id.as_str(), four)?;
    }
    store.complete(done, &score(&instrument, &answers)?, STARTED + 600_000)?;

    let open = store.start(instrument.version(), STARTED + 700_000)?;
    for id in ["b01", "o08", "v01"] {
        store.save_answer(open, id, Answer::DontKnow, STARTED + 700_001)?;
    }
    store.set_setting("language", "en")?;
    drop(store);
    // Fold the WAL into the main file so the fixture is one self-contained file.
    let conn = rusqlite::Connection::open(path)?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    conn.pragma_update(None, "journal_mode", "DELETE")?;
    println!(
        "wrote {} ({done} completed, {open} in progress)",
        path.display()
    );
    Ok(())
}
