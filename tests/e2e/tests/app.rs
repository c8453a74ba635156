//! Rolspiegel as a person uses it: the real app window under Xvfb, driven
//! through WebKitWebDriver, with a real database in a temporary folder.
//!
//! Run with `make e2e` (it builds the UI and the app first).
// Helpers outside #[test] functions may panic too: this is test code.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod big_group;
mod colleagues;
mod data_folder;
mod live;
mod situations;
mod support;

use rolspiegel_pdf_check as pdf;
use support::{app_binary, dialog_dir, root, Session, SessionBus, TestResult, ENTER};

/// Statement list 2, the one new scans use: per statement id, whether it is
/// positive (agreeing means more of its role) or reverse-keyed.
fn positive(id: &str) -> bool {
    static KEYING: std::sync::OnceLock<std::collections::HashMap<String, bool>> =
        std::sync::OnceLock::new();
    KEYING
        .get_or_init(|| list_two().into_iter().map(|(id, _, p)| (id, p)).collect())
        .get(id)
        .copied()
        .unwrap_or_else(|| panic!("{id} is not in list 2"))
}

/// Statement list 2 in order: id, role letter and whether it is positive.
fn list_two() -> Vec<(String, String, bool)> {
    let list: serde_json::Value =
        serde_json::from_str(include_str!("../../../assets/instrument/v2.json")).unwrap();
    list["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let id = s["id"].as_str().unwrap().to_owned();
            let role = id[..1].to_owned();
            (id, role, s["keying"] == "positive")
        })
        .collect()
}

/// Pages of list 2 (44 statements, six a page).
const PAGES: u32 = 8;

/// The fixed answer pattern, by statement id (1–5 scale, 0 = "weet ik niet").
///
/// Hand-computed scores (list 2: Bureaucraat and Ondernemer 14 statements,
/// Verbinder 16, half of each reverse-keyed):
/// - Bureaucraat: positive 5, reverse 1 (keyed 5), b21 "weet ik niet":
///   13 answers, mean 5 → 100·(5−1)/4 = 100.0
/// - Ondernemer: o01 = 5, all others 3 (keyed 3): mean 44/14 = 3.142857…
///   → 53.571… → "53,6"
/// - Verbinder: v01 = 4, other positive 2, reverse 4 (keyed 2):
///   mean (4 + 7·2 + 8·2)/16 = 34/16 = 2.125 → 28.125 → "28,1"
/// - Sum 181.696…; shares 55.04 %, 29.48 %, 15.48 %: rounded down
///   55 + 29 + 15 = 99, the missing point to the larger remainder (.484 of
///   the Ondernemer against .479): 55 %, 30 %, 15 %.
/// - Spread of the keyed answers: B 0 (all 5), O 3.714/13 = 0.2857, V 3.75/15
///   = 0.25; pooled (12·0 + 13·0.2857 + 15·0.25)/40 = 0.1866; the error of
///   B − O is 25·√(0.1866·(1/13 + 1/14)) = 4.16, so a clear lead needs more
///   than 3.5·4.16 = 14.6 points: the Bureaucraat leads by 46.4; O − V is
///   25.4 against 3.5·3.95 = 13.8: "De Bureaucraat is duidelijk je sterkste
///   rol. De Verbinder herken je duidelijk het minst in je werk."
/// - Margins, score ± 1.96·25·√(0.1866/k): 94–100 (k 13, cut at 100),
///   48–59 (k 14), 23–33 (k 16).
fn answer_for(id: &str) -> &'static str {
    let positive = positive(id);
    match (id, &id[..1], positive) {
        ("b21", _, _) => "0",
        (_, "b", true) => "5",
        (_, "b", false) => "1",
        ("o01", _, _) => "5",
        (_, "o", _) => "3",
        ("v01", _, _) => "4",
        (_, "v", true) => "2",
        (_, "v", false) => "4",
        _ => "3",
    }
}

/// Answers every statement on the current page with the keyboard, then
/// presses Enter; returns the ids answered.
async fn answer_page(session: &Session) -> TestResult<Vec<String>> {
    let ids = session.statements_on_page().await?;
    for id in &ids {
        session.type_keys(answer_for(id)).await?;
    }
    session.type_keys(ENTER).await?;
    Ok(ids)
}

fn assert_no_violations(screen: &str, violations: &[String]) {
    assert!(
        violations.is_empty(),
        "axe-core found WCAG 2.1 A/AA violations on the {screen} screen: {violations:#?}"
    );
}

