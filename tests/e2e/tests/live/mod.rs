//! A live session as it happens in a room: the facilitator's window starts
//! it on the room's network; three phones in real browser engines (Debian's
//! Chromium at phone sizes, and WebKitGTK, Safari's engine family) join from
//! inside a network namespace the test makes, over a veth pair, on the
//! address and code the window shows; one reloads halfway; all finish; the
//! window counts along and, once revealed, shows the group's figures. A
//! fourth phone loses its session halfway and carries its answers into the
//! next one. In the afternoon the first three come again on the same phones
//! for a retest in a new group: their phones pair the two results by a
//! random code, and the list-quality screen shows how steady the scores
//! were and saves the anonymous pairs.

use fantoccini::Locator;

use super::support::room::{Engine, Phone, Room};
use super::support::{Session, TestResult};
use super::{answer_for, assert_no_violations, dutch, positive, PAGES};

/// How a phone answers, as keyed 1–5 scores per role; hand-computed
/// scores are in [`three_phones_join_over_the_rooms_network_and_the_group_fills_live`].
#[derive(Clone, Copy)]
enum Pattern {
    /// The desktop tests' pattern ([`answer_for`]): 100,0 · 53,6 · 28,6.
    Mixed,
    /// "3" everywhere: 50 · 50 · 50.
    Middle,
    /// Agrees with every positive statement (4) and disagrees with every
    /// reverse one (2), so every answer keys to 4: 75 · 75 · 75.
    Agreeing,
}

impl Pattern {
    /// The radio button's value for statement `id`.
    fn value(self, id: &str) -> &'static str {
        let positive = positive(id);
        let value = match self {
            Pattern::Mixed => answer_for(id),
            Pattern::Middle => "3",
            Pattern::Agreeing if positive => "4",
            Pattern::Agreeing => "2",
        };
        if value == "0" {
            "dont-know"
        } else {
            value
        }
    }
}

/// Taps the answer for `id`, on its label as a finger would.
async fn tap_answer(phone: &Phone, id: &str, pattern: Pattern) -> TestResult {
    let radio = phone
        .wait_for(&format!(
            "input[name='answer-{id}'][value='{}']",
            pattern.value(id)
        ))
        .await?;
    radio.find(Locator::XPath("..")).await?.click().await?;
    Ok(())
}

/// Answers the page on show and goes on; `next` is the heading expected
/// after it (the next page, or the result).
async fn answer_page(phone: &Phone, pattern: Pattern, next: &str) -> TestResult {
    for id in phone.statements_on_page().await? {
        tap_answer(phone, &id, pattern).await?;
    }
    phone.click("#scan-next").await?;
    phone.wait_for_heading(next).await?;
    Ok(())
}

fn page_heading(dutch_text: bool, page: u32) -> String {
    if dutch_text {
        format!("Pagina {page} van {PAGES}")
    } else {
        format!("Page {page} of {PAGES}")
    }
}

/// Nothing on the page scrolls sideways.
async fn assert_fits(phone: &Phone, what: &str) -> TestResult {
    let widths = phone
        .script("const d = document.documentElement; return [d.scrollWidth, d.clientWidth];")
        .await?;
    assert!(
        widths[0].as_u64() <= widths[1].as_u64(),
        "{what} scrolls sideways: {widths}"
    );
    Ok(())
}

