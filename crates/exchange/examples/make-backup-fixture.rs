//! Writes a backup file in the current backup format, for the test that
//! keeps every released format readable: two results (one with a label,
//! reflection and goal) and one group of two participants.
//!
//! ```sh
//! cargo run -p rolspiegel-exchange --example make-backup-fixture -- \
//!     crates/exchange/tests/fixtures/backup-v<N>.json
//! ```

use rolspiegel_core::{score, Answer, Answers, Goal, Instrument, Likert, ReflectionQuestion, Role};
use rolspiegel_exchange::backup_json;
use rolspiegel_storage::{AssessmentId, Group, GroupId, GroupMember, Store};

const NOW: i64 = 1_763_800_000_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: make-backup-fixture <path.json>")?;
    if std::path::Path::new(&path).exists() {
        return Err(format!("{path} exists; fixtures are never overwritten").into());
    }
    let instrument = Instrument::from_json(include_str!("../../../assets/instrument/v1.json"))?;
    let mut store = Store::in_memory()?;
    let mut members = Vec::new();
    for n in 0..2i64 {
        let id = store.start(instrument.version(), NOW + n)?;
        let mut answers = Answers::new(&instrument);
        let mut raw = Vec::new();
        for (i, s) in instrument.statements().iter().enumerate() {
            let answer = Answer::Scale(Likert::new(1 + (i as i64 + n) % 5)?);
            store.save_answer(id, s.id.as_str(), answer, NOW)?;
            answers.record(&instrument, s.id.as_str(), answer)?;
            raw.push((s.id.to_string(), answer));
        }
        let profile = score(&instrument, &answers)?;
        store.complete(id, &profile, NOW + 60_000 * (n + 1))?;
        if n == 1 {
            store.set_label(id, "na de training")?;
            store.set_reflection(id, ReflectionQuestion::WorkAsks, "Meer verbinden.", NOW)?;
            let goal = Goal::new(
                Role::Verbinder,
                "Elke week een partner bellen",
                Some("2027-03-01"),
            )?;
            store.set_goal(id, Some(&goal), NOW)?;
        }
        raw.sort_by(|a, b| a.0.cmp(&b.0));
        members.push(GroupMember {
            result_id: AssessmentId::new(),
            name: if n == 0 { "Sam".into() } else { String::new() },
            instrument_version: instrument.version(),
            answers: raw,
            profile,
            pairing: None,
        });
    }
    let group = Group {
        id: GroupId::new(),
        name: "Traineeship Noord".into(),
        held_on: Some("2026-11-20".into()),
        notes: "dag 2".into(),
        created_at: NOW,
        members: members.len(),
    };
    std::fs::write(
        &path,
        backup_json(&store.records()?, &[(group, members)], &[], &[], &[], NOW),
    )?;
    println!("wrote {path}");
    Ok(())
}
