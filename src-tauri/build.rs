//! Lists every app command, so that each one needs an explicit permission in a
//! capability file (least privilege: nothing is allowed by default).

const COMMANDS: &[&str] = &[
    "startup",
    "set_language",
    "current_scan",
    "start_scan",
    "save_answer",
    "finish_scan",
    "discard_scan",
    "result",
    "results",
    "history",
    "set_label",
    "delete_result",
    "save_reflection",
    "save_goal",
    "clear_goal",
    "compare",
    "export_chart",
    "export_data",
    "import_data",
    "wipe",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .unwrap_or_else(|e| panic!("tauri build step failed: {e}"));
}
