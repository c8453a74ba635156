//! A big group in the real window: 10,000 participants opened from one
//! group file are drawn as the group's shape (bands on the radar, a density
//! in the triangle, histograms) on the screen and in projection, in Dutch
//! and English, with words that say so; the screenshots are for people to
//! look at (a projector at the back of a room).

use super::support::{dialog_dir, Session, TestResult};
use super::{assert_no_violations, list_two};

/// Participants in the group.
const SIZE: usize = 10_000;

/// A group file of `SIZE` participants on list 2, each answering every
/// statement from a small seeded generator and leaning towards one role, as
/// people do; scores worked out as the app does (§ 5: the mean keyed value
/// of a role's statements, from 1–5 to 0–100).
fn big_group_file() -> String {
    let list = list_two();
    let mut seed: u64 = 2026;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % 5
    };
    let participants: Vec<serde_json::Value> = (0..SIZE)
        .map(|n| {
            let lean = n % 3;
            let mut answers = serde_json::Map::new();
            let mut keyed_sum = [0u64; 3];
            let mut count = [0u64; 3];
            for (id, role, positive) in &list {
                let r = ["b", "o", "v"].iter().position(|p| p == role).unwrap();
                let keyed = if r == lean { 3 + next() % 3 } else { 1 + next() };
                keyed_sum[r] += keyed;
                count[r] += 1;
                answers.insert(id.clone(), (if *positive { keyed } else { 6 - keyed }).into());
            }
            let score = |r: usize| 25.0 * (keyed_sum[r] as f64 / count[r] as f64 - 1.0);
            serde_json::json!({
                "instrumentVersion": 2,
                "id": format!("6f1c2a3b-0000-4000-8000-{n:012}"),
                "name": format!("Deelnemer {n}"),
                "answers": answers,
                "scores": { "bureaucraat": score(0), "ondernemer": score(1), "verbinder": score(2) },
            })
        })
        .collect();
    serde_json::json!({
        "format": "rolspiegel-group",
        "version": 1,
        "id": "0d8e0000-0000-4000-8000-000000010000",
        "name": "Hele organisatie",
        "heldOn": null,
        "notes": "",
        "participants": participants,
    })
    .to_string()
}

#[tokio::test(flavor = "current_thread")]
async fn a_group_of_ten_thousand_is_drawn_as_its_shape_in_both_languages() -> TestResult {
    let data = tempfile::tempdir()?;
    let files = dialog_dir(data.path());
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    let file = files.join("hele-organisatie.json");
    std::fs::create_dir_all(&files)?;
    std::fs::write(&file, big_group_file())?;
    session.click("#open-groups").await?;
    session.wait_for_heading("Je groepen").await?;
    std::fs::write(files.join("next-open"), file.to_string_lossy().as_bytes())?;
    session.click("#open-group-file").await?;
    session.wait_for_heading("Hele organisatie").await?;
    session
        .wait_for_text("#group-import-summary", "10.000 uitslagen toegevoegd")
        .await?;
    let note = session.text("#group-shape-note").await?;
    assert!(
        note.contains("10.000 deelnemers") && note.contains("Vanaf 200"),
        "{note}"
    );
    assert_eq!(
        session.text("#group-radar-heading").await?,
        "De groep op het radardiagram"
    );
    let label = session
        .script("return document.querySelector('#group-mixmap-chart').getAttribute('aria-label');")
        .await?;
    assert!(
        label
            .as_str()
            .is_some_and(|l| l.starts_with("Driehoek met 10.000 deelnemers als vlakken")),
        "{label}"
    );
    // Names switched on: the shape has no one to name.
    session.click("#group-show-names").await?;
    session
        .wait_for("#group-figures[aria-busy='false'][data-drawn='2']")
        .await?;
    let named = session
        .script("return document.querySelector('#group-mixmap-chart').textContent;")
        .await?;
    assert!(
        !named.as_str().unwrap_or("").contains("Deelnemer"),
        "no names in a shape"
    );
    for (css, name) in [
        ("#group-mixmap-chart", "43-grote-groep-driehoek"),
        ("#group-spread-chart", "44-grote-groep-strepen"),
        ("#group-radar-chart", "45-grote-groep-radar"),
    ] {
        session.screenshot_at(name, css).await?;
    }
    assert_no_violations("big group", &session.axe_violations().await?);

    // Projection: the density, then the histograms.
    session.click("#group-project").await?;
    session
        .wait_for_text(
            "#projection-heading",
            "Hele organisatie · 10.000 deelnemers",
        )
        .await?;
    session.type_keys("\u{E014}").await?;
    session
        .wait_for_text(
            "#projection-caption",
            "Hoe donkerder, hoe meer deelnemers daar staan: 10.000 in totaal.",
        )
        .await?;
    session
        .screenshot("46-grote-groep-projectie-driehoek")
        .await?;
    // One step at a time, each drawn before the next key.
    for caption in [
        "Het kruis",
        "Bureaucraat",
        "Nu ook Ondernemer",
        "Nu ook Verbinder",
    ] {
        session.type_keys("\u{E014}").await?;
        session
            .wait_for_text("#projection-caption", caption)
            .await?;
    }
    session
        .screenshot("47-grote-groep-projectie-strepen")
        .await?;
    session.type_keys("\u{E00C}").await?;
    session.wait_for_heading("Hele organisatie").await?;

    // In English.
    session.click("#language-en").await?;
    session
        .wait_for_text(
            "#group-shape-note",
            "This group is large: 10,000 participants",
        )
        .await?;
    assert_eq!(
        session.text("#group-radar-heading").await?,
        "The group on the radar chart"
    );
    session
        .screenshot_at("48-big-group-radar-en", "#group-radar-chart")
        .await?;
    assert_no_violations("big group, English", &session.axe_violations().await?);
    session.click("#group-project").await?;
    session
        .wait_for_text(
            "#projection-heading",
            "Hele organisatie · 10,000 participants",
        )
        .await?;
    session.type_keys("\u{E014}").await?;
    session
        .wait_for_text(
            "#projection-caption",
            "The darker, the more participants stand there: 10,000 in all.",
        )
        .await?;
    session.screenshot("49-big-group-projection-en").await?;
    Ok(())
}