async fn start_scan(session: &Session) -> TestResult {
    session.click("#start-scan").await?;
    session.wait_for_heading("Pagina 1 van 8").await?;
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn completes_the_scan_by_keyboard_and_finds_the_result_after_a_restart() -> TestResult {
    let data = tempfile::tempdir()?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;

    assert_eq!(session.heading().await?, "Welkom bij Rolspiegel");
    assert!(session.text("main").await?.contains("44 stellingen"));
    session.screenshot("01-welkom").await?;
    assert_no_violations("welcome", &session.axe_violations().await?);

    start_scan(&session).await?;
    session.screenshot("02-stellingen").await?;
    assert_no_violations("statement", &session.axe_violations().await?);

    let mut answered = Vec::new();
    for page in 1..=PAGES {
        let heading = session.heading().await?;
        assert!(
            heading.contains(&format!("Pagina {page} van {PAGES}")),
            "on page {page}: {heading}"
        );
        answered.extend(answer_page(&session).await?);
        if page < PAGES {
            session
                .wait_for_heading(&format!("Pagina {} van {PAGES}", page + 1))
                .await?;
        }
    }
    assert_eq!(answered.len(), 44, "every statement was shown once");

    session.wait_for_heading("Jouw mix").await?;
    let scores = session.texts("#score-table .rs-score").await?;
    let shares = session.texts("#score-table .rs-share").await?;
    assert_eq!(
        scores,
        ["100,0", "53,6", "28,1"],
        "hand-computed scores, Dutch notation"
    );
    assert_eq!(
        shares,
        ["55%", "30%", "15%"],
        "whole percentages adding up to 100"
    );
    let counted = session.texts("#score-table .rs-counted").await?;
    assert_eq!(
        counted,
        ["13 van 14", "14 van 14", "16 van 16"],
        "b21 was 'weet ik niet'"
    );
    assert_eq!(
        session.text("#mix-sentence").await?,
        "De Bureaucraat is duidelijk je sterkste rol. De Verbinder herken je duidelijk het \
         minst in je werk."
    );
    assert_eq!(
        session.texts("#score-table .rs-margin").await?,
        ["94 tot 100", "48 tot 59", "23 tot 33"],
        "each score's margin"
    );
    assert!(session
        .text("#margin-note")
        .await?
        .contains("voorzichtige schatting"));
    // (100 + 53,57 + 28,13) / 3 = 60,57: between 37,5 and 62,5.
    assert_eq!(
        session.text("#level-sentence").await?,
        "Alles bij elkaar herken je je een beetje in de rollen: gemiddeld 61 van de 100."
    );
    assert!(session
        .text("#mix-advice")
        .await?
        .starts_with("Je grijpt vaak naar de werkwijze van de Bureaucraat."));
    let label = session
        .wait_for("#result-chart")
        .await?
        .attr("aria-label")
        .await?
        .unwrap_or_default();
    assert!(
        label.contains("Ondernemer: 53,6, met een marge van 48 tot 59."),
        "the chart has a text alternative with the margins: {label}"
    );
    let chart_text = session.text("#result-chart").await.unwrap_or_default();
    let svg_texts = session
        .script("return Array.from(document.querySelectorAll('#result-chart svg text')).map(t => t.textContent.trim())")
        .await?;
    assert!(
        svg_texts
            .as_array()
            .is_some_and(|t| t.iter().any(|v| v == "53,6 (48–59)")),
        "the chart shows the scores with their margins: {svg_texts} {chart_text}"
    );
    session.screenshot("03-uitslag").await?;
    assert_no_violations("result", &session.axe_violations().await?);

    // The report, saved through the dialog: the same numbers, in reading order.
    let files = support::dialog_dir(data.path());
    session.click("#report-save").await?;
    let status = session
        .wait_for_text("#report-status", "Bewaard als")
        .await?;
    let report = saved_as(&files, &status);
    assert!(report.to_string_lossy().ends_with(".pdf"), "{status}");
    let words = pdf::text(&report);
    pdf::in_order(
        &words,
        &[
            "Jouw mix in Rolspiegel",
            "Lijst met stellingen: versie 2.",
            "De Bureaucraat is duidelijk je sterkste rol.",
            "Bureaucraat",
            "100,0",
            "55%",
            "13 van 14",
            "Ondernemer",
            "53,6",
            "Verbinder",
            "28,1",
            "23 tot 33",
            "De marge laat zien hoe precies je score is.",
            "Wat zegt je mix?",
            "De drie rollen",
            "Denk er eens over na",
            "Je hebt de vragen nog niet beantwoord.",
            "Jouw ontwikkeldoel",
            "Wat de scores wel en niet zeggen",
        ],
    );
    let structure = pdf::structure(&report);
    assert_eq!(structure["lang"], "nl");
    assert_eq!(structure["title"], "Jouw mix in Rolspiegel");

    session.click("#language-en").await?;
    session.wait_for_heading("Your mix").await?;
    assert_eq!(
        session.texts("#score-table .rs-score").await?,
        ["100.0", "53.6", "28.1"]
    );
    session.click("#report-save").await?;
    let status = session.wait_for_text("#report-status", "Saved as").await?;
    let report = files.join(status.trim_start_matches("Saved as ").trim_end_matches('.'));
    let words = pdf::text(&report);
    pdf::in_order(
        &words,
        &[
            "Your mix in Rolspiegel",
            "The Bureaucraat is clearly your strongest role.",
            "100.0",
            "53.6",
            "28.1",
            "What the scores do and do not say",
        ],
    );
    assert_eq!(pdf::structure(&report)["lang"], "en");
    assert_eq!(
        session.text("#mix-sentence").await?,
        "The Bureaucraat is clearly your strongest role. You clearly recognise the Verbinder \
         least in your work."
    );
    session.screenshot("04-result-en").await?;
    assert_no_violations("English result", &session.axe_violations().await?);
    drop(session);

    // A fresh start finds the result again, in the language chosen last.
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    assert_eq!(session.heading().await?, "Welcome to Rolspiegel");
    let earlier = session.texts("#earlier-results button").await?;
    assert_eq!(earlier.len(), 1, "one earlier result: {earlier:?}");
    assert!(
        earlier[0].contains("Mostly Bureaucraat, least Verbinder"),
        "{earlier:?}"
    );
    session.screenshot("08-welcome-with-result").await?;
    session.click("#earlier-results button").await?;
    session.wait_for_heading("Your mix").await?;
    assert_eq!(
        session.texts("#score-table .rs-score").await?,
        ["100.0", "53.6", "28.1"]
    );
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn resumes_a_scan_after_the_app_is_killed_halfway() -> TestResult {
    let data = tempfile::tempdir()?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    start_scan(&session).await?;
    let first_page = answer_page(&session).await?;
    session.wait_for_heading("Pagina 2 van 8").await?;
    answer_page(&session).await?;
    session.wait_for_heading("Pagina 3 van 8").await?;
    // One more answer on page 3, then the app dies.
    let third = session.statements_on_page().await?;
    session.type_keys(answer_for(&third[0])).await?;
    session
        .wait_for_text("#scan-progress-label", "13 van 44")
        .await?;
    // The screen counts an answer at once; wait until the database has it too.
    session.wait_for_saved_answers(13).await?;
    session.kill();

    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    assert!(session
        .text("#resume-detail")
        .await?
        .contains("13 van de 44"));
    session.screenshot("05-verder-gaan").await?;
    session.click("#resume-scan").await?;
    session.wait_for_heading("Pagina 3 van 8").await?;
    let checked = session
        .script("return document.querySelectorAll('input[type=radio]:checked').length")
        .await?;
    assert_eq!(
        checked, 1,
        "the answer given on page 3 before the kill is still there"
    );
    session.click("#scan-back").await?;
    session.wait_for_heading("Pagina 2 van 8").await?;
    session.click("#scan-back").await?;
    session.wait_for_heading("Pagina 1 van 8").await?;
    for id in &first_page {
        let value = session
            .script(&format!(
                "return document.querySelector('input[name=\"answer-{id}\"]:checked')?.value ?? null"
            ))
            .await?;
        let expected = match answer_for(id) {
            "0" => "dont-know".to_string(),
            digit => digit.to_string(),
        };
        assert_eq!(value, expected, "answer to {id} survived the kill");
    }
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn a_page_with_open_statements_is_not_left_and_says_why() -> TestResult {
    let data = tempfile::tempdir()?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    start_scan(&session).await?;
    session.type_keys("4").await?;
    session.type_keys(ENTER).await?;
    let message = session.wait_for_text("#page-error", "5 stellingen").await?;
    assert!(message.contains("Weet ik niet"), "{message}");
    assert!(
        session.heading().await?.contains("Pagina 1 van 8"),
        "still on page 1"
    );
    let focused = session
        .script("return document.activeElement.closest('fieldset')?.dataset.statement ?? null")
        .await?;
    let ids = session.statements_on_page().await?;
    assert_eq!(
        focused,
        ids[1].as_str(),
        "focus moves to the first open statement"
    );

    // Switching language mid-page keeps the page and the answer given.
    session.click("#language-en").await?;
    session.wait_for_heading("Page 1 of 8").await?;
    let checked = session
        .script(&format!(
            "return document.querySelector('input[name=\"answer-{}\"]:checked')?.value ?? null",
            ids[0]
        ))
        .await?;
    assert_eq!(checked, "4", "the answer survives the language switch");
    assert!(session.text("main").await?.contains("Strongly agree"));
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn answers_that_are_off_the_scale_are_refused_with_a_code_and_nothing_else() -> TestResult {
    let data = tempfile::tempdir()?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    start_scan(&session).await?;
    // Call the real IPC command the way a broken or hostile page would.
    let outcome = session
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            const ipc = window.__TAURI_INTERNALS__;
            ipc.invoke('current_scan').then(scan =>
              ipc.invoke('save_answer', { assessmentId: scan.assessmentId, statementId: 'b01', value: 9 })
                .then(ok => done({ ok }))
                .catch(err => done({ err })));"#,
            vec![],
        )
        .await?;
    // Only the code crosses: the window puts it into words (see the label
    // refused below), and what caused an error stays in the app's log.
    assert_eq!(
        outcome["err"],
        serde_json::json!({ "code": "answer-out-of-range" }),
        "{outcome}"
    );
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn a_corrupt_database_is_kept_aside_and_the_user_is_told() -> TestResult {
    let data = tempfile::tempdir()?;
    std::fs::write(
        data.path().join("rolspiegel.db"),
        b"not a database at all".repeat(50),
    )?;
    let session = Session::start(data.path(), "en_GB.UTF-8").await?;
    assert_eq!(
        session.heading().await?,
        "Welcome to Rolspiegel",
        "English from the OS locale"
    );
    let notice = session.text(".rs-notice").await?;
    assert!(notice.contains("was damaged"), "{notice}");
    assert!(
        notice.contains(&data.path().display().to_string()),
        "the notice names the folder: {notice}"
    );
    session.screenshot("06-damaged-database").await?;
    assert_no_violations("notice", &session.axe_violations().await?);
    let kept: Vec<_> = std::fs::read_dir(data.path())?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("rolspiegel-damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept: {kept:?}");
    assert!(notice.contains(&kept[0]), "the notice names the kept file");
    // Told again on the next start, until the person says they saw it.
    drop(session);
    let session = Session::start(data.path(), "en_GB.UTF-8").await?;
    session.wait_for_text(".rs-notice", "was damaged").await?;
    session.click(".rs-notice__close").await?;
    // The notice goes once "seen" is stored. Counted in the page in one
    // step: reading a notice's text while it is being removed would race.
    let notices = || session.script("return document.querySelectorAll('.rs-notice').length");
    for _ in 0..100 {
        if notices().await? == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(notices().await?, 0, "the notice went");
    drop(session);
    let session = Session::start(data.path(), "en_GB.UTF-8").await?;
    session.wait_for_heading("Welcome to Rolspiegel").await?;
    assert!(
        session.texts(".rs-notice").await?.is_empty(),
        "not told again once seen"
    );
    // The history lists the damaged copy and says nothing can be read from it.
    session.click("#open-data").await?;
    session.wait_for_heading("All your results").await?;
    let copies = session.texts("#copies-list li").await?;
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(
        copies[0].starts_with("Damaged file of") && copies[0].contains("cannot read anything"),
        "{copies:?}"
    );
    assert_no_violations("history with a kept copy", &session.axe_violations().await?);
    session.click("#history-home").await?;
    session.wait_for_heading("Welcome to Rolspiegel").await?;
    // The fresh database works.
    session.click("#start-scan").await?;
    session.wait_for_heading("Page 1 of 8").await?;
    session.screenshot("09-statements-en").await?;
    Ok(())
}

/// Every file in a folder with its bytes.
/// The files of a data folder with their bytes, by name; the app's own log
/// (which says what happened) is left out.
fn folder_bytes(folder: &std::path::Path) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        let log = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("rolspiegel.log"));
        if path.is_file() && !log {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            files.push((name, std::fs::read(&path)?));
        }
    }
    files.sort();
    Ok(files)
}

#[tokio::test(flavor = "current_thread")]
async fn a_database_from_a_newer_version_is_left_untouched_and_the_user_is_told() -> TestResult {
    let data = tempfile::tempdir()?;
    let db = data.path().join("rolspiegel.db");
    std::fs::copy(
        root().join("crates/storage/tests/fixtures/schema-v3.db"),
        &db,
    )?;
    // As a future Rolspiegel would write it: schema version 99 in the
    // header's user_version field (offset 60, big-endian).
    let mut bytes = std::fs::read(&db)?;
    bytes[60..64].copy_from_slice(&99u32.to_be_bytes());
    std::fs::write(&db, &bytes)?;
    let before = folder_bytes(data.path())?;

    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    session.wait_for_heading("Welkom").await?;
    let notice = session.text(".rs-notice").await?;
    assert!(
        notice.contains("nieuwere versie van Rolspiegel"),
        "{notice}"
    );
    assert!(
        notice.contains(&data.path().display().to_string()),
        "{notice}"
    );
    assert!(
        session.texts("#earlier-results").await?.is_empty(),
        "nothing of it is opened"
    );
    session.screenshot("06b-newer-database").await?;
    assert_no_violations("newer-database notice", &session.axe_violations().await?);
    drop(session);
    assert!(
        folder_bytes(data.path())? == before,
        "not one byte of the newer database changed, and nothing was added"
    );
    Ok(())
}

/// Reads back a backup of two results and the group "Traineeship Noord" of
/// two through the history's import button (the dialog answered by `files`).
async fn restore_backup(
    session: &Session,
    files: &std::path::Path,
    backup: &std::path::Path,
) -> TestResult {
    std::fs::write(files.join("next-open"), backup.to_string_lossy().as_bytes())?;
    session.click("#import-json").await?;
    session
        .wait_for_text("#import-summary", "2 uitslagen toegevoegd")
        .await?;
    assert!(session
        .texts("#import-problems li")
        .await?
        .contains(&"Groep Traineeship Noord: 2 deelnemers teruggezet.".to_string()));
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn deleting_everything_names_what_goes_and_its_backup_brings_it_back() -> TestResult {
    let data = tempfile::tempdir()?;
    let files = dialog_dir(data.path());
    std::fs::create_dir_all(&files)?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    // Two results and a group of two, from a backup of the released format.
    let fixture = root().join("crates/exchange/tests/fixtures/backup-v1.json");
    session.click("#open-data").await?;
    session.wait_for_heading("Al je uitslagen").await?;
    restore_backup(&session, &files, &fixture).await?;

    // A name typed without its extension never replaces a file the dialog
    // did not ask about.
    let existing = files.join("bewaard.json");
    std::fs::write(&existing, "van iemand anders")?;
    std::fs::write(
        files.join("next-save"),
        files.join("bewaard").to_string_lossy().as_bytes(),
    )?;
    session.click("#export-backup").await?;
    session
        .wait_for_text(".rs-error", "Er staat al een bestand met die naam")
        .await?;
    assert_eq!(std::fs::read_to_string(&existing)?, "van iemand anders");

    session.click("#wipe").await?;
    session.wait_for("#wipe-confirm-no").await?;
    let listed = session.texts("#wipe-list > li").await?;
    assert!(
        listed[0].starts_with("2 eigen uitslagen, met 1 antwoord op een reflectievraag en 1 doel"),
        "{listed:?}"
    );
    assert_eq!(
        session.texts("#wipe-groups > li").await?,
        vec!["Traineeship Noord (2 deelnemers)"]
    );
    session
        .screenshot_at("14b-alles-wissen", "#wipe-confirm")
        .await?;
    assert_no_violations(
        "wipe confirmation with backup",
        &session.axe_violations().await?,
    );
    session.click("#wipe-backup").await?;
    let saved = session
        .wait_for_text("#wipe-status", "Bewaard als rolspiegel-reservekopie-")
        .await?;
    let name = saved
        .trim_start_matches("Bewaard als ")
        .trim_end_matches('.')
        .to_string();
    session.click("#wipe-confirm-yes").await?;
    session.wait_for("#history-empty").await?;
    session
        .wait_for_text("#wipe-done", "Alles is gewist")
        .await?;

    restore_backup(&session, &files, &files.join(&name)).await?;
    assert_eq!(session.texts(".rs-history__item").await?.len(), 2);
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn the_accessibility_check_really_runs_and_catches_a_planted_fault() -> TestResult {
    // Proof that a clean axe report above means something: plant an image
    // without a text alternative and a nameless button, and expect both found.
    let data = tempfile::tempdir()?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    session
        .script(
            "const main = document.getElementById('main');
             const img = document.createElement('img');
             img.src = 'data:,';
             main.append(img, document.createElement('button'));
             return true;",
        )
        .await?;
    let violations = session.axe_violations().await?;
    assert!(
        violations.iter().any(|v| v.starts_with("image-alt")),
        "{violations:?}"
    );
    assert!(
        violations.iter().any(|v| v.starts_with("button-name")),
        "{violations:?}"
    );
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn too_many_dont_knows_give_a_clear_incomplete_message_and_a_restart_asks_first() -> TestResult
{
    let data = tempfile::tempdir()?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    start_scan(&session).await?;
    for page in 1..=PAGES {
        for _ in session.statements_on_page().await? {
            session.type_keys("0").await?;
        }
        session.type_keys(ENTER).await?;
        if page < PAGES {
            let next = format!("Pagina {} van {PAGES}", page + 1);
            session.wait_for_heading(&next).await?;
        }
    }
    session
        .wait_for_heading("Nog niet genoeg antwoorden")
        .await?;
    let lines = session.texts("#shortfalls li").await?;
    assert_eq!(
        lines,
        [
            "Bureaucraat: nog 12 antwoorden nodig.",
            "Ondernemer: nog 12 antwoorden nodig.",
            "Verbinder: nog 13 antwoorden nodig.",
        ]
    );
    assert!(session
        .text("main")
        .await?
        .contains("minstens vier van de vijf stellingen"));
    assert_no_violations("incomplete", &session.axe_violations().await?);

    // Back to the start: the scan is still open, and starting again asks first.
    session.click("#incomplete-back").await?;
    session.wait_for_heading("Pagina 1 van 8").await?;
    session.click("#scan-stop").await?;
    session
        .wait_for_text("#resume-detail", "44 van de 44")
        .await?;
    session.click("#restart-scan").await?;
    session.click("#restart-no").await?;
    assert!(
        session
            .text("#resume-detail")
            .await?
            .contains("44 van de 44"),
        "nothing erased"
    );
    session.click("#restart-scan").await?;
    session.screenshot("07-opnieuw-beginnen").await?;
    assert_no_violations("restart confirmation", &session.axe_violations().await?);
    session.click("#restart-yes").await?;
    session
        .wait_for_text("#scan-progress-label", "0 van 44")
        .await?;
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn starting_again_from_an_older_result_asks_before_a_scan_in_progress_goes() -> TestResult {
    let data = tempfile::tempdir()?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    take_scan(&session, "#start-scan", 1).await?;
    // A second scan, left after the first page.
    session.click("#result-again").await?;
    session.wait_for_heading("Pagina 1 van 8").await?;
    answer_page(&session).await?;
    session.wait_for_heading("Pagina 2 van 8").await?;
    session.wait_for_saved_answers(6).await?;
    session.click("#scan-stop").await?;
    session
        .wait_for_text("#resume-detail", "6 van de 44")
        .await?;

    // From the older result, "Doe de scan opnieuw" asks first.
    session.click("#earlier-results button").await?;
    session.wait_for_heading("Jouw mix").await?;
    session.click("#result-again").await?;
    let question = session
        .wait_for_text("#replace-scan-question", "6 van de 44")
        .await?;
    assert!(question.contains("gewist"), "{question}");
    session
        .screenshot_at("07b-scan-bezig", "#replace-scan")
        .await?;
    assert_no_violations("replace question", &session.axe_violations().await?);
    // Cancel leaves everything as it was.
    session.click("#replace-scan-cancel").await?;
    assert!(session.text("main").await?.contains("Jouw mix"));
    // Going on with it opens the scan in progress, its answers kept.
    session.click("#result-again").await?;
    session.click("#replace-scan-no").await?;
    session
        .wait_for_text("#scan-progress-label", "6 van 44")
        .await?;
    // Only "yes" erases it.
    session.click("#scan-stop").await?;
    session.click("#earlier-results button").await?;
    session.wait_for_heading("Jouw mix").await?;
    session.click("#result-again").await?;
    session.click("#replace-scan-yes").await?;
    session
        .wait_for_text("#scan-progress-label", "0 van 44")
        .await?;
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn the_page_runs_under_a_strict_csp_with_a_frozen_prototype() -> TestResult {
    let data = tempfile::tempdir()?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    let report = session
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            const blocked = [];
            document.addEventListener('securitypolicyviolation', e => blocked.push(e.effectiveDirective || e.violatedDirective));
            const inline = document.createElement('script');
            inline.textContent = 'window.__inlineRan = true;';
            document.head.append(inline);
            const img = new Image();
            img.src = 'https://example.org/tracker.png';
            fetch('https://example.org/').catch(() => null).then(() =>
              setTimeout(() => done({
                frozen: Object.isFrozen(Object.prototype),
                inlineRan: window.__inlineRan === true,
                earlyAsked: window.rolspiegelStartup instanceof Promise,
                blocked,
              }), 300));"#,
            vec![],
        )
        .await?;
    assert_eq!(report["frozen"], true, "freezePrototype is on: {report}");
    assert_eq!(
        report["inlineRan"], false,
        "inline script must not run: {report}"
    );
    // The page's own inline script (its hash is in the CSP) did run: it
    // asked for the first screen's facts before the bundle was in.
    assert_eq!(
        report["earlyAsked"], true,
        "index.html's inline script runs: {report}"
    );
    let blocked: Vec<&str> = report["blocked"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    for directive in ["script-src", "img-src", "connect-src"] {
        assert!(
            blocked.iter().any(|b| b.starts_with(directive)),
            "the CSP blocks by {directive}: {blocked:?}"
        );
    }
    Ok(())
}

/// Second and third answer patterns, so the three scans differ: Ondernemer
/// high and Bureaucraat low, then everything in the middle with Verbinder up.
fn answer_pattern(pattern: u8, id: &str) -> &'static str {
    let positive = positive(id);
    let keyed = |v: u8| -> &'static str {
        let raw = if positive { v } else { 6 - v };
        ["0", "1", "2", "3", "4", "5"][raw as usize]
    };
    match (pattern, &id[..1]) {
        (0, _) => answer_for(id),
        (1, "b") => keyed(if positive { 2 } else { 1 }),
        (1, "o") => keyed(5),
        (1, _) => keyed(3),
        (_, "v") => keyed(if positive { 5 } else { 4 }),
        (_, _) => keyed(3),
    }
}

/// Takes a whole scan from the current screen's start button with the given
/// pattern and waits for the result screen.
async fn take_scan(session: &Session, start_button: &str, pattern: u8) -> TestResult {
    session.click(start_button).await?;
    session.wait_for_heading("Pagina 1 van 8").await?;
    for page in 1..=PAGES {
        session
            .wait_for_heading(&format!("Pagina {page} van {PAGES}"))
            .await?;
        let ids = session.statements_on_page().await?;
        for id in &ids {
            session.type_keys(answer_pattern(pattern, id)).await?;
        }
        session.type_keys(ENTER).await?;
    }
    session.wait_for_heading("Jouw mix").await?;
    Ok(())
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG signature");
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

/// The one file in `dir` whose name ends with `suffix` (the app names files
/// `rolspiegel-<what>-<date>.<ext>`).
fn saved_file(dir: &std::path::Path, prefix: &str, suffix: &str) -> std::path::PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with(prefix) && name.ends_with(suffix)
        })
        .unwrap_or_else(|| panic!("no {prefix}*{suffix} in {}", dir.display()))
}

#[tokio::test(flavor = "current_thread")]
async fn three_results_are_labelled_compared_exported_wiped_and_imported_again() -> TestResult {
    let data = tempfile::tempdir()?;
    let files = support::dialog_dir(data.path());
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;

    // First scan: label, reflection (hostile text), goal, chart exports.
    take_scan(&session, "#start-scan", 0).await?;
    // A label with an invisible character is refused by Rust with a code;
    // the window says why in its own language.
    session
        .fill("#label-input", "start\u{200B}traineeship")
        .await?;
    session.click("#label-save").await?;
    session
        .wait_for_text(".rs-error", "onzichtbare tekens")
        .await?;
    session.fill("#label-input", "start traineeship").await?;
    session.click("#label-save").await?;
    session.wait_for_text("#label-status", "Bewaard").await?;
    let hostile = "<img src=x onerror=alert(1)>";
    session.fill("#reflection-pitfalls", hostile).await?;
    session.click("#reflection-save").await?;
    session
        .wait_for_text("#reflection-status", "Bewaard")
        .await?;
    session.click("#goal-role-verbinder").await?;
    session
        .fill("#goal-assignment", "Elke week een partner bellen")
        .await?;
    session
        .script(
            "const d = document.querySelector('#goal-review'); d.value = '2027-03-01';
             d.dispatchEvent(new Event('change')); return true;",
        )
        .await?;
    session
        .wait_for_text("#goal-review-words", "1 maart 2027")
        .await?;
    session.click("#goal-save").await?;
    session.wait_for_text("#goal-status", "Bewaard").await?;
    session.screenshot("10-uitslag-met-label").await?;
    session.screenshot_at("10b-doel", "#goal-form").await?;
    assert_no_violations("result with goal", &session.axe_violations().await?);

    // The report carries the label, the reflection as text and the goal.
    let clicked = std::time::Instant::now();
    session.click("#report-save").await?;
    let status = session
        .wait_for_text("#report-status", "Bewaard als")
        .await?;
    // A figure for the record (debug build), not a check.
    eprintln!("report saved {:?} after the click", clicked.elapsed());
    session.screenshot_at("10c-rapport", "#report-save").await?;
    let words = pdf::text(&saved_as(&files, &status));
    pdf::in_order(
        &words,
        &[
            "Je naam voor deze uitslag: start traineeship",
            "Wat zijn jouw valkuilen, en hoe voorkom je ze?",
            hostile,
            "De rol waarin je wilt groeien: Verbinder",
            "Elke week een partner bellen",
            "Je kijkt er opnieuw naar op 1 mrt 2027.",
        ],
    );

    session.click("#chart-png").await?;
    session
        .wait_for_text("#chart-status", "Bewaard als")
        .await?;
    let png = std::fs::read(saved_file(&files, "rolspiegel-grafiek", ".png"))?;
    assert_eq!(png_size(&png), (1280, 1200), "twice the on-screen chart");
    session.click("#chart-svg").await?;
    session.wait_for_text("#chart-status", ".svg").await?;
    let svg = std::fs::read_to_string(saved_file(&files, "rolspiegel-grafiek", ".svg"))?;
    let doc = roxmltree::Document::parse(&svg)?;
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    assert!(svg.contains("Bureaucraat"));

    // The history shows the open goal.
    session.click("#result-history").await?;
    session.wait_for_heading("Al je uitslagen").await?;
    let goals = session.text("#open-goals").await?;
    assert!(goals.contains("Groeien als Verbinder: Elke week een partner bellen"));
    assert!(goals.contains("1 mrt 2027"), "{goals}");
    session.click("#history-home").await?;
    session.wait_for_heading("Welkom").await?;

    // Second scan follows the goal up.
    take_scan(&session, "#start-scan", 1).await?;
    let follow = session.text("#follow-up").await?;
    session
        .screenshot_at("11a-doel-opgevolgd", "#follow-up")
        .await?;
    assert!(
        follow.contains("Je wilde groeien als Verbinder"),
        "{follow}"
    );
    assert!(follow.contains("Elke week een partner bellen"));
    session.fill("#label-input", "na workshop").await?;
    session.click("#label-save").await?;
    session.wait_for_text("#label-status", "Bewaard").await?;

    // Third scan, with markup in its label.
    take_scan(&session, "#result-again", 2).await?;
    session.fill("#label-input", "<b>nieuw team</b>").await?;
    session.click("#label-save").await?;
    session.wait_for_text("#label-status", "Bewaard").await?;

    session.click("#result-history").await?;
    session.wait_for_heading("Al je uitslagen").await?;
    let titles = session.texts(".rs-history__title").await?;
    assert_eq!(titles.len(), 3);
    assert!(
        titles[0].ends_with("– <b>nieuw team</b>"),
        "shown as text: {titles:?}"
    );
    assert!(titles[1].ends_with("– na workshop"));
    assert!(titles[2].ends_with("– start traineeship"));
    let bold = session
        .script("return document.querySelectorAll('#history-list b').length;")
        .await?;
    assert_eq!(bold, 0, "a label never becomes markup");
    assert!(
        session.texts("#open-goals").await?.is_empty(),
        "the goal was followed up, so it is no longer open"
    );
    session.screenshot("11-geschiedenis").await?;
    assert_no_violations("history", &session.axe_violations().await?);

    // Compare the first two (the two oldest).
    let ids: Vec<String> = serde_json::from_value(
        session
            .script("return [...document.querySelectorAll('.rs-compare-choice')].map(c => c.dataset.resultId);")
            .await?,
    )?;
    session.click(&format!("#choose-{}", ids[2])).await?;
    session.click(&format!("#choose-{}", ids[1])).await?;
    session
        .wait_for_text("#compare-hint", "2 uitslagen gekozen")
        .await?;
    session.click("#compare-chosen").await?;
    session.wait_for_heading("2 uitslagen vergelijken").await?;
    assert_eq!(session.texts("#compare-table tbody tr").await?.len(), 2);
    assert!(
        session.texts("#trend-chart").await?.is_empty(),
        "no time line for two"
    );
    let verdicts = session.texts(".rs-verdicts li").await?;
    assert_eq!(verdicts.len(), 3, "one verdict per role");
    assert!(verdicts[0].starts_with("Bureaucraat: −"), "{verdicts:?}");
    assert!(verdicts[0].contains("echte verandering"), "{verdicts:?}");
    assert!(
        verdicts[0].contains("punten, tussen −"),
        "each change with its range: {verdicts:?}"
    );
    session.screenshot("12-vergelijk-twee").await?;
    assert_no_violations("compare two", &session.axe_violations().await?);

    // Add the third and compare all three.
    session.click("#compare-back").await?;
    session.wait_for_heading("Al je uitslagen").await?;
    session.click(&format!("#choose-{}", ids[0])).await?;
    session.click("#compare-chosen").await?;
    session.wait_for_heading("3 uitslagen vergelijken").await?;
    session.wait_for("#trend-chart svg").await?;
    assert_eq!(
        session.texts(".rs-pair").await?.len(),
        3,
        "two steps and overall"
    );
    let legend: Vec<String> = serde_json::from_value(
        session
            .script("return [...document.querySelectorAll('#compare-chart svg text')].map(t => t.textContent.trim());")
            .await?,
    )?;
    assert!(
        legend.iter().any(|t| t.ends_with("– start traineeship")),
        "{legend:?}"
    );
    assert!(
        legend.iter().any(|t| t.ends_with("– <b>nieuw team</b>")),
        "{legend:?}"
    );
    session.screenshot("13-vergelijk-drie").await?;
    session.screenshot_at("13b-ruis", "#noise").await?;
    session
        .screenshot_at("13c-tijdlijn", "#trend-heading")
        .await?;
    assert_no_violations("compare three", &session.axe_violations().await?);
    session.click("#compare-export-png").await?;
    session
        .wait_for_text("#compare-export-status", "Bewaard als")
        .await?;
    let png = std::fs::read(saved_as(
        &files,
        &session.text("#compare-export-status").await?,
    ))?;
    assert_eq!(
        png_size(&png),
        (1280, 2 * (520 + 3 * 40 + 16)),
        "legend of three"
    );
    session.click("#trend-export-svg").await?;
    session
        .wait_for_text("#trend-export-status", "Bewaard als")
        .await?;
    let trend = std::fs::read_to_string(saved_file(&files, "rolspiegel-tijdlijn", ".svg"))?;
    roxmltree::Document::parse(&trend)?;
    session.click("#report-save").await?;
    let status = session
        .wait_for_text("#report-status", "Bewaard als")
        .await?;
    let report = saved_as(&files, &status);
    assert!(status.contains("rolspiegel-vergelijking-"), "{status}");
    pdf::in_order(
        &pdf::text(&report),
        &[
            "3 uitslagen vergelijken",
            "– start traineeship",
            "– na workshop",
            "– <b>nieuw team</b>",
            "Echte verandering of toeval?",
            "Van de eerste naar de laatste",
            "Je rollen door de tijd",
        ],
    );
    let figures = pdf::figures(&pdf::structure(&report));
    assert_eq!(figures.len(), 2, "radar and time line: {figures:?}");

    // Data out: JSON and CSV.
    session.click("#compare-back").await?;
    session.wait_for_heading("Al je uitslagen").await?;
    session.click("#export-json").await?;
    session.wait_for_text("#data-status", ".json").await?;
    session.click("#export-csv").await?;
    session.wait_for_text("#data-status", ".csv").await?;
    let json_path = saved_file(&files, "rolspiegel-gegevens", ".json");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json_path)?)?;
    assert_eq!(json["format"], "rolspiegel-results");
    assert_eq!(json["results"].as_array().map(Vec::len), Some(3));
    let csv = std::fs::read_to_string(saved_file(&files, "rolspiegel-gegevens", ".csv"))?;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "a header and three rows");
    assert!(lines[0].starts_with("\u{feff}Code;Datum;Label;"));
    assert!(lines[1].contains(";<b>nieuw team</b>;"));
    assert!(lines[3].contains(";start traineeship;") && lines[3].contains(";Verbinder;"));
    assert!(lines[3].contains(";100,0;"), "Dutch decimals: {}", lines[3]);

    // Delete everything, then bring it back from the JSON file.
    session.click("#wipe").await?;
    session.wait_for("#wipe-confirm-no").await?;
    assert_no_violations("wipe confirmation", &session.axe_violations().await?);
    session.click("#wipe-confirm-yes").await?;
    session.wait_for("#history-empty").await?;
    std::fs::write(
        files.join("next-open"),
        json_path.to_string_lossy().as_bytes(),
    )?;
    session.click("#import-json").await?;
    session
        .wait_for_text("#import-summary", "3 uitslagen toegevoegd")
        .await?;
    assert_eq!(session.texts(".rs-history__title").await?, titles);
    session.screenshot("14-ingelezen").await?;
    assert_no_violations("import report", &session.axe_violations().await?);
    session.click("#import-json").await?;
    session
        .wait_for_text("#import-summary", "3 uitslagen stonden er al")
        .await?;

    // A cut-off file is refused with a clear message and changes nothing.
    let cut = files.join("kapot.json");
    let text = std::fs::read_to_string(&json_path)?;
    std::fs::write(&cut, &text[..text.len() / 2])?;
    std::fs::write(files.join("next-open"), cut.to_string_lossy().as_bytes())?;
    session.click("#import-json").await?;
    session
        .wait_for_text(".rs-error", "Dit bestand is niet compleet")
        .await?;
    assert_eq!(session.texts(".rs-history__title").await?.len(), 3);

    session.click("#wipe").await?;
    session.click("#wipe-confirm-yes").await?;
    session.wait_for("#history-empty").await?;
    session.click("#history-home").await?;
    session.wait_for_heading("Welkom").await?;
    assert!(session.texts("#earlier-results").await?.is_empty());
    // The app's log says what happened, and nothing the person wrote.
    let log = assert_log_keeps(
        data.path(),
        &[
            "start traineeship",
            hostile,
            "Elke week een partner bellen",
            "nieuw team",
            "na workshop",
        ],
    );
    assert!(
        log.contains("import:"),
        "import summaries are logged: {log}"
    );
    Ok(())
}

