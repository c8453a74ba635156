//! What a situation asks, in the real window: a person who took the scan
//! names a situation, rates it on the situation list, is killed halfway and
//! resumes, sees the situation beside their result with the verdict per
//! role (figures worked out below by hand), makes a development goal from
//! it, finds it in the history after a restart, saves the PDF and reads
//! the section back; every new screen passes axe in Dutch and English.

use std::time::{Duration, Instant};

use rolspiegel_pdf_check as pdf;

use super::support::{dialog_dir, Session, TestResult};
use super::{assert_no_violations, saved_as, take_scan};

/// What the situation asks, as keyed values: per role, positive statements
/// key to `a` and reversed ones to `b`.
///
/// By hand (docs/SCORING.md § 13), the situation (10 statements a role, 5
/// reversed): Bureaucraat keyed 3 and 4 → mean 3,5 → 62,5; Ondernemer 4
/// and 5 → 87,5; Verbinder 2 and 3 → 37,5; every role's spread
/// 10·0,25/9 = 0,2778, pooled 0,2778, SEM 25·√(0,2778/10) = 4,167.
/// The person (the desktop pattern, `answer_for`): 100,0 · 53,6 · 28,1 with
/// pooled spread 0,1866 (app.rs), SEM 25·√(0,1866/k): 2,995 (k 13),
/// 2,886 (14), 2,700 (16).
/// Bands 2,394·√(SEM₁² + SEM₂²): 12,3 · 12,1 · 11,9. Gaps: −37,5 (clearly
/// less), +33,9 (clearly more), +9,4 (about the same).
fn answer_of(id: &str) -> String {
    let (a, b) = match &id[1..2] {
        "b" => (3, 4),
        "o" => (4, 5),
        _ => (2, 3),
    };
    let positive = super::support::situation_list()
        .iter()
        .any(|(s, p)| s == id && *p);
    (if positive { a } else { 6 - b }).to_string()
}

/// Answers the statements of the page not answered yet, with the keyboard
/// (a number key answers the first open statement), then presses Enter.
async fn answer_rating_page(session: &Session) -> TestResult {
    for id in session.statements_on_page().await? {
        let answered = session
            .script(&format!(
                "return document.querySelector('input[name=\"answer-{id}\"]:checked') !== null"
            ))
            .await?;
        if answered != true {
            session.type_keys(&answer_of(&id)).await?;
        }
    }
    session.type_keys(super::support::ENTER).await?;
    Ok(())
}

