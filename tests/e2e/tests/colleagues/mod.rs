//! How colleagues see you, end to end: the real window makes a request
//! after the person's own scan and saves the answer form; the form is
//! opened from `file://` in Chromium at 390 px and at 320 px (one colleague
//! switches it to English) and in WebKitGTK; the two in Chromium answer and
//! gets a code, and the browser's resource list shows the page loaded
//! nothing but itself. Back in the window one code is pasted, one comes as
//! a file: with two the view waits for a third. The third colleague is in
//! the same room: the window opens the form on a network namespace's link,
//! a phone's WebKitGTK there answers and sends, and the view appears with
//! the figures worked out below by hand.

use super::support::room::{local_browser, Engine, Phone, Room};
use super::support::{dialog_dir, Session, TestResult};
use super::{assert_no_violations, positive, saved_as, take_scan};

/// How a colleague answers: every statement keyed to the same value, so a
/// colleague's every role scores 25 · (value − 1).
///
/// By hand (docs/SCORING.md § 14): colleagues keyed 3, 4 and 5 score 50, 75
/// and 100 in every role: mean 75, lowest 50, highest 100, sd² 625; each
/// colleague's own spread is 0, so 625 counts, 625/3 = 208,3. The person
/// (`answer_for`, app.rs): 100,0 · 53,6 · 28,1 with SEM 2,995 · 2,886 ·
/// 2,700. Bands 2,394 · √(SEM² + 208,3): 35,3 · 35,2 · 35,2. Gaps: −25,0
/// (about the same), +21,4 (about the same), +46,9 (clearly more).
fn raw_answer(id: &str, keyed: u8) -> u8 {
    if positive(id) {
        keyed
    } else {
        6 - keyed
    }
}

/// Fills in the form in `browser` as a colleague would, tapping each
/// answer's label, and writes an open answer.
async fn fill_in(browser: &Phone, keyed: u8, open: &str) -> TestResult {
    let ids: Vec<String> = serde_json::from_value(
        browser
            .script(
                "return [...document.querySelectorAll('fieldset.rs-statement')].map(f => f.id.slice(2));",
            )
            .await?,
    )?;
    assert_eq!(ids.len(), 44, "every statement of the colleagues' list");
    for id in &ids {
        let label = browser
            .wait_for(&format!("label[for='a-{id}-{}']", raw_answer(id, keyed)))
            .await?;
        label.click().await?;
    }
    browser.fill("#q-1", open).await?;
    Ok(())
}

/// What the page loaded, the page itself first.
async fn loaded(browser: &Phone) -> TestResult<Vec<String>> {
    let loaded = browser
        .script(
            "return performance.getEntriesByType('navigation').map(e => e.name)
                .concat(performance.getEntriesByType('resource').map(e => e.name));",
        )
        .await?;
    Ok(serde_json::from_value(loaded)?)
}

/// Answers the form from a file as a colleague would, makes the code and
/// returns it.
async fn answer_form(browser: &Phone, keyed: u8, open: &str) -> TestResult<String> {
    fill_in(browser, keyed, open).await?;
    browser.click("#rs-make").await?;
    browser.wait_for("#rs-code").await?;
    let code: String = serde_json::from_value(
        browser
            .script("return document.getElementById('rs-code').value;")
            .await?,
    )?;
    assert!(
        code.starts_with("RSP-") && code.len() <= 120 + 2_000,
        "{code}"
    );
    // Nothing but the page itself was loaded, before or after answering.
    let loaded = loaded(browser).await?;
    assert_eq!(loaded.len(), 1, "{loaded:?}");
    assert!(loaded[0].starts_with("file://"), "{loaded:?}");
    Ok(code)
}

