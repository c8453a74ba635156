//! Guards on the app's configuration: a loosened CSP, an extra permission or
//! a crate under `crates/` that reaches Tauri must be a deliberate, reviewed
//! change. (As integration tests of this package they also make `cargo test`
//! build the app binary that the end-to-end tests start.)
// Test code may panic.
#![allow(clippy::expect_used, clippy::unwrap_used)]

fn read(path: &str) -> serde_json::Value {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&full).expect("config file exists");
    serde_json::from_str(&text).expect("config file is JSON")
}

#[test]
fn the_csp_allows_only_the_app_itself_and_ipc() {
    let config = read("tauri.conf.json");
    let security = &config["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    let csp = security["csp"].as_object().expect("CSP as a map");
    assert_eq!(csp["default-src"], "'self'");
    for (directive, sources) in csp {
        let sources = sources.as_str().expect("sources as text");
        for forbidden in [
            "unsafe-inline",
            "unsafe-eval",
            "http:",
            "https:",
            "*",
            "data:",
            "blob:",
        ] {
            let allowed = directive == "connect-src" && sources == "ipc: http://ipc.localhost";
            assert!(
                allowed || !sources.contains(forbidden),
                "{directive} allows {forbidden}: {sources}"
            );
        }
    }
    for directive in ["object-src", "base-uri", "form-action", "frame-src"] {
        assert_eq!(csp[directive], "'none'", "{directive}");
    }
}

/// Every package in `Cargo.lock` with the names of its dependencies.
fn locked_graph() -> std::collections::HashMap<String, Vec<String>> {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.lock"))
        .expect("Cargo.lock");
    let mut graph = std::collections::HashMap::new();
    for block in lock.split("[[package]]").skip(1) {
        let name = block
            .lines()
            .find_map(|l| l.strip_prefix("name = \""))
            .and_then(|l| l.strip_suffix('"'))
            .expect("a package has a name")
            .to_string();
        let deps: Vec<String> = block
            .split("dependencies = [")
            .nth(1)
            .map(|rest| {
                rest.split(']')
                    .next()
                    .unwrap_or_default()
                    .lines()
                    .filter_map(|l| l.trim().trim_end_matches(',').strip_prefix('"'))
                    .filter_map(|l| l.strip_suffix('"'))
                    // "name" or "name version" when several versions exist.
                    .map(|l| l.split(' ').next().unwrap_or(l).to_string())
                    .collect()
            })
            .unwrap_or_default();
        graph.entry(name).or_insert_with(Vec::new).extend(deps);
    }
    graph
}

#[test]
fn no_crate_under_crates_depends_on_tauri() {
    let graph = locked_graph();
    let crates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates");
    let mut checked = 0;
    for entry in std::fs::read_dir(crates).expect("crates folder") {
        let manifest = entry.expect("entry").path().join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&manifest) else {
            continue;
        };
        let name = text
            .lines()
            .find_map(|l| l.strip_prefix("name = \""))
            .and_then(|l| l.strip_suffix('"'))
            .expect("crate name")
            .to_string();
        // Everything it needs to build and run, transitively.
        let mut seen = std::collections::HashSet::new();
        let mut todo = vec![name.clone()];
        while let Some(next) = todo.pop() {
            assert!(
                !next.starts_with("tauri") && !next.starts_with("wry"),
                "{name} depends on {next}: only src-tauri may know Tauri"
            );
            if seen.insert(next.clone()) {
                todo.extend(graph.get(&next).cloned().unwrap_or_default());
            }
        }
        checked += 1;
    }
    assert!(checked >= 5, "every crate under crates/ was checked");
    // The check itself can fail: the app crate does reach Tauri.
    let mut todo = vec!["rolspiegel".to_string()];
    let mut seen = std::collections::HashSet::new();
    let mut found = false;
    while let Some(next) = todo.pop() {
        found |= next == "tauri";
        if seen.insert(next.clone()) {
            todo.extend(graph.get(&next).cloned().unwrap_or_default());
        }
    }
    assert!(found, "the lock file was read: rolspiegel reaches tauri");
}

fn source(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path)
}

/// The app's commands, sorted: the `#[tauri::command]` functions in
/// `src/commands.rs` as `build.rs` found and registered them.
fn commands() -> Vec<String> {
    let mut names: Vec<String> = include_str!(concat!(env!("OUT_DIR"), "/commands.txt"))
        .lines()
        .map(str::to_string)
        .collect();
    names.sort();
    assert!(names.len() > 30, "build.rs found the commands");
    names
}

#[test]
fn the_window_may_call_exactly_the_app_commands_and_nothing_else() {
    let capability = read("capabilities/main-window.json");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    let mut granted: Vec<String> = capability["permissions"]
        .as_array()
        .expect("permissions list")
        .iter()
        .map(|p| p.as_str().expect("plain permission id").to_string())
        .collect();
    granted.sort();
    let mut wanted: Vec<String> = commands()
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        // Listening to the app's own events (a live session's changes).
        .chain(["core:event:allow-listen", "core:event:allow-unlisten"].map(String::from))
        .collect();
    wanted.sort();
    assert_eq!(
        granted, wanted,
        "one permission per app command, listening to events, nothing else"
    );
}

#[test]
fn the_ui_calls_exactly_the_commands_that_exist() {
    let commands = commands();
    // Every `invoke("<name>"` in the UI's one backend module.
    let ui = source("../ui/src/backend.ts");
    let mut invoked: Vec<String> = ui
        .split("invoke(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect();
    invoked.sort();
    invoked.dedup();
    assert_eq!(invoked, commands, "the commands ui/src/backend.ts invokes");
}
