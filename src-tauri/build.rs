//! Lists every app command, so that each one needs an explicit permission in a
//! capability file (least privilege: nothing is allowed by default).

const COMMANDS: &[&str] = &[
    "startup",
    "dismiss_notice",
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
    "export_backup",
    "import_data",
    "wipe_summary",
    "wipe",
    "groups",
    "create_group",
    "update_group",
    "delete_group",
    "add_group_files",
    "add_dropped_files",
    "add_own_results",
    "group_view",
    "projection_step",
    "set_fullscreen",
    "export_group_chart",
    "export_group_csv",
    "save_participant_file",
    "export_group_file",
    "open_group_file",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .unwrap_or_else(|e| panic!("tauri build step failed: {e}"));
}
