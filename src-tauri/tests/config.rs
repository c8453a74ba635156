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
fn the_uis_command_calls_are_the_ones_generated_from_the_declarations() {
    let generated = include_str!(concat!(env!("OUT_DIR"), "/commands.ts"));
    let path = format!("{}/../ui/src/commands.ts", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_WIRE").is_some() {
        std::fs::write(&path, generated).expect("writes ui/src/commands.ts");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/commands.ts is stale: run `make wire` and commit it."
    );
    // Every command has its call, and nothing else in the UI calls Rust.
    for command in commands() {
        assert!(
            generated.contains(&format!("invoke(\"{command}\"")),
            "{command} has a call"
        );
    }
    let mut files = vec![std::path::PathBuf::from(format!(
        "{}/../ui/src",
        env!("CARGO_MANIFEST_DIR")
    ))];
    let mut checked = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(
                std::fs::read_dir(&path)
                    .expect("a folder")
                    .map(|e| e.expect("entry").path()),
            );
        } else if path.extension().is_some_and(|e| e == "ts") && !path.ends_with("commands.ts") {
            let text = std::fs::read_to_string(&path).expect("a file");
            assert!(
                !text.contains("invoke(") && !text.contains("@tauri-apps/api/core"),
                "{} calls Rust itself; calls go through the generated commands.ts",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 20, "the UI's files were read");
}

/// The repository's root.
fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("src-tauri sits in the repository")
        .to_path_buf()
}

#[test]
fn architecture_md_names_only_files_and_folders_that_exist() {
    let root = root();
    let text = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut section: Option<String> = None;
    let mut fenced = false;
    let mut checked = 0;
    let mut missing = Vec::new();
    for line in text.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        // A code-map section headed by a folder: paths in it may be
        // written from that folder.
        if let Some(heading) = line.strip_prefix("### ") {
            section = heading
                .strip_prefix('`')
                .and_then(|h| h.strip_suffix('`'))
                .map(str::to_owned);
        } else if line.starts_with("## ") {
            section = None;
        }
        for (i, span) in line.split('`').enumerate() {
            // Odd pieces are inside backticks.
            if i % 2 == 0 || !span.contains('/') {
                continue;
            }
            // Not a path: a pattern, a URL, a flag or an npm package.
            if span.contains([' ', '<', '*', '{', ':', '$']) || span.starts_with(['-', '@']) {
                continue;
            }
            let path = span.trim_end_matches('/');
            let found = root.join(path).exists()
                || section
                    .as_deref()
                    .is_some_and(|s| root.join(s).join(path).exists());
            if !found {
                missing.push(span.to_owned());
            }
            checked += 1;
        }
    }
    assert!(checked > 30, "the paths were read: {checked}");
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names what is not there: {missing:?}"
    );
}

#[test]
fn the_pure_crates_do_no_io() {
    // The core and the charts take values and give values: no files, no
    // network, no processes, no clock or environment of their own.
    for folder in ["crates/core/src", "crates/charts/src"] {
        for entry in std::fs::read_dir(root().join(folder)).expect("a source folder") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("a source file");
            for io in [
                "std::fs",
                "std::net",
                "std::process",
                "std::env",
                "File::",
                "SystemTime",
            ] {
                assert!(
                    !text.contains(io),
                    "{} uses {io}: the core and the charts do no I/O",
                    path.display()
                );
            }
        }
    }
}