/// The app's log in the data folder `folder`: it was written (a start-up
/// line) and holds none of `private` (answers, names, labels, reflections,
/// goals). Returned for further checks.
pub(crate) fn assert_log_keeps(folder: &std::path::Path, private: &[&str]) -> String {
    let log = std::fs::read_to_string(folder.join("rolspiegel.log")).expect("the app keeps a log");
    assert!(
        log.contains("Rolspiegel") && log.contains("started"),
        "{log}"
    );
    for text in private {
        assert!(!log.contains(text), "{text:?} is in the log:\n{log}");
    }
    log
}

#[tokio::test(flavor = "current_thread")]
async fn the_native_file_dialogs_save_and_open_real_files() -> TestResult {
    let data = tempfile::tempdir()?;
    let session = Session::start_with_native_dialogs(data.path(), "nl_NL.UTF-8").await?;
    take_scan(&session, "#start-scan", 1).await?;
    session.click("#result-history").await?;
    session.wait_for_heading("Al je uitslagen").await?;

    // Save through the real GTK save dialog, typing a path of our own.
    let target = data.path().join("mijn export.json");
    session.click("#export-json").await?;
    session
        .answer_dialog("Je gegevens bewaren", &target)
        .await?;
    session
        .wait_for_text("#data-status", "Bewaard als mijn export.json")
        .await?;
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&target)?)?;
    assert_eq!(json["results"].as_array().map(Vec::len), Some(1));

    // Closing the dialog saves nothing and says nothing.
    session.click("#export-csv").await?;
    session.cancel_dialog("Je gegevens bewaren").await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(session.text("#data-status").await?, "");
    assert!(
        !std::fs::read_dir(data.path())?
            .any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == "csv"))),
        "no CSV written"
    );

    // Wipe, then open the file through the real GTK open dialog.
    session.click("#wipe").await?;
    session.click("#wipe-confirm-yes").await?;
    session.wait_for("#history-empty").await?;
    session.click("#import-json").await?;
    session.answer_dialog("Gegevens inlezen", &target).await?;
    session
        .wait_for_text("#import-summary", "Eén uitslag toegevoegd")
        .await?;
    assert_eq!(session.texts(".rs-history__item").await?.len(), 1);

    // The history in English, still without accessibility faults.
    session.click("#language-en").await?;
    session.wait_for_heading("All your results").await?;
    assert!(session
        .text("#import-summary")
        .await?
        .contains("One result added."));
    session.screenshot("15-history-en").await?;
    assert_no_violations("history in English", &session.axe_violations().await?);
    Ok(())
}