/// Waits until the element's whole text is `expected`.
async fn wait_for_exactly(session: &Session, css: &str, expected: &str) -> TestResult {
    session.wait_for_text(css, expected).await?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let text = session.text(css).await?;
        if text == expected {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("{css} says {text:?}, expected {expected:?}").into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// From the list of groups: makes a group named `name` and starts a live
/// session in it on `address`; the join address and code the window shows.
async fn group_with_session(
    window: &Session,
    name: &str,
    address: &str,
) -> TestResult<(String, String)> {
    window.fill("#new-group-name", name).await?;
    window.click("#create-group").await?;
    window.wait_for_heading(name).await?;
    window
        .wait_for("#live-address")
        .await?
        .select_by_value(address)
        .await?;
    window.click("#live-start").await?;
    window.wait_for_heading("Doe mee met je telefoon").await?;
    let shown = window.text("#live-url").await?;
    let url = shown
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .ok_or(format!("no address in {shown:?}"))?
        .to_owned();
    Ok((url, window.text("#live-code").await?))
}

/// Answers every page from the first on, ending on the result.
async fn answer_all(phone: &Phone, pattern: Pattern, dutch_text: bool) -> TestResult {
    for page in 1..=PAGES {
        let next = if page == PAGES {
            (if dutch_text { "Jouw mix" } else { "Your mix" }).to_owned()
        } else {
            page_heading(dutch_text, page + 1)
        };
        answer_page(phone, pattern, &next).await?;
    }
    Ok(())
}

/// The pairing code a phone's result shows ("… is K7P4-QX2M. …").
async fn shown_pairing(phone: &Phone) -> TestResult<String> {
    let text = phone.text("#phone-pairing").await?;
    text.split_whitespace()
        .map(|w| w.trim_end_matches('.'))
        .find(|w| w.len() == 9 && w.as_bytes()[4] == b'-')
        .map(str::to_owned)
        .ok_or_else(|| format!("no code in {text:?}").into())
}

/// The three roles' scores in a result's score table.
async fn scores(phone: &Phone) -> TestResult<Vec<String>> {
    let mut out = Vec::new();
    for role in ["bureaucraat", "ondernemer", "verbinder"] {
        out.push(
            phone
                .text(&format!("#result-scores [data-role='{role}'] .rs-score"))
                .await?,
        );
    }
    Ok(out)
}

#[tokio::test(flavor = "current_thread")]
async fn three_phones_join_over_the_rooms_network_and_the_group_fills_live() -> TestResult {
    let room = Room::create()?;
    let data = tempfile::tempdir()?;
    let window = Session::start(data.path(), "nl_NL.UTF-8").await?;

    // The facilitator makes a group and starts a live session on the
    // room's network (not the default route: that is the machine's own).
    window.click("#open-groups").await?;
    window.wait_for_heading("Je groepen").await?;
    let room_address = room.host.to_string();
    let (url, code) = group_with_session(&window, "Live in zaal 2", &room_address).await?;
    assert!(
        url.starts_with(&format!("http://{room_address}:")) && url.ends_with('/'),
        "{url}"
    );
    assert_eq!(code.len(), 6, "{code}");
    assert!(code.chars().all(|c| "ACEFGHJKMNPRTUVWXY34679".contains(c)));
    let qr_label = window
        .wait_for("#live-qr")
        .await?
        .attr("aria-label")
        .await?
        .unwrap_or_default();
    let join_url = format!("{url}?code={code}");
    assert!(qr_label.ends_with(&join_url), "{qr_label}");
    assert_no_violations("live join", &window.axe_violations().await?);

    // Anna: Chromium at 390 px, Dutch phone; opens the address and types the code.
    let anna = room
        .phone(
            &Engine::Chromium {
                width: 390,
                language: "nl-NL",
            },
            4444,
        )
        .await?;
    anna.client.goto(&url).await?;
    anna.wait_for_heading("Doe mee met de workshop").await?;
    anna.screenshot("live-phone-01-join-nl").await?;
    // Everything the first visit loaded, as it came over the network.
    let loaded = anna
        .script(
            "return performance.getEntriesByType('navigation')
               .concat(performance.getEntriesByType('resource'))
               .reduce((sum, e) => sum + e.encodedBodySize, 0);",
        )
        .await?
        .as_f64()
        .ok_or("no resource timing")?;
    println!("phone page, first visit: {:.1} KB gzipped", loaded / 1024.0);
    assert!(
        loaded > 10_000.0 && loaded <= 60.0 * 1024.0,
        "the first visit loads {loaded} bytes"
    );
    assert_no_violations("phone join (Chromium)", &anna.axe_violations().await?);
    anna.fill("#join-code", &code.to_lowercase()).await?;
    anna.fill("#join-name", "Anna <b>de Vries</b>").await?;
    anna.click("#join-submit").await?;
    anna.wait_for_heading(&page_heading(true, 1)).await?;

    // Bram: WebKitGTK, English; scans the QR code, so the code is filled in.
    let bram = room
        .phone(
            &Engine::WebKit {
                locale: "en_US.UTF-8",
            },
            4445,
        )
        .await?;
    bram.client.goto(&join_url).await?;
    bram.wait_for_heading("Join the workshop").await?;
    assert_eq!(
        bram.wait_for("#join-code").await?.prop("value").await?,
        Some(code.clone())
    );
    bram.screenshot("live-phone-02-join-en-webkit").await?;
    assert_no_violations("phone join (WebKit)", &bram.axe_violations().await?);
    bram.click("#join-submit").await?;
    bram.wait_for_heading(&page_heading(false, 1)).await?;
    bram.screenshot("live-phone-03-scan-en-webkit").await?;
    assert_no_violations("phone scan (WebKit)", &bram.axe_violations().await?);

    // Chris: Chromium at 320 px, English; mistypes the code first.
    let chris = room
        .phone(
            &Engine::Chromium {
                width: 320,
                language: "en-GB",
            },
            4446,
        )
        .await?;
    chris.client.goto(&url).await?;
    chris.wait_for_heading("Join the workshop").await?;
    assert_fits(&chris, "the join page at 320 px").await?;
    // The language can be switched, and back.
    chris.click("#language-nl").await?;
    chris.wait_for_heading("Doe mee met de workshop").await?;
    chris.click("#language-en").await?;
    chris.wait_for_heading("Join the workshop").await?;
    let wrong = if code == "AAAAAA" { "CCCCCC" } else { "AAAAAA" };
    chris.fill("#join-code", wrong).await?;
    chris.click("#join-submit").await?;
    chris
        .wait_for_text("#join-error", "This code is not right.")
        .await?;
    chris.screenshot("live-phone-04-wrong-code-en-320").await?;
    assert_fits(&chris, "the join page with an error at 320 px").await?;
    chris.fill("#join-code", &code).await?;
    chris.click("#join-submit").await?;
    chris.wait_for_heading(&page_heading(false, 1)).await?;
    chris.screenshot("live-phone-05-scan-en-320").await?;
    assert_fits(&chris, "the scan at 320 px").await?;
    assert_no_violations("phone scan (Chromium)", &chris.axe_violations().await?);

    // The window counts them in.
    wait_for_exactly(&window, "#live-joined", "3").await?;
    assert_eq!(window.text("#live-answering").await?, "0");

    // Three pages each; the window sees them answering.
    for page in 1..=3 {
        answer_page(&anna, Pattern::Mixed, &page_heading(true, page + 1)).await?;
        answer_page(&bram, Pattern::Middle, &page_heading(false, page + 1)).await?;
        answer_page(&chris, Pattern::Agreeing, &page_heading(false, page + 1)).await?;
    }
    anna.screenshot("live-phone-06-scan-nl").await?;
    wait_for_exactly(&window, "#live-answering", "3").await?;
    assert_eq!(window.text("#live-waiting").await?, "0");
    window.screenshot("live-01-projector-nl").await?;
    // The three phones share the test room's one address: the facilitator's
    // panel of devices that ask more than one phone lists it, with its three
    // participants, none of them waiting.
    window.click("#live-device-panel summary").await?;
    let cells = window
        .texts("#live-device-table tbody tr:first-child td")
        .await?;
    assert_eq!(cells[..2], ["3".to_owned(), "0".to_owned()], "{cells:?}");
    assert!(window
        .text("#live-remove-waiting")
        .await?
        .contains("Iedereen heeft al iets ingevuld"));
    window
        .screenshot_at("live-01b-devices-nl", "#live-device-panel")
        .await?;
    assert_no_violations("live devices", &window.axe_violations().await?);
    window.click("#live-device-panel summary").await?;

    // Bram taps half of page 4 and reloads the page (as a locked phone or a
    // dropped Wi-Fi would): he is back on page 4 with those answers.
    let ids = bram.statements_on_page().await?;
    let (done, rest) = ids.split_at(ids.len() / 2);
    for id in done {
        tap_answer(&bram, id, Pattern::Middle).await?;
    }
    bram.client.refresh().await?;
    bram.wait_for_heading(&page_heading(false, 4)).await?;
    for id in done {
        let checked = bram
            .wait_for(&format!("input[name='answer-{id}']:checked"))
            .await?
            .prop("value")
            .await?;
        assert_eq!(checked.as_deref(), Some("3"), "{id} after the reload");
    }
    for id in rest {
        tap_answer(&bram, id, Pattern::Middle).await?;
    }
    bram.click("#scan-next").await?;
    bram.wait_for_heading(&page_heading(false, 5)).await?;
    for page in 4..=PAGES {
        let next = |dutch_text: bool| {
            if page == PAGES {
                (if dutch_text { "Jouw mix" } else { "Your mix" }).to_owned()
            } else {
                page_heading(dutch_text, page + 1)
            }
        };
        answer_page(&anna, Pattern::Mixed, &next(true)).await?;
        if page < PAGES {
            answer_page(&chris, Pattern::Agreeing, &next(false)).await?;
        }
        if page > 4 {
            answer_page(&bram, Pattern::Middle, &next(false)).await?;
        }
    }

    // Anna's and Bram's own results, on their phones, in their language.
    assert_eq!(scores(&anna).await?, ["100,0", "53,6", "28,1"]);
    assert_eq!(scores(&bram).await?, ["50.0", "50.0", "50.0"]);
    anna.screenshot("live-phone-07-result-nl").await?;
    bram.screenshot("live-phone-08-result-en-webkit").await?;
    assert_no_violations("phone result (Chromium)", &anna.axe_violations().await?);
    assert_no_violations("phone result (WebKit)", &bram.axe_violations().await?);

    // Two are in; the figures stay hidden until the facilitator reveals.
    wait_for_exactly(&window, "#live-finished", "2").await?;
    window.click("#language-en").await?;
    window.wait_for_heading("Join with your phone").await?;
    window.screenshot("live-02-projector-en").await?;
    window.click("#language-nl").await?;
    window.wait_for_heading("Doe mee met je telefoon").await?;
    window.click("#live-to-group").await?;
    window.wait_for_heading("Live in zaal 2").await?;
    window.wait_for("#live-hidden").await?;
    // Nothing of the group's answers while hidden, also not about the list.
    window.wait_for("#group-quality:disabled").await?;
    window.click("#live-show").await?;
    window.wait_for_heading("Doe mee met je telefoon").await?;
    window.click("#live-reveal").await?;
    window.wait_for_text("#live-reveal", "Verberg").await?;
    window.click("#live-to-group").await?;
    window.wait_for_heading("Live in zaal 2").await?;
    window.wait_for("#group-quality:enabled").await?;
    window
        .wait_for_text("#group-too-small", "Vanaf 3 uitslagen")
        .await?;

    // Chris finishes; the group's figures appear in place, equal to the
    // hand-computed means of 100/50/75, 53,571…/50/75 and 28,571…/50/75.
    answer_page(&chris, Pattern::Agreeing, "Your mix").await?;
    assert_eq!(scores(&chris).await?, ["75.0", "75.0", "75.0"]);
    // Every answer the same: no noise to see, so each margin is the score.
    assert_eq!(
        chris.texts("#result-scores .rs-margin").await?,
        ["75 to 75", "75 to 75", "75 to 75"]
    );
    // Blended like Bram's 50s (no role stands out: every score is equal),
    // but a different level: the phone says so.
    for phone in [&chris, &bram] {
        assert_eq!(
            phone.text("#mix-sentence").await?,
            "No role stands out. The differences between your scores are too small to say \
             which role is stronger. You mix the roles."
        );
    }
    assert_eq!(
        chris.text("#level-sentence").await?,
        "All in all, you recognise yourself strongly in the roles: on average 75 out of 100."
    );
    assert_eq!(
        bram.text("#level-sentence").await?,
        "All in all, you recognise yourself somewhat in the roles: on average 50 out of 100."
    );
    assert_fits(&chris, "the result at 320 px").await?;
    let means = [
        (100.0 + 50.0 + 75.0) / 3.0,
        (1500.0 / 28.0 + 50.0 + 75.0) / 3.0,
        (28.125 + 50.0 + 75.0) / 3.0,
    ];
    for (role, mean) in ["bureaucraat", "ondernemer", "verbinder"].iter().zip(means) {
        let row = format!("#group-stats tr[data-role='{role}']");
        window
            .wait_for_text(&format!("{row} .rs-mean"), &dutch(mean))
            .await?;
        assert_eq!(window.text(&format!("{row} .rs-n")).await?, "3");
    }
    assert_eq!(
        [dutch(means[0]), dutch(means[1]), dutch(means[2])],
        ["75,0", "59,5", "51,0"]
    );
    window
        .screenshot_at("live-03-group-revealed", "#group-figures")
        .await?;
    assert_no_violations(
        "group during a live session",
        &window.axe_violations().await?,
    );

    // Dana joins late and is halfway page 2 when the session ends.
    let dana = room
        .phone(
            &Engine::Chromium {
                width: 390,
                language: "nl-NL",
            },
            4447,
        )
        .await?;
    dana.client.goto(&url).await?;
    dana.wait_for_heading("Doe mee met de workshop").await?;
    dana.fill("#join-code", &code).await?;
    dana.click("#join-submit").await?;
    dana.wait_for_heading(&page_heading(true, 1)).await?;
    answer_page(&dana, Pattern::Middle, &page_heading(true, 2)).await?;
    let page_two = dana.statements_on_page().await?;
    for id in &page_two[..2] {
        tap_answer(&dana, id, Pattern::Middle).await?;
    }

    // The facilitator ends the session: the group keeps all three, and
    // nothing listens on the room's network any more.
    window.click("#live-show").await?;
    window.wait_for_heading("Doe mee met je telefoon").await?;
    assert_eq!(window.text("#live-finished").await?, "3");
    window.click("#live-end").await?;
    window.click("#live-end-confirm-yes").await?;
    window.wait_for("#live-start").await?;
    let port: u16 = url
        .trim_end_matches('/')
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .ok_or("no port")?;
    assert!(
        std::net::TcpStream::connect((room.host, port)).is_err(),
        "the session's port still listens"
    );
    assert_eq!(
        window
            .text("#group-stats tr[data-role='bureaucraat'] .rs-mean")
            .await?,
        "75,0"
    );

    // Dana answers on, without a laptop: the phone keeps it and says so.
    tap_answer(&dana, &page_two[2], Pattern::Middle).await?;
    dana.wait_for_text("#connection", "Geen verbinding").await?;
    dana.screenshot("live-phone-09-offline-nl").await?;

    // A new session on the same group: Dana's phone learns that its session
    // is gone, joins again with the new code and goes on where she was.
    window
        .wait_for("#live-address")
        .await?
        .select_by_value(&room_address)
        .await?;
    window.click("#live-start").await?;
    window.wait_for_heading("Doe mee met je telefoon").await?;
    let new_code = window.text("#live-code").await?;
    // The phone tries again after 1, 2, 4, 8, then every 10 s.
    if dana.wait_for_heading("De sessie is gestopt").await.is_err() {
        dana.wait_for_heading("De sessie is gestopt").await?;
    }
    assert!(dana
        .text("#phone-carried")
        .await?
        .contains("gaan je 9 antwoorden mee"));
    dana.screenshot("live-phone-10-session-gone-nl").await?;
    assert_no_violations("phone, session gone", &dana.axe_violations().await?);
    dana.click("#phone-join-again").await?;
    dana.fill("#join-code", &new_code).await?;
    dana.click("#join-submit").await?;
    dana.wait_for_heading(&page_heading(true, 2)).await?;
    for id in &page_two[..3] {
        let checked = dana
            .wait_for(&format!("input[name='answer-{id}']:checked"))
            .await?
            .prop("value")
            .await?;
        assert_eq!(checked.as_deref(), Some("3"), "{id} came along");
    }
    for id in &page_two[3..] {
        tap_answer(&dana, id, Pattern::Middle).await?;
    }
    dana.click("#scan-next").await?;
    dana.wait_for_heading(&page_heading(true, 3)).await?;
    for page in 3..=PAGES {
        let next = if page == PAGES {
            "Jouw mix".to_owned()
        } else {
            page_heading(true, page + 1)
        };
        answer_page(&dana, Pattern::Middle, &next).await?;
    }
    assert_eq!(scores(&dana).await?, ["50,0", "50,0", "50,0"]);
    wait_for_exactly(&window, "#live-finished", "1").await?;
    assert_eq!(window.text("#live-joined").await?, "1");

    // The afternoon: a retest in a new group. Each phone kept the code its
    // result showed in the morning.
    let codes = [
        shown_pairing(&anna).await?,
        shown_pairing(&bram).await?,
        shown_pairing(&chris).await?,
    ];
    assert!(
        codes[0] != codes[1] && codes[1] != codes[2] && codes[0] != codes[2],
        "{codes:?}"
    );
    window.click("#live-end").await?;
    window.click("#live-end-confirm-yes").await?;
    window.wait_for("#live-start").await?;
    window.click("#group-back").await?;
    window.wait_for_heading("Je groepen").await?;
    let (afternoon_url, afternoon) =
        group_with_session(&window, "Live in zaal 2, middag", &room_address).await?;
    assert_eq!(afternoon_url, url, "the same address as the morning");
    for (phone, dutch_text) in [(&anna, true), (&bram, false), (&chris, false)] {
        // Finished in a session that is over: straight to joining again.
        phone
            .client
            .goto(&format!("{url}?code={afternoon}"))
            .await?;
        phone
            .wait_for_heading(if dutch_text {
                "Doe mee met de workshop"
            } else {
                "Join the workshop"
            })
            .await?;
        phone.click("#join-submit").await?;
        phone.wait_for_heading(&page_heading(dutch_text, 1)).await?;
    }
    // Anna answers differently now; Bram and Chris as in the morning.
    answer_all(&anna, Pattern::Agreeing, true).await?;
    answer_all(&bram, Pattern::Middle, false).await?;
    answer_all(&chris, Pattern::Agreeing, false).await?;
    for (phone, code) in [&anna, &bram, &chris].into_iter().zip(&codes) {
        assert_eq!(&shown_pairing(phone).await?, code, "the same code again");
    }
    anna.screenshot_at("live-phone-11-retest-code-nl", "#phone-pairing")
        .await?;
    wait_for_exactly(&window, "#live-finished", "3").await?;
    window.click("#live-end").await?;
    window.click("#live-end-confirm-yes").await?;
    window.wait_for("#live-start").await?;

    // How steady were the scores? Three people answered twice; nobody's
    // name is needed for that.
    window.click("#group-quality").await?;
    window.wait_for_heading("Hoe goed meet de lijst?").await?;
    assert_eq!(
        window
            .text("#quality-retest-count")
            .await?
            .split(". ")
            .next(),
        Some("3 mensen deden de scan twee keer")
    );
    let rows = window.texts("#quality-retest tbody tr").await?;
    assert_eq!(rows.len(), 3, "{rows:?}");
    // Bram answered "3" to everything both times and Chris the same keyed
    // 4s: their changes are 0; Anna's went from 100/53,6/28,1 to 75 each.
    assert!(rows[0].contains("vanaf 4 paren"), "{rows:?}");
    window
        .screenshot_at("live-04-tweede-meting", "#quality-retest-section")
        .await?;
    assert_no_violations("retest figures", &window.axe_violations().await?);
    window.click("#quality-retest-export").await?;
    let status = window
        .wait_for_text("#quality-retest-status", "Bewaard als")
        .await?;
    let saved = super::support::dialog_dir(data.path()).join(
        status
            .trim_start_matches("Bewaard als ")
            .trim_end_matches('.'),
    );
    let csv = std::fs::read_to_string(&saved)?;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "a header and three pairs: {csv}");
    assert!(lines[0].contains("Bureaucraat eerste keer"), "{csv}");
    for code in &codes {
        assert!(!csv.contains(&code.replace('-', "")), "no code in {csv}");
    }
    assert!(!csv.contains("Anna"), "no name in {csv}");
    // The log tells the sessions, and no name, group name or answer.
    let log = super::assert_log_keeps(data.path(), &["Anna", "de Vries", "Live in zaal 2"]);
    assert!(log.contains("live: a session opened"), "{log}");
    assert!(log.contains("live: the session ended ("), "{log}");
    Ok(())
}

/// On a phone's result: rates the group's situation page by page, tapping
/// as a finger would, and comes back to the result with its thanks.
/// With `look`, its first page is also checked (axe, no sideways scroll)
/// and kept as a screenshot of that name.
async fn rate_situation(
    phone: &Phone,
    keyed: [u8; 3],
    dutch_text: bool,
    look: Option<&str>,
) -> TestResult {
    phone.click("#phone-rate-situation").await?;
    for page in 1..=5 {
        phone
            .wait_for_heading(&if dutch_text {
                format!("Pagina {page} van 5")
            } else {
                format!("Page {page} of 5")
            })
            .await?;
        if let (1, Some(name)) = (page, look) {
            assert_no_violations(name, &phone.axe_violations().await?);
            assert_fits(phone, name).await?;
            phone.screenshot(name).await?;
        }
        for id in phone.statements_on_page().await? {
            let radio = phone
                .wait_for(&format!(
                    "input[name='answer-{id}'][value='{}']",
                    super::support::situation_answer(&id, keyed)
                ))
                .await?;
            radio.find(Locator::XPath("..")).await?.click().await?;
        }
        phone.click("#scan-next").await?;
    }
    phone.wait_for("#phone-situation-done").await?;
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn three_phones_rate_the_groups_assignment_and_the_window_shows_what_it_asks() -> TestResult {
    let room = Room::create()?;
    let data = tempfile::tempdir()?;
    let window = Session::start(data.path(), "nl_NL.UTF-8").await?;
    window.click("#open-groups").await?;
    window.wait_for_heading("Je groepen").await?;
    window.fill("#new-group-name", "Team Wijk").await?;
    window.click("#create-group").await?;
    window.wait_for_heading("Team Wijk").await?;
    // The facilitator names the group's assignment.
    window
        .fill("#group-situation-name", "Wijkaanpak <i>fase 2</i>")
        .await?;
    window.click("#group-situation-save").await?;
    window
        .wait_for_text("#group-situation-status", "De opdracht is bewaard.")
        .await?;
    assert_no_violations("group with an assignment", &window.axe_violations().await?);
    window
        .wait_for("#live-address")
        .await?
        .select_by_value(&room.host.to_string())
        .await?;
    window.click("#live-start").await?;
    window.wait_for_heading("Doe mee met je telefoon").await?;
    let shown = window.text("#live-url").await?;
    let url = shown
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .ok_or("no address")?
        .to_owned();
    let join_url = format!("{url}?code={}", window.text("#live-code").await?);

    // Three phones in two engines: each takes the scan ("3" everywhere:
    // 50 · 50 · 50), then rates the assignment.
    let phones = [
        (
            Engine::Chromium {
                width: 390,
                language: "nl-NL",
            },
            4450,
            true,
            [5, 3, 2],
        ),
        (
            Engine::WebKit {
                locale: "en_US.UTF-8",
            },
            4451,
            false,
            [4, 3, 1],
        ),
        (
            Engine::Chromium {
                width: 320,
                language: "en-GB",
            },
            4452,
            false,
            [5, 2, 2],
        ),
    ];
    let mut opened = Vec::new();
    for (engine, port, dutch_text, _) in &phones {
        let phone = room.phone(engine, *port).await?;
        phone.client.goto(&join_url).await?;
        phone
            .wait_for_heading(if *dutch_text {
                "Doe mee met de workshop"
            } else {
                "Join the workshop"
            })
            .await?;
        phone.click("#join-submit").await?;
        phone
            .wait_for_heading(&page_heading(*dutch_text, 1))
            .await?;
        opened.push(phone);
    }
    let looks = [
        None,
        Some("live-phone-21-assignment-en-webkit"),
        Some("live-phone-22-assignment-en-320"),
    ];
    for ((phone, (_, _, dutch_text, keyed)), look) in opened.iter().zip(&phones).zip(looks) {
        answer_all(phone, Pattern::Middle, *dutch_text).await?;
        let offer = phone.text("#phone-situation").await?;
        assert!(offer.contains("Wijkaanpak <i>fase 2</i>"), "{offer}");
        rate_situation(phone, *keyed, *dutch_text, look).await?;
    }
    let (anna, bram, chris) = (&opened[0], &opened[1], &opened[2]);
    // The rating pages, looked at and checked, in both engines.
    chris.click("#language-nl").await?;
    chris.wait_for("#phone-situation-done").await?;
    assert_fits(chris, "the result with the assignment's thanks at 320 px").await?;
    assert_eq!(
        anna.text("#phone-situation-done").await?,
        "Dank je. Je hebt ingevuld wat 'Wijkaanpak <i>fase 2</i>' vraagt."
    );
    assert_no_violations(
        "phone result with the assignment",
        &bram.axe_violations().await?,
    );
    anna.screenshot("live-phone-20-assignment-done-nl").await?;

    // The window: revealed, the group's mix next to what the assignment
    // asks. By hand: the group 50 · 50 · 50 (no spread); the assignment
    // Bureaucraat 100, 75, 100 → 91,7, spread 14,4, 75,0 to 100,0;
    // Ondernemer 50, 50, 25 → 41,7; Verbinder 25, 0, 25 → 16,7; each
    // spread √(625/3) = 14,4, so a clear difference needs 2,394 ·
    // 14,4/√3 = 20,0 points: more, about the same, less.
    window.click("#live-reveal").await?;
    window.wait_for_text("#live-reveal", "Verberg").await?;
    window.click("#live-to-group").await?;
    window.wait_for_heading("Team Wijk").await?;
    window.wait_for("#group-situation-table").await?;
    let rows = window.texts("#group-situation-table tbody tr").await?;
    let expected = [
        ["Bureaucraat", "50,0", "91,7", "14,4", "75,0 tot 100,0"],
        ["Ondernemer", "50,0", "41,7", "14,4", "25,0 tot 50,0"],
        ["Verbinder", "50,0", "16,7", "14,4", "0,0 tot 25,0"],
    ];
    for (row, cells) in rows.iter().zip(expected) {
        for cell in cells {
            assert!(row.contains(cell), "{cell:?} in {row:?}");
        }
    }
    assert_eq!(
        window.texts("#group-situation-verdicts li").await?,
        [
            "De opdracht vraagt duidelijk meer van de Bureaucraat dan de groep laat zien.",
            "De opdracht vraagt ongeveer evenveel van de Ondernemer als de groep laat zien.",
            "De opdracht vraagt duidelijk minder van de Verbinder dan de groep laat zien.",
        ]
    );
    assert!(window
        .text("#group-situation-figures-heading")
        .await?
        .contains("Wijkaanpak <i>fase 2</i>"));
    window
        .screenshot_at("live-20-group-assignment", "#group-situation")
        .await?;
    assert_no_violations("group assignment figures", &window.axe_violations().await?);
    window.click("#language-en").await?;
    window
        .wait_for_text("#group-situation-figures-heading", "What does")
        .await?;
    assert_no_violations(
        "group assignment figures (English)",
        &window.axe_violations().await?,
    );
    super::assert_log_keeps(data.path(), &["Wijkaanpak", "Team Wijk"]);
    Ok(())
}
