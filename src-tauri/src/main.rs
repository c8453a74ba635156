//! Starts the Rolspiegel desktop app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // `--version` and `--help` print and stop, in the user's language,
    // before any window or database; every other argument starts the app.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(asked) = rolspiegel_app::cli::asked(&args) {
        let locale = sys_locale::get_locale();
        print!(
            "{}",
            rolspiegel_app::cli::answer(asked, locale.as_deref(), env!("CARGO_PKG_VERSION"))
        );
        return;
    }
    rolspiegel_desktop::run();
}
