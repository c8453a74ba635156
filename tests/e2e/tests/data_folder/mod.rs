//! The data folder's move from the first release's identifier, in the real
//! window: a folder laid out as release 0.1.0 left it (its database with a
//! result and a scan in progress, a backup before an upgrade, its log) is
//! found under the new name on the first start with everything in it; when
//! the earlier version ran again afterwards, its database comes in as a kept
//! copy, told about and listed, never mixed in.
//!
//! The debug build under test uses the development folders
//! (`<identifier>.dev`); the installed package's own names are checked by
//! `make package-test`.

use std::path::Path;

use super::assert_no_violations;
use super::support::{root, Session, TestResult};

const EARLIER: &str = "nl.rolspiegel.app.dev";
const CURRENT: &str = "nl.rolspiegel.Rolspiegel.dev";

fn fixture(name: &str) -> std::path::PathBuf {
    root().join("crates/storage/tests/fixtures").join(name)
}

/// A folder as the released version leaves it, with its schema-5 database.
fn released_folder(folder: &Path) -> TestResult {
    std::fs::create_dir_all(folder)?;
    std::fs::copy(fixture("schema-v5.db"), folder.join("rolspiegel.db"))?;
    std::fs::copy(
        fixture("schema-v4.db"),
        folder.join("rolspiegel-backup-v4-1763800000000.db"),
    )?;
    std::fs::write(folder.join("rolspiegel.log"), "the earlier version's log\n")?;
    Ok(())
}

fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[tokio::test(flavor = "current_thread")]
async fn the_first_release_folder_moves_to_the_new_name_with_everything_in_it() -> TestResult {
    let home = tempfile::tempdir()?;
    let xdg = home.path().join("share");
    let (earlier, current) = (xdg.join(EARLIER), xdg.join(CURRENT));
    released_folder(&earlier)?;
    let xdg_text = xdg.display().to_string();
    // No folder of the test's choosing: the app finds its own, as installed.
    let env = [
        ("ROLSPIEGEL_DATA_DIR", ""),
        ("XDG_DATA_HOME", xdg_text.as_str()),
    ];
    let session = Session::start_with_env(home.path(), "nl_NL.UTF-8", &env).await?;

    assert!(
        !earlier.exists(),
        "the earlier folder is gone: {:?}",
        names(&xdg)
    );
    let moved = names(&current);
    for kept in [
        "rolspiegel.db",
        "rolspiegel-backup-v4-1763800000000.db",
        "rolspiegel.log",
    ] {
        assert!(moved.iter().any(|n| n == kept), "{kept} in {moved:?}");
    }
    // The fixture's result is there (upgraded from schema 5 as usual, with
    // a backup first) and nothing was told: a move is not news.
    let history = session.invoke("history").await?;
    assert_eq!(history.as_array().map(Vec::len), Some(1), "{history}");
    assert!(session.texts(".rs-notice").await?.is_empty());
    let about = session.invoke("about").await?;
    assert_eq!(
        about["dataFolder"].as_str(),
        Some(current.display().to_string().as_str()),
        "{about}"
    );
    let log = std::fs::read_to_string(current.join("rolspiegel.log"))?;
    assert!(
        log.starts_with("the earlier version's log\n"),
        "one log, continued"
    );
    assert!(log.contains("data folder moved"), "{log}");
    drop(session);

    // The earlier version ran again after the move and made a folder and a
    // database of its own; the next start keeps that one as a copy.
    released_folder(&earlier)?;
    // (The fixture's person chose English.)
    let session = Session::start_with_env(home.path(), "nl_NL.UTF-8", &env).await?;
    let notice = session
        .wait_for_text("[data-notice='earlier']", "old folder")
        .await?;
    let kept: Vec<String> = names(&current)
        .into_iter()
        .filter(|n| n.starts_with("rolspiegel-earlier-") && n.ends_with(".db"))
        .collect();
    assert_eq!(kept.len(), 1, "{:?}", names(&current));
    assert!(notice.contains(&kept[0]), "{notice}");
    assert!(notice.contains(&current.display().to_string()), "{notice}");
    let history = session.invoke("history").await?;
    assert_eq!(
        history.as_array().map(Vec::len),
        Some(1),
        "nothing mixed in"
    );
    assert_eq!(
        names(&earlier),
        vec![
            "rolspiegel-backup-v4-1763800000000.db".to_owned(),
            "rolspiegel.log".to_owned()
        ],
        "only what has a name here already stays behind (the same backup moved before)"
    );
    session.screenshot("40-earlier-folder-notice").await?;
    assert_no_violations("earlier folder notice", &session.axe_violations().await?);

    // The history lists it among the copies, with what it holds.
    session.click("#open-history").await?;
    session.wait_for_heading("All your results").await?;
    let copies = session.texts("#copies-list li").await?;
    assert!(
        copies.iter().any(
            |c| c.starts_with("Data from the folder of an earlier version")
                && c.contains("1 result,")
        ),
        "{copies:?}"
    );
    session
        .screenshot_at("41-earlier-folder-copy", "#copies-list")
        .await?;
    Ok(())
}