/// The file a save went to, from the status line "Bewaard als <name>.".
fn saved_as(dir: &std::path::Path, status: &str) -> std::path::PathBuf {
    dir.join(
        status
            .trim_start_matches("Bewaard als ")
            .trim_end_matches('.'),
    )
}

/// A participant file as a participant's Rolspiegel writes it, made here from
/// keyed values per role (every statement of a role gets the same keyed
/// value, so its score is 25 · (value − 1)).
fn participant_file(keyed: [u8; 3], name: &str) -> (String, [f64; 3]) {
    let mut answers = serde_json::Map::new();
    for (id, role, positive) in list_two() {
        let r = ["b", "o", "v"].iter().position(|p| *p == role).unwrap();
        let raw = if positive { keyed[r] } else { 6 - keyed[r] };
        answers.insert(id, raw.into());
    }
    let scores = keyed.map(|k| 25.0 * (f64::from(k) - 1.0));
    let file = serde_json::json!({
        "format": "rolspiegel-participant",
        "version": 1,
        "instrumentVersion": 2,
        "id": format!("6f1c2a3b-0000-4000-8000-{:012}", u64::from(keyed[0]) * 10_000 + u64::from(keyed[1]) * 100 + u64::from(keyed[2])),
        "name": name,
        "answers": answers,
        "scores": { "bureaucraat": scores[0], "ondernemer": scores[1], "verbinder": scores[2] },
    });
    (file.to_string(), scores)
}

