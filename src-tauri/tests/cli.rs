//! `rolspiegel --version` and `--help` print and stop before any window or
//! database, in the language of the user's locale; the real binary is run.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::process::Command;

fn run(arg: &str, locale: &str) -> (bool, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_rolspiegel"))
        .arg(arg)
        .env("LANG", locale)
        .env("LC_ALL", locale)
        .env_remove("LANGUAGE")
        // No display: a window would fail to open, so a pass shows none was tried.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("ROLSPIEGEL_DATA_DIR", dir.path())
        .output()
        .expect("the binary runs");
    let empty = std::fs::read_dir(dir.path()).expect("dir").next().is_none();
    assert!(empty, "no data folder was touched");
    (
        out.status.success(),
        String::from_utf8(out.stdout).expect("UTF-8"),
    )
}

#[test]
fn version_and_help_print_in_the_users_language_and_open_nothing() {
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(
        run("--version", "nl_NL.UTF-8"),
        (true, format!("Rolspiegel {version}\n"))
    );
    let (ok, dutch) = run("--help", "nl_NL.UTF-8");
    assert!(
        ok && dutch.contains("Gebruik: rolspiegel [OPTIE]"),
        "{dutch}"
    );
    let (ok, english) = run("-h", "en_GB.UTF-8");
    assert!(
        ok && english.contains("Usage: rolspiegel [OPTION]"),
        "{english}"
    );
    assert!(english.contains("-V, --version"));
}