/// For the screenshot only, once the code is read: the statements out of
/// the way, so the part with the code is what a screenshot of the top shows
/// (a phone-sized Chromium draws its screenshots from the top).
async fn show_only_the_code(browser: &Phone) -> TestResult {
    browser
        .script(
            "document.getElementById('rs-form').hidden = true; window.scrollTo(0, 0); return true;",
        )
        .await?;
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn three_colleagues_answer_the_form_in_real_browsers_and_their_view_appears_from_the_third(
) -> TestResult {
    // The room's network is there before the window reads its addresses.
    let room = Room::create()?;
    let data = tempfile::tempdir()?;
    let files = dialog_dir(data.path());
    let session = Session::start(data.path(), "nl_NL.UTF-8").await?;
    take_scan(&session, "#start-scan", 0).await?;
    session.click("#result-history").await?;
    session.click("#history-colleagues").await?;
    session.wait_for_heading("Hoe zien collega's jou?").await?;
    assert_no_violations("colleagues", &session.axe_violations().await?);
    session.fill("#request-known-as", "Sam").await?;
    session.click("#make-request").await?;
    session.wait_for_heading("Vraag aan collega's van").await?;
    session.click("#save-answer-form").await?;
    let status = session
        .wait_for_text("#request-form-status", "Bewaard als")
        .await?;
    let form = saved_as(&files, &status);
    let size = std::fs::metadata(&form)?.len();
    println!("answer form: {size} bytes");
    assert!(size <= 150 * 1024, "{size} bytes");
    let url = format!("file://{}", form.display());

    // Three colleagues, three browsers.
    let chromium = local_browser(
        &Engine::Chromium {
            width: 390,
            language: "nl",
        },
        9771,
    )
    .await?;
    chromium.client.goto(&url).await?;
    chromium
        .wait_for_text("main h1", "Hoe zie jij Sam in het werk?")
        .await?;
    assert_no_violations("answer form in Chromium", &chromium.axe_violations().await?);
    chromium
        .screenshot("70-colleague-form-chromium-390")
        .await?;
    // Making the code before everything is answered says what is missing.
    chromium.click("#rs-make").await?;
    chromium
        .wait_for_text("#rs-errors", "Uitspraak 1: kies een antwoord")
        .await?;
    let first = answer_form(&chromium, 3, "Als het spannend wordt.").await?;
    show_only_the_code(&chromium).await?;
    chromium
        .screenshot("71-colleague-code-chromium-390")
        .await?;
    drop(chromium);

    let narrow = local_browser(
        &Engine::Chromium {
            width: 320,
            language: "en",
        },
        9772,
    )
    .await?;
    narrow.client.goto(&url).await?;
    narrow.wait_for("#main h1").await?;
    narrow.click(".rs-lang button[lang='en']").await?;
    narrow
        .wait_for_text("main h1", "How do you see Sam at work?")
        .await?;
    assert_no_violations("answer form in English", &narrow.axe_violations().await?);
    let wide: bool = serde_json::from_value(
        narrow
            .script("return document.documentElement.scrollWidth > window.innerWidth;")
            .await?,
    )?;
    assert!(!wide, "nothing wider than a 320 px screen");
    narrow
        .screenshot("72-colleague-form-chromium-320-en")
        .await?;
    let second = answer_form(&narrow, 4, "<b>More</b> courage").await?;
    drop(narrow);

    let webkit = local_browser(
        &Engine::WebKit {
            locale: "nl_NL.UTF-8",
        },
        9773,
    )
    .await?;
    webkit.client.goto(&url).await?;
    webkit
        .wait_for_text("main h1", "Hoe zie jij Sam in het werk?")
        .await?;
    assert_no_violations("answer form in WebKitGTK", &webkit.axe_violations().await?);
    drop(webkit);

    // Back in the window: one code pasted (with the mail around it; the
    // WebDriver types no line breaks into the window, so spaces), one as
    // the file the colleague saved.
    session
        .fill(
            "#codes-input",
            &format!("Hoi Sam, hier is mijn code: {first} Groet"),
        )
        .await?;
    session.click("#add-codes-button").await?;
    session
        .wait_for_text("#codes-report", "Er is 1 nieuw antwoord bijgekomen.")
        .await?;
    let attached = files.join("rolspiegel-antwoorden.txt");
    std::fs::write(
        &attached,
        format!("Antwoorden voor Rolspiegel.\n\n{second}\n"),
    )?;
    std::fs::write(
        files.join("next-open"),
        attached.to_string_lossy().as_bytes(),
    )?;
    session.click("#add-code-files").await?;
    session
        .wait_for_text("#colleague-waiting", "Er is nog 1 collega nodig.")
        .await?;
    assert!(session
        .text("#codes-report")
        .await?
        .contains("1 nieuw antwoord"));
    // The same code again counts once.
    session.fill("#codes-input", &first).await?;
    session.click("#add-codes-button").await?;
    session
        .wait_for_text("#codes-report", "1 code was er al.")
        .await?;
    session
        .wait_for_text("#colleague-waiting", "Er is nog 1 collega nodig.")
        .await?;

    // The third colleague is in the same room: the window opens the form
    // on the room's network, and a phone there (WebKitGTK) answers it and
    // sends the answers, without a code.
    let room_address = room.host.to_string();
    session
        .wait_for("#colleague-room-address")
        .await?
        .select_by_value(&room_address)
        .await?;
    session.click("#colleague-room-start").await?;
    let shown = session
        .wait_for_text("#colleague-room-url", "http://")
        .await?;
    let room_url = shown
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .ok_or(format!("no address in {shown:?}"))?
        .to_owned();
    assert!(
        room_url.starts_with(&format!("http://{room_address}:")),
        "{room_url}"
    );
    let room_code = session.text("#colleague-room-code").await?;
    let join_url = format!("{room_url}?code={room_code}");
    let qr_label = session
        .wait_for("#colleague-room-qr")
        .await?
        .attr("aria-label")
        .await?
        .unwrap_or_default();
    assert!(qr_label.ends_with(&join_url), "{qr_label}");
    assert_no_violations("colleagues' room", &session.axe_violations().await?);
    session
        .screenshot_at("76-colleague-room", "#colleague-room")
        .await?;
    let phone = room
        .phone(
            &Engine::WebKit {
                locale: "nl_NL.UTF-8",
            },
            9774,
        )
        .await?;
    phone.client.goto(&join_url).await?;
    phone
        .wait_for_text("main h1", "Hoe zie jij Sam in het werk?")
        .await?;
    let typed: String = serde_json::from_value(
        phone
            .script("return document.getElementById('rs-room-code').value;")
            .await?,
    )?;
    assert_eq!(typed, room_code, "the QR code's address fills in the code");
    assert_no_violations("answer form served live", &phone.axe_violations().await?);
    fill_in(&phone, 5, "Altijd.").await?;
    // For the screenshot only: the questions out of the way for a moment,
    // so the form's end (the code on the screen, the send button) shows.
    let questions = "[...document.querySelectorAll('#rs-form > *')].slice(0, -2)";
    phone
        .script(&format!(
            "{questions}.forEach(e => e.hidden = true); window.scrollTo(0, 0); return true;"
        ))
        .await?;
    phone.screenshot("77-colleague-form-live-webkit").await?;
    phone
        .script(&format!(
            "{questions}.forEach(e => e.hidden = false); return true;"
        ))
        .await?;
    phone.click("#rs-make").await?;
    phone
        .wait_for_text("#rs-sent", "Je antwoorden zijn bij Sam.")
        .await?;
    phone.screenshot("78-colleague-sent-webkit").await?;
    // Only the laptop was asked: the page, then the answers.
    let asked = loaded(&phone).await?;
    assert!(asked.iter().all(|a| a.starts_with(&room_url)), "{asked:?}");
    drop(phone);
    session
        .wait_for_text(
            "#colleague-room-count",
            "Via het netwerk is 1 antwoord binnen.",
        )
        .await?;
    // While the form is open in the room only the number shows, so nobody
    // sees whose answers just came in; closed, the view is there.
    session
        .wait_for_text("#colleague-summary", "3 collega's hebben geantwoord.")
        .await?;
    session.wait_for("#colleague-view-later").await?;
    session.click("#colleague-room-end").await?;
    session.wait_for("#colleague-room-start").await?;
    session.wait_for("#colleague-table").await?;
    let rows: Vec<String> = session.texts("#colleague-table tbody tr").await?;
    assert_eq!(rows.len(), 3);
    let own = ["100,0", "53,6", "28,1"];
    let verdicts = ["ongeveer evenveel", "ongeveer evenveel", "duidelijk meer"];
    for (row, (own, verdict)) in rows.iter().zip(own.iter().zip(verdicts)) {
        for needle in [*own, "75,0", "50,0 tot 100,0", verdict] {
            assert!(row.contains(needle), "{needle} in {row}");
        }
    }
    assert!(session
        .text("#colleague-verdicts")
        .await?
        .contains("Je collega's zien duidelijk meer van de Verbinder in jou dan jijzelf."));
    // A hidden strength, perhaps: the Verbinder's role texts come with it.
    let strength = session
        .text("#colleague-more article[data-role='verbinder']")
        .await?;
    assert!(strength.contains("Sterke kanten"), "{strength}");
    assert_eq!(
        session
            .script("return document.querySelectorAll('#colleague-more article, #colleague-less article').length;")
            .await?,
        serde_json::json!(1),
        "only the role seen clearly more"
    );
    session
        .screenshot_at("79-colleague-meaning", "#colleague-meaning")
        .await?;
    let open: Vec<String> = session.texts("#colleague-open-1 li").await?;
    let mut sorted = open.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        vec!["<b>More</b> courage", "Als het spannend wordt.", "Altijd."]
    );
    assert_eq!(
        session
            .script("return document.querySelectorAll('#colleague-view b').length;")
            .await?,
        serde_json::json!(0),
        "what colleagues wrote is text"
    );
    session
        .screenshot_at("74-colleague-view", "#colleague-view")
        .await?;
    assert_no_violations("colleague view", &session.axe_violations().await?);
    session.click("#language-en").await?;
    session
        .wait_for_text(
            "#colleague-verdicts",
            "Your colleagues see clearly more of the",
        )
        .await?;
    session
        .screenshot_at("75-colleague-view-en", "#colleague-view")
        .await?;
    session
        .screenshot_at("75b-colleague-table-en", "#colleague-table")
        .await?;
    assert_no_violations(
        "colleague view in English",
        &session.axe_violations().await?,
    );
    session.wait_for("#colleague-chart svg").await?;
    // The list of requests, in English too.
    session.click("#colleague-back").await?;
    session
        .wait_for_heading("How do colleagues see you?")
        .await?;
    assert!(session
        .text("#requests-list")
        .await?
        .contains("3 colleagues have answered."));
    assert_no_violations("colleagues in English", &session.axe_violations().await?);
    Ok(())
}