/// Turns the names on or off, waits for the group's figures to be drawn
/// anew and opens its participants' table (an open table stays open).
async fn toggle_names(session: &Session) -> TestResult {
    session
        .script(
            "document.querySelector('#group-participants-details').dataset.old = '1'; return true;",
        )
        .await?;
    session.click("#group-show-names").await?;
    session
        .wait_for("#group-figures[aria-busy='false'] #group-participants-details:not([data-old])")
        .await?;
    let open = session
        .script("return document.querySelector('#group-participants-details').open;")
        .await?;
    if open != serde_json::Value::Bool(true) {
        session.click("#group-participants-details summary").await?;
    }
    Ok(())
}

fn dutch(value: f64) -> String {
    format!("{value:.1}").replace('.', ",")
}

#[tokio::test(flavor = "current_thread")]
async fn a_facilitator_collects_twelve_files_and_projects_the_group() -> TestResult {
    let data = tempfile::tempdir()?;
    let files = support::dialog_dir(data.path());
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;

    // One participant takes the scan here and saves the file for the facilitator.
    take_scan(&session, "#start-scan", 0).await?;
    session
        .fill("#participant-name", "<img src=x onerror=alert(1)>")
        .await?;
    session.click("#participant-save").await?;
    let saved = session
        .wait_for_text("#participant-status", "Bewaard als")
        .await?;
    let own_file = saved_as(&files, &saved);
    let own: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&own_file)?)?;
    assert_eq!(own["format"], "rolspiegel-participant");
    assert!(own.get("label").is_none() && own.get("completedAt").is_none());
    // Hand-computed (see the first test): 100.0, 53.571…, 28.571….
    let mut scores = vec![[100.0, 1500.0 / 28.0, 28.125]];
    let mut paths = vec![own_file];

    // Eleven more, made as a participant's app would make them.
    let patterns: [[u8; 3]; 11] = [
        [5, 1, 3],
        [4, 2, 3],
        [3, 3, 3],
        [2, 4, 3],
        [1, 5, 3],
        [3, 5, 1],
        [3, 4, 2],
        [3, 2, 4],
        [3, 1, 5],
        [4, 4, 4],
        [2, 2, 5],
    ];
    for (i, keyed) in patterns.iter().enumerate() {
        let (text, s) = participant_file(*keyed, "");
        let path = files.join(format!("deelnemer-{:02}.json", i + 2));
        std::fs::write(&path, text)?;
        scores.push(s);
        paths.push(path);
    }
    let duplicate = files.join("deelnemer-02-kopie.json");
    std::fs::copy(&paths[1], &duplicate)?;
    let cut = files.join("afgebroken.json");
    std::fs::write(&cut, &std::fs::read(&paths[2])?[..200])?;
    let photo = files.join("foto.json");
    std::fs::write(&photo, b"\x89PNG\r\n\x1a\n not a result")?;
    paths.extend([duplicate, cut, photo]);

    // The facilitator makes a group and adds all fifteen files at once.
    session.click("#result-home").await?;
    session.wait_for_heading("Welkom").await?;
    session.click("#open-groups").await?;
    session.wait_for_heading("Je groepen").await?;
    assert_no_violations("groups", &session.axe_violations().await?);
    session.fill("#new-group-name", "Traineeship Noord").await?;
    session.click("#create-group").await?;
    session.wait_for_heading("Traineeship Noord").await?;
    assert!(session
        .text("#group-too-small")
        .await?
        .contains("Vanaf 3 uitslagen"));
    let list: Vec<String> = paths
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    std::fs::write(files.join("next-open"), list.join("\n"))?;
    session.click("#group-add-files").await?;
    let summary = session
        .wait_for_text("#group-import-summary", "12 uitslagen toegevoegd")
        .await?;
    assert!(
        summary.contains("Eén uitslag zat al in de groep."),
        "{summary}"
    );
    assert!(
        summary.contains("2 bestanden zijn niet toegevoegd"),
        "{summary}"
    );
    let problems = session.texts("#group-import-problems li").await?;
    assert_eq!(
        problems,
        vec![
            "afgebroken.json: Dit bestand is niet compleet. Vraag de deelnemer om het opnieuw te bewaren.",
            "foto.json: Dit bestand kan Rolspiegel niet lezen.",
        ]
    );

    // The figures on screen against our own computation.
    let n = scores.len() as f64;
    for (i, role) in ["bureaucraat", "ondernemer", "verbinder"]
        .iter()
        .enumerate()
    {
        let values: Vec<f64> = scores.iter().map(|s| s[i]).collect();
        let mean = values.iter().sum::<f64>() / n;
        let sd = (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
        let min = values.iter().copied().fold(f64::INFINITY, f64::min);
        let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let row = format!("#group-stats tr[data-role='{role}']");
        assert_eq!(session.text(&format!("{row} .rs-n")).await?, "12");
        assert_eq!(
            session.text(&format!("{row} .rs-mean")).await?,
            dutch(mean),
            "{role} mean"
        );
        assert_eq!(
            session.text(&format!("{row} .rs-sd")).await?,
            dutch(sd),
            "{role} sd"
        );
        assert_eq!(
            session.text(&format!("{row} .rs-range")).await?,
            format!("{} – {}", dutch(min), dutch(max))
        );
    }
    session.click("#group-participants-details summary").await?;
    let first = session.text("#group-participants tbody th").await?;
    assert_eq!(first, "Deelnemer 1", "anonymous by default");
    session.screenshot("20-groep").await?;
    session
        .screenshot_at("21-groep-driehoek", "#group-mixmap-heading")
        .await?;
    assert_no_violations("group", &session.axe_violations().await?);

    // Names only when the facilitator turns them on, and then as text.
    toggle_names(&session).await?;
    session
        .wait_for_text(
            "#group-participants tbody th",
            "<img src=x onerror=alert(1)>",
        )
        .await?;
    let images = session
        .script("return document.querySelectorAll('main img').length;")
        .await?;
    assert_eq!(images, 0);
    // The group report names no one, even while names are on screen.
    session.click("#group-report").await?;
    let status = session.wait_for_text("#group-csv-status", ".pdf").await?;
    assert!(status.contains("rolspiegel-groepsrapport-"), "{status}");
    let report = saved_as(&files, &status);
    session
        .screenshot_at("21b-groepsrapport", "#group-report")
        .await?;
    let words = pdf::text(&report);
    assert!(!words.contains("onerror"), "no name in the group report");
    let bureaucraat: Vec<f64> = scores.iter().map(|s| s[0]).collect();
    let mean = dutch(bureaucraat.iter().sum::<f64>() / n);
    pdf::in_order(
        &words,
        &[
            "Groepsrapport: Traineeship Noord",
            "12 uitslagen",
            "Dit rapport noemt geen namen.",
            "Bureaucraat",
            "12",
            &mean,
            "Waar staat de groep?",
            "Hoe ver liggen de scores uit elkaar?",
            "Alle deelnemers op het radardiagram",
        ],
    );
    let figures = pdf::figures(&pdf::structure(&report));
    assert_eq!(figures.len(), 3, "{figures:?}");
    assert!(figures.iter().all(|alt| alt.contains(&mean)), "{figures:?}");
    toggle_names(&session).await?;
    session
        .wait_for_text("#group-participants tbody th", "Deelnemer 1")
        .await?;

    // Exports.
    session.click("#group-csv").await?;
    let csv_status = session
        .wait_for_text("#group-csv-status", "Bewaard als")
        .await?;
    let csv = std::fs::read_to_string(saved_as(&files, &csv_status))?;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 13, "a header and twelve participants");
    assert!(lines[0].starts_with("\u{feff}Deelnemer;Score Bureaucraat"));
    assert!(lines[1].starts_with("1;100,0;53,6;28,1;"), "{}", lines[1]);
    assert!(!csv.contains("img"), "anonymous export");
    session.click("#group-mixmap-png").await?;
    let png_status = session
        .wait_for_text("#group-mixmap-status", "Bewaard als")
        .await?;
    let png = std::fs::read(saved_as(&files, &png_status))?;
    assert_eq!(png_size(&png), (1200, 1200));

    // Projection: step through with the keyboard, Esc leaves.
    session.click("#group-project").await?;
    session
        .wait_for_text("#projection-heading", "Traineeship Noord · 12 deelnemers")
        .await?;
    assert_no_violations("projection", &session.axe_violations().await?);
    let captions = [
        "De driehoek van de drie rollen",
        "Elke stip is een deelnemer: 12",
        "Het kruis is het midden",
        "Bureaucraat",
        "Nu ook Ondernemer",
        "Nu ook Verbinder",
    ];
    for (step, caption) in captions.iter().enumerate() {
        session
            .wait_for_text("#projection-caption", caption)
            .await?;
        assert!(
            session.texts("main button").await?.is_empty(),
            "no controls on screen"
        );
        session.screenshot(&format!("22-projectie-{step}")).await?;
        session.type_keys("\u{E014}").await?; // arrow right
    }
    session.type_keys("\u{E00C}").await?; // Escape
    session.wait_for_heading("Traineeship Noord").await?;
    assert_eq!(session.text("#group-meta").await?, "12 uitslagen.");

    // The group as one file; opening it again fills the same group.
    session.click("#group-file").await?;
    let file_status = session.wait_for_text("#group-csv-status", ".json").await?;
    let group_file = saved_as(&files, &file_status);
    session.click("#group-back").await?;
    session.wait_for_heading("Je groepen").await?;
    std::fs::write(
        files.join("next-open"),
        group_file.to_string_lossy().as_bytes(),
    )?;
    session.click("#open-group-file").await?;
    session
        .wait_for_text("#group-import-summary", "12 uitslagen zaten al in de groep")
        .await?;

    // Files dropped on the window: the web view reads only what is dropped.
    session.click("#group-back").await?;
    session.fill("#new-group-name", "Sleepgroep").await?;
    session.click("#create-group").await?;
    session.wait_for_heading("Sleepgroep").await?;
    let dropped: Vec<serde_json::Value> = patterns[..3]
        .iter()
        .enumerate()
        .map(|(i, k)| serde_json::json!({ "name": format!("los-{i}.json"), "text": participant_file(*k, "").0 }))
        // As Windows Notepad saves it: with a byte-order mark, read the same
        // as through the open dialog.
        .chain(std::iter::once(serde_json::json!({
            "name": "kladblok.json",
            "text": format!("\u{feff}{}", participant_file(patterns[3], "").0)
        })))
        .chain(std::iter::once(serde_json::json!({ "name": "leeg.json", "text": "" })))
        .collect();
    session
        .client
        .execute(
            "const dt = new DataTransfer();
             for (const f of arguments[0]) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
             document.querySelector('#group-heading').dispatchEvent(
               new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
             return true;",
            vec![serde_json::Value::from(dropped)],
        )
        .await?;
    let summary = session
        .wait_for_text("#group-import-summary", "4 uitslagen toegevoegd")
        .await?;
    assert!(
        summary.contains("Eén bestand is niet toegevoegd"),
        "{summary}"
    );
    assert_eq!(
        session.texts("#group-import-problems li").await?,
        vec!["leeg.json: Dit bestand is niet compleet. Vraag de deelnemer om het opnieuw te bewaren."]
    );
    assert_eq!(session.text("#group-meta").await?, "4 uitslagen.");
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn results_of_list_one_stay_and_a_comparison_across_lists_says_so() -> TestResult {
    let data = tempfile::tempdir()?;
    let files = dialog_dir(data.path());
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    // Two results of list 1 (and a group), from a backup of the released format.
    let fixture = root().join("crates/exchange/tests/fixtures/backup-v1.json");
    session.click("#open-data").await?;
    session.wait_for_heading("Al je uitslagen").await?;
    restore_backup(&session, &files, &fixture).await?;
    session.click("#history-home").await?;
    session.wait_for_heading("Welkom").await?;

    // A new scan is on list 2: 44 statements, eight pages.
    assert!(session.text("main").await?.contains("44 stellingen"));
    take_scan(&session, "#start-scan", 0).await?;
    session.click("#result-history").await?;
    session.wait_for_heading("Al je uitslagen").await?;
    let lists = session.texts(".rs-history__list").await?;
    assert_eq!(
        lists,
        [
            "Met lijst 2 van de stellingen",
            "Met lijst 1 van de stellingen",
            "Met lijst 1 van de stellingen"
        ],
        "newest first, each with its own list"
    );
    assert_no_violations("history of two lists", &session.axe_violations().await?);
    let ids: Vec<String> = serde_json::from_value(
        session
            .script("return [...document.querySelectorAll('.rs-compare-choice')].map(c => c.dataset.resultId);")
            .await?,
    )?;

    // The new result against an old one: both shown, no noise verdict, and why.
    session.click(&format!("#choose-{}", ids[0])).await?;
    session.click(&format!("#choose-{}", ids[1])).await?;
    session.click("#compare-chosen").await?;
    session.wait_for_heading("2 uitslagen vergelijken").await?;
    assert_eq!(session.texts("#compare-table tbody tr").await?.len(), 2);
    let note = session.text("#compare-lists-differ").await?;
    assert!(
        note.contains("verschillende lijsten met stellingen (lijst 1 en lijst 2)"),
        "{note}"
    );
    let kinds = session
        .script(
            "return [...document.querySelectorAll('.rs-verdicts li')].map(li => li.dataset.noise);",
        )
        .await?;
    assert_eq!(kinds, serde_json::json!(["unknown", "unknown", "unknown"]));
    let verdicts = session.texts(".rs-verdicts li").await?;
    assert!(
        verdicts
            .iter()
            .all(|v| v.contains("verschillende lijsten met stellingen")),
        "{verdicts:?}"
    );
    session
        .screenshot_at("14-lijsten-vergelijken", "#noise")
        .await?;
    assert_no_violations("compare across lists", &session.axe_violations().await?);

    // The two old ones together: the same list, so a verdict and no note.
    session.click("#compare-back").await?;
    session.wait_for_heading("Al je uitslagen").await?;
    session.click(&format!("#choose-{}", ids[0])).await?;
    session.click(&format!("#choose-{}", ids[2])).await?;
    session.click("#compare-chosen").await?;
    session.wait_for_heading("2 uitslagen vergelijken").await?;
    assert!(session.texts("#compare-lists-differ").await?.is_empty());
    let kinds = session
        .script(
            "return [...document.querySelectorAll('.rs-verdicts li')].map(li => li.dataset.noise);",
        )
        .await?;
    assert!(
        kinds
            .as_array()
            .is_some_and(|k| k.iter().all(|v| v != "unknown")),
        "{kinds}"
    );
    Ok(())
}

/// Participant `n` of a workshop whose answers are known here: a strength
/// per role (1–5) with a step up or down on some statements, and b01 agreed
/// with by everyone (the statement "Hoe goed meet de lijst?" must flag).
/// Returns the file and the keyed answers per statement id.
fn workshop_participant(n: u64) -> (String, Vec<(String, String, f64)>) {
    let strength = [1 + n % 5, 1 + (n / 5) % 5, 1 + (n * 7 + 3) % 5];
    let mut answers = serde_json::Map::new();
    let mut keyed = Vec::new();
    for (i, (id, role, positive)) in list_two().into_iter().enumerate() {
        let r = ["b", "o", "v"].iter().position(|p| *p == role).unwrap();
        let wobble: i64 = match (n * 31 + i as u64 * 17) % 6 {
            0 => -1,
            1 => 1,
            _ => 0,
        };
        let mut value = (strength[r] as i64 + wobble).clamp(1, 5);
        let raw = if id == "b01" {
            value = 5; // b01 is positive: everyone strongly agrees
            5
        } else if positive {
            value
        } else {
            6 - value
        };
        answers.insert(id.clone(), raw.into());
        keyed.push((id, role, value as f64));
    }
    let score = |role: &str| {
        let values: Vec<f64> = keyed.iter().filter(|k| k.1 == role).map(|k| k.2).collect();
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        (25.0 * (mean - 1.0) * 100.0).round() / 100.0
    };
    let file = serde_json::json!({
        "format": "rolspiegel-participant",
        "version": 1,
        "instrumentVersion": 2,
        "id": format!("7a2b3c4d-0000-4000-8000-{n:012}"),
        "name": format!("Deelnemer met naam {n}"),
        "answers": answers,
        "scores": { "bureaucraat": score("b"), "ondernemer": score("o"), "verbinder": score("v") },
    });
    (file.to_string(), keyed)
}

/// Cronbach's alpha written out here, apart from the app's code: rows are
/// people, columns statements.
fn alpha(rows: &[Vec<f64>]) -> f64 {
    let variance = |values: &[f64]| {
        let m = values.iter().sum::<f64>() / values.len() as f64;
        values.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (values.len() as f64 - 1.0)
    };
    let k = rows[0].len() as f64;
    let items: f64 = (0..rows[0].len())
        .map(|j| variance(&rows.iter().map(|r| r[j]).collect::<Vec<_>>()))
        .sum();
    let totals: Vec<f64> = rows.iter().map(|r| r.iter().sum()).collect();
    k / (k - 1.0) * (1.0 - items / variance(&totals))
}

#[tokio::test(flavor = "current_thread")]
async fn how_well_the_list_measures_on_thirty_imported_files() -> TestResult {
    let data = tempfile::tempdir()?;
    let files = dialog_dir(data.path());
    std::fs::create_dir_all(&files)?;
    let mut paths = Vec::new();
    let mut people = Vec::new();
    for n in 0..30 {
        let (text, keyed) = workshop_participant(n);
        let path = files.join(format!("deelnemer-{n:02}.json"));
        std::fs::write(&path, text)?;
        paths.push(path.to_string_lossy().into_owned());
        people.push(keyed);
    }
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    session.click("#open-groups").await?;
    session.wait_for_heading("Je groepen").await?;
    session.fill("#new-group-name", "Proef lijst 2").await?;
    session.click("#create-group").await?;
    session.wait_for_heading("Proef lijst 2").await?;

    // An empty group: the screen says how many results it needs.
    session.click("#group-quality").await?;
    session.wait_for_heading("Hoe goed meet de lijst?").await?;
    assert_eq!(
        session.text("#quality-too-few").await?,
        "Vanaf 30 uitslagen van één lijst zie je hoe goed de lijst meet. Nu zijn het er 0."
    );
    session.click("#quality-back").await?;
    session.wait_for_heading("Proef lijst 2").await?;

    std::fs::write(files.join("next-open"), paths.join("\n"))?;
    session.click("#group-add-files").await?;
    session
        .wait_for_text("#group-import-summary", "30 uitslagen toegevoegd")
        .await?;
    session.click("#group-quality").await?;
    session.wait_for_heading("Hoe goed meet de lijst?").await?;
    assert_eq!(
        session.text("#quality-scope").await?,
        "Groep Proef lijst 2 · 30 uitslagen · stellingenlijst 2"
    );

    // Alpha per role against the formula written out above.
    for (role, letter) in [
        ("bureaucraat", "b"),
        ("ondernemer", "o"),
        ("verbinder", "v"),
    ] {
        let rows: Vec<Vec<f64>> = people
            .iter()
            .map(|p| p.iter().filter(|k| k.1 == letter).map(|k| k.2).collect())
            .collect();
        let expected = format!("{:.2}", alpha(&rows)).replace('.', ",");
        let row = format!("#quality-alpha tr[data-role='{role}']");
        assert_eq!(
            session.text(&format!("{row} .rs-alpha")).await?,
            expected,
            "{role}"
        );
    }
    for (role, count) in [("bureaucraat", 14), ("ondernemer", 14), ("verbinder", 16)] {
        let rows = session
            .texts(&format!("#quality-items-{role} tbody tr"))
            .await?;
        assert_eq!(rows.len(), count, "{role}");
    }
    let b01 = session
        .text("#quality-items-bureaucraat tr[data-statement='b01']")
        .await?;
    assert!(
        b01.contains("Bijna iedereen is het eens.") && b01.contains("5,00"),
        "{b01}"
    );
    assert_eq!(
        session.texts("#quality-correlations tbody tr").await?.len(),
        3
    );
    session.screenshot("40-lijst-meten").await?;
    session
        .screenshot_at("41-lijst-stellingen", "#quality-items-section-heading")
        .await?;
    assert_no_violations(
        "how well the list measures",
        &session.axe_violations().await?,
    );

    // The answers for a researcher: no names, no ids, every person once.
    session.click("#quality-export").await?;
    let status = session
        .wait_for_text("#quality-export-status", ".csv")
        .await?;
    let saved = saved_as(&files, &status);
    let csv = std::fs::read_to_string(&saved)?;
    assert!(!csv.contains("Deelnemer met naam") && !csv.contains("7a2b3c4d"));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    let ids: Vec<String> = list_two().into_iter().map(|s| s.0).collect();
    assert_eq!(lines[0], ids.join(";"));
    let mut rows: Vec<String> = lines[1..].iter().map(|l| (*l).to_owned()).collect();
    let mut expected: Vec<String> = (0..30)
        .map(|n| {
            let (text, _) = workshop_participant(n);
            let file: serde_json::Value = serde_json::from_str(&text).unwrap();
            ids.iter()
                .map(|id| file["answers"][id].to_string())
                .collect::<Vec<_>>()
                .join(";")
        })
        .collect();
    rows.sort();
    expected.sort();
    assert_eq!(rows, expected);

    // All groups together, from the list of groups.
    session.click("#quality-back").await?;
    session.wait_for_heading("Proef lijst 2").await?;
    session.click("#group-back").await?;
    session.wait_for_heading("Je groepen").await?;
    session.click("#groups-quality").await?;
    session
        .wait_for_text("#quality-scope", "Alle groepen samen · 30 uitslagen")
        .await?;
    Ok(())
}

/// The X windows titled "Rolspiegel" that are on screen.
fn visible_windows() -> TestResult<Vec<String>> {
    let out = std::process::Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", "^Rolspiegel$"])
        .output()?;
    Ok(String::from_utf8(out.stdout)?
        .split_whitespace()
        .map(str::to_owned)
        .collect())
}

/// Waits up to five seconds for `check` to hold.
async fn eventually(what: &str, mut check: impl FnMut() -> TestResult<bool>) -> TestResult {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !check()? {
        if std::time::Instant::now() > deadline {
            return Err(format!("not so after 5 s: {what}").into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn starting_it_again_brings_the_open_window_back_instead_of_a_second_one() -> TestResult {
    let data = tempfile::tempdir()?;
    let bus = SessionBus::start(data.path())?;
    let env = [("DBUS_SESSION_BUS_ADDRESS", bus.address.as_str())];
    let session = Session::start_with_env(data.path(), "nl_NL.UTF-8", &env).await?;
    session.wait_for_heading("Welkom").await?;
    let windows = visible_windows()?;
    assert_eq!(windows.len(), 1, "{windows:?}");
    let window = windows[0].clone();

    // Someone starts Rolspiegel again, from the menu, while it runs.
    let start_again = || -> TestResult<std::time::Duration> {
        let started = std::time::Instant::now();
        let mut second = std::process::Command::new(app_binary())
            .env("ROLSPIEGEL_DATA_DIR", data.path())
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()?;
        loop {
            if let Some(status) = second.try_wait()? {
                assert!(status.success(), "the second start ends quietly: {status}");
                return Ok(started.elapsed());
            }
            if started.elapsed() > std::time::Duration::from_secs(20) {
                let _ = second.kill();
                return Err("the second start kept running".into());
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    };

    // The window was put away (hidden, as a minimised window is): the new
    // start shows it again and ends.
    let status = std::process::Command::new("xdotool")
        .args(["windowunmap", "--sync", &window])
        .status()?;
    assert!(status.success());
    assert!(visible_windows()?.is_empty(), "hidden");
    let took = start_again()?;
    eventually("the window is back", || {
        Ok(visible_windows()? == vec![window.clone()])
    })
    .await?;
    eprintln!("second start ended after {} ms", took.as_millis());

    // With the window on screen, a start moves the keyboard focus to it.
    start_again()?;
    eventually("the window has the focus", || {
        let out = std::process::Command::new("xdotool")
            .arg("getwindowfocus")
            .output()?;
        Ok(String::from_utf8(out.stdout)?.trim() == window)
    })
    .await?;
    // Still the same app, with the same screen; one window.
    assert_eq!(session.text("h1").await?, "Welkom bij Rolspiegel");
    assert_eq!(visible_windows()?.len(), 1);
    drop(session);

    // Where no session bus can be reached, the app starts as before.
    let session = Session::start_with_env(
        data.path(),
        "nl_NL.UTF-8",
        &[("DBUS_SESSION_BUS_ADDRESS", "disabled:")],
    )
    .await?;
    session.wait_for_heading("Welkom").await?;
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn the_about_screen_says_which_rolspiegel_this_is_and_opens_its_data_folder() -> TestResult {
    let data = tempfile::tempdir()?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    // From the footer, on any screen.
    session.click("#open-about").await?;
    session.wait_for_heading("Over Rolspiegel").await?;
    assert_eq!(
        session.text("#about-version").await?,
        format!("Dit is Rolspiegel versie {}.", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(
        session.texts("#about-lists li").await?,
        [
            "Lijst 1 over hoe je werkt: 42 stellingen.",
            "Lijst 2 over hoe je werkt: 44 stellingen. Een nieuwe scan gebruikt deze lijst.",
            "Situatielijst 1: 30 zinnen. Een nieuwe situatie gebruikt deze lijst.",
        ]
    );
    let folder = data.path().display().to_string();
    let said = session.text("#about-folder").await?;
    assert!(
        said.contains(&folder) && said.contains("rolspiegel.db"),
        "{said}"
    );
    assert!(session
        .text("#about-roles-source")
        .await?
        .contains("Ronald Derks en Bas van Leeuwen"));
    assert!(session
        .text("#about-log")
        .await?
        .contains(&data.path().join("rolspiegel.log").display().to_string()));
    assert_no_violations("about", &session.axe_violations().await?);
    session.screenshot("50-over").await?;
    // The button opens the data folder (debug builds tell the test which).
    session.click("#about-open-folder").await?;
    session
        .wait_for_text("#about-open-status", "De map is geopend")
        .await?;
    let opened = std::fs::read_to_string(dialog_dir(data.path()).join("opened-folder"))?;
    assert_eq!(opened, folder);
    session.click("#language-en").await?;
    session.wait_for_heading("About Rolspiegel").await?;
    assert_eq!(session.text("#open-about").await?, "About Rolspiegel");
    assert_no_violations("about (English)", &session.axe_violations().await?);
    session.screenshot("51-about-en").await?;
    session.click("#about-home").await?;
    session.wait_for_heading("Welcome to Rolspiegel").await?;
    Ok(())
}
