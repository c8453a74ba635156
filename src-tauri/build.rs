//! Gives every app command its own permission (`allow-<command>`), so that
//! each one must be granted in a capability file (least privilege: nothing is
//! allowed by default). The commands are read from `src/commands.rs`, where
//! each is a `#[tauri::command]` function: a new command is listed by writing
//! it. The handler list (`generate_handler!`) is written from the same names
//! into `$OUT_DIR/handler.rs`, which `src/lib.rs` includes; `tests/config.rs`
//! reads the names from `$OUT_DIR/commands.txt` and checks that the
//! capability and the UI's `invoke` names agree.

/// The names of the `#[tauri::command]` functions in a source file.
fn command_names(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "#[tauri::command]" {
            continue;
        }
        let signature = lines.next().unwrap_or_default();
        let name = signature
            .split("fn ")
            .nth(1)
            .and_then(|rest| rest.split(['(', '<']).next())
            .unwrap_or_else(|| panic!("a command is a function: {signature}"));
        names.push(name.trim().to_string());
    }
    names
}

fn main() {
    println!("cargo:rerun-if-changed=src/commands.rs");
    let source = std::fs::read_to_string("src/commands.rs")
        .unwrap_or_else(|e| panic!("src/commands.rs: {e}"));
    let names = command_names(&source);
    assert!(!names.is_empty(), "src/commands.rs has commands");
    let handler = format!(
        "tauri::generate_handler![{}]",
        names
            .iter()
            .map(|n| format!("commands::{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    let write = |file: &str, text: String| {
        std::fs::write(std::path::Path::new(&out).join(file), text)
            .unwrap_or_else(|e| panic!("{file}: {e}"));
    };
    write("handler.rs", handler);
    // The same names for tests/config.rs, one a line, so it checks exactly
    // what was registered rather than parsing commands.rs a second way.
    write("commands.txt", names.join("\n"));
    // The manifest wants 'static names; a build script runs once, so leaking
    // these few strings is harmless.
    let names: &'static [&'static str] = Vec::leak(
        names
            .into_iter()
            .map(|n| &*String::leak(n))
            .collect::<Vec<_>>(),
    );
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .unwrap_or_else(|e| panic!("tauri build step failed: {e}"));
}