/// Waits until the database holds `count` answers of the situation's
/// rating in progress (the screen counts an answer at once).
async fn wait_for_saved_rating(session: &Session, count: u64) -> TestResult {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let listed = session.invoke("situations").await?;
        let saved = listed[0]["draft"]["answered"].as_u64().unwrap_or(0);
        if saved == count {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("{saved} rating answers saved, expected {count}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_situation_is_rated_set_beside_the_result_and_made_a_goal() -> TestResult {
    let data = tempfile::tempdir()?;
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    take_scan(&session, "#start-scan", 0).await?;

    session.click("#result-home").await?;
    session.wait_for_heading("Welkom bij Rolspiegel").await?;
    session.click("#open-situations").await?;
    session.wait_for_heading("Wat vraagt een situatie?").await?;
    assert_eq!(
        session.text("#situations-empty").await?,
        "Je hebt nog geen situaties beschreven."
    );
    assert_no_violations("situations", &session.axe_violations().await?);

    // A name is required; the message says so.
    session.click("#add-situation").await?;
    session
        .wait_for_text(".rs-error", "Geef de situatie een naam.")
        .await?;
    session
        .fill("#situation-name", "Crisisteam <b>Noord</b>")
        .await?;
    session
        .fill("#situation-note", "De wateroverlast van maart")
        .await?;
    session.click("#add-situation").await?;
    session
        .wait_for_heading("Wat vraagt 'Crisisteam <b>Noord</b>'?")
        .await?;
    session.wait_for_heading("Pagina 1 van 5").await?;
    assert_eq!(session.statements_on_page().await?.len(), 6);
    assert_no_violations("rating", &session.axe_violations().await?);
    session.screenshot("40-situatie-invullen").await?;

    // Two pages and one answer, then the app dies.
    answer_rating_page(&session).await?;
    session.wait_for_heading("Pagina 2 van 5").await?;
    answer_rating_page(&session).await?;
    session.wait_for_heading("Pagina 3 van 5").await?;
    let third = session.statements_on_page().await?;
    session.type_keys(&answer_of(&third[0])).await?;
    session
        .wait_for_text("#scan-progress-label", "13 van 30")
        .await?;
    wait_for_saved_rating(&session, 13).await?;
    session.kill();

    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    session.click("#open-situations").await?;
    session.wait_for_heading("Wat vraagt een situatie?").await?;
    let item = session.text("#situations-list li").await?;
    assert!(item.contains("Crisisteam <b>Noord</b>"), "{item}");
    assert!(item.contains("De wateroverlast van maart"), "{item}");
    let resume = session
        .wait_for_text("#situations-list button", "Ga verder (13 van 30 ingevuld)")
        .await?;
    assert!(!resume.is_empty());
    session.screenshot("41-situaties").await?;
    session
        .script("document.querySelector('#situations-list button').click()")
        .await?;
    session.wait_for_heading("Pagina 3 van 5").await?;
    let checked = session
        .script("return document.querySelectorAll('input[type=radio]:checked').length")
        .await?;
    assert_eq!(
        checked, 1,
        "the answer given before the kill is still there"
    );
    for page in 3..=5 {
        session
            .wait_for_heading(&format!("Pagina {page} van 5"))
            .await?;
        answer_rating_page(&session).await?;
    }

    // Beside the result: the verdict per role, the figures, the radar.
    session
        .wait_for_heading("Wat vraagt 'Crisisteam <b>Noord</b>'?")
        .await?;
    session.wait_for("#situation-chart svg").await?;
    assert_eq!(
        session.texts("#situation-verdicts li").await?,
        [
            "De situatie vraagt duidelijk minder van de Bureaucraat dan jij laat zien.",
            "De situatie vraagt duidelijk meer van de Ondernemer dan jij laat zien.",
            "De situatie vraagt ongeveer evenveel van de Verbinder als jij laat zien. Het verschil kan \
             toeval zijn.",
        ]
    );
    let rows = session.texts("#situation-table tbody tr").await?;
    assert_eq!(rows.len(), 3);
    let cells = |row: &str| -> Vec<String> { row.split('\t').map(str::to_owned).collect() };
    let expected = [
        (
            "Bureaucraat",
            "100,0",
            "62,5",
            "37,5 punten (toeval tot ± 12,3)",
            "vraagt duidelijk minder",
        ),
        (
            "Ondernemer",
            "53,6",
            "87,5",
            "+33,9 punten (toeval tot ± 12,1)",
            "vraagt duidelijk meer",
        ),
        (
            "Verbinder",
            "28,1",
            "37,5",
            "+9,4 punten (toeval tot ± 11,9)",
            "ongeveer evenveel",
        ),
    ];
    for (row, (role, own, asked, gap, verdict)) in rows.iter().zip(expected) {
        for part in [role, own, asked, gap, verdict] {
            assert!(row.contains(part), "{part:?} in {row:?} ({:?})", cells(row));
        }
    }
    let label = session
        .wait_for("#situation-chart")
        .await?
        .attr("aria-label")
        .await?
        .unwrap_or_default();
    assert_eq!(
        label,
        "Radar met twee vormen. Hoe jij werkt: Bureaucraat: 100,0. Ondernemer: 53,6. Verbinder: \
         28,1. Wat de situatie vraagt: Bureaucraat: 62,5. Ondernemer: 87,5. Verbinder: 37,5."
    );
    // The Ondernemer is asked more: its strengths and situations; the
    // Bureaucraat less: its pitfalls.
    let more = session.text("#situation-more").await?;
    assert!(
        more.contains("Ondernemer") && more.contains("Waar deze rol past"),
        "{more}"
    );
    let less = session.text("#situation-less").await?;
    assert!(
        less.contains("Bureaucraat") && less.contains("Valkuilen"),
        "{less}"
    );
    assert!(!less.contains("Verbinder"));
    assert_no_violations("situation", &session.axe_violations().await?);
    session.screenshot("42-situatie-naast-uitslag").await?;
    session
        .screenshot_at("42b-situatie-radar", "#situation-chart")
        .await?;
    session
        .screenshot_at("42c-situatie-tabel", "#situation-advice")
        .await?;
    session
        .screenshot_at("42d-situatie-cijfers", "#situation-table")
        .await?;

    // The PDF report of the result holds the situation beside it.
    let files = dialog_dir(data.path());
    session.click("#situation-report").await?;
    let status = session
        .wait_for_text("#situation-report-status", "Bewaard als")
        .await?;
    let report = saved_as(&files, &status);
    let words = pdf::text(&report);
    pdf::in_order(
        &words,
        &[
            "Jouw mix in Rolspiegel",
            "Wat vraagt de situatie?",
            "Wat vraagt 'Crisisteam <b>Noord</b>'?",
            "De wateroverlast van maart",
            "De situatie vraagt duidelijk minder van de Bureaucraat dan jij laat zien.",
            "De situatie vraagt duidelijk meer van de Ondernemer dan jij laat zien.",
            "De situatie vraagt ongeveer evenveel van de Verbinder als jij laat zien.",
            "62,5",
            "+33,9 punten",
            "Wat de scores wel en niet zeggen",
        ],
    );
    assert!(pdf::figures(&pdf::structure(&report))
        .iter()
        .any(|alt| alt.starts_with("Radar met twee vormen.")));

    // A development goal for the role asked most more of, filled in.
    session.click("#situation-goal").await?;
    session.wait_for_heading("Jouw mix").await?;
    session.wait_for("#goal-draft").await?;
    let role = session
        .script("return document.querySelector('input[name=goal-role]:checked').value")
        .await?;
    assert_eq!(role, "ondernemer");
    let assignment = session
        .script("return document.querySelector('#goal-assignment').value")
        .await?;
    assert_eq!(
        assignment,
        "In 'Crisisteam <b>Noord</b>' zet ik de Ondernemer meer in. Dat doe ik zo:"
    );
    session
        .fill(
            "#goal-assignment",
            "In het crisisteam stel ik elke dag één nieuwe aanpak voor.",
        )
        .await?;
    session.click("#goal-save").await?;
    session.wait_for_text("#goal-status", "Bewaard").await?;
    assert_no_violations(
        "result with a goal from a situation",
        &session.axe_violations().await?,
    );

    // After a restart the history lists the situation; it opens again.
    drop(session);
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    session.click("#open-history").await?;
    session.wait_for_heading("Al je uitslagen").await?;
    let listed = session.text("#history-situations").await?;
    assert!(
        listed.contains("Crisisteam <b>Noord</b>") && listed.contains("1 keer ingevuld"),
        "{listed}"
    );
    assert!(session
        .text("#open-goals")
        .await?
        .contains("één nieuwe aanpak"));
    session
        .script("document.querySelector('#history-situations button').click()")
        .await?;
    session
        .wait_for_heading("Wat vraagt 'Crisisteam <b>Noord</b>'?")
        .await?;

    // In English.
    session.click("#language-en").await?;
    session
        .wait_for_heading("What does 'Crisisteam <b>Noord</b>' ask?")
        .await?;
    session.wait_for("#situation-chart svg").await?;
    assert_eq!(
        session.texts("#situation-verdicts li").await?[1],
        "The situation clearly asks more of the Ondernemer than you show."
    );
    assert_no_violations("situation (English)", &session.axe_violations().await?);
    session.screenshot("43-situation-en").await?;
    session.click("#situation-back").await?;
    session
        .wait_for_heading("What does a situation ask?")
        .await?;
    assert_no_violations("situations (English)", &session.axe_violations().await?);
    session
        .script("document.querySelector('#situations-list button[id^=situation-rate-]').click()")
        .await?;
    session
        .wait_for_heading("What does 'Crisisteam <b>Noord</b>' ask?")
        .await?;
    session.wait_for_heading("Page 1 of 5").await?;
    assert_no_violations("rating (English)", &session.axe_violations().await?);

    // Rated again the same way: compared with the first rating, each
    // role's change lies within the noise.
    for page in 1..=5 {
        session
            .wait_for_heading(&format!("Page {page} of 5"))
            .await?;
        answer_rating_page(&session).await?;
    }
    session.wait_for("#situation-since").await?;
    let since = session.texts("#situation-since li").await?;
    assert_eq!(since.len(), 3);
    assert!(
        since[1].starts_with("Ondernemer: from 87.5 to 87.5")
            && since[1].contains("This may be chance"),
        "{since:?}"
    );
    assert_no_violations(
        "situation rated twice (English)",
        &session.axe_violations().await?,
    );
    super::assert_log_keeps(
        data.path(),
        &["Crisisteam", "wateroverlast", "nieuwe aanpak", "Noord"],
    );
    Ok(())
}
