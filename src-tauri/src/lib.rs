//! The Rolspiegel desktop app: the only crate that knows about Tauri, windows
//! and IPC. It is the window's front door to the behaviour in
//! `rolspiegel-app` (`crates/app`):
//! - start-up here picks the data folder and the locale and starts
//!   [`rolspiegel_app::service::Service`];
//! - [`commands`] exposes it to the web view, one thin command per action,
//!   and opens the native file dialogs (reading and writing the chosen files
//!   outside the service lock);
//! - the phones' door of a live session (`crates/workshop`) is plugged into
//!   the app's live room at start-up; commands call the room, and its
//!   changes reach the window as `live-changed` events, throttled.
//!
//! What it does not do: behaviour, scoring, SQL, Fluent parsing or drawing;
//! those live in `crates/`.

pub mod commands;
pub mod log;

use tauri::Manager;

use commands::AppState;
use rolspiegel_app::data_folder::{self, FolderMove, Located, DATA_DIR_ENV, DB_FILE};
use rolspiegel_app::service::Service;

/// Finds the data folder (see [`data_folder::locate`]), moving the earlier
/// identifier's folder first: before any window, whose web view keeps its
/// own files in the same folder.
fn locate_data(identifier: &str) -> Located {
    data_folder::locate(
        std::env::var_os(DATA_DIR_ENV).as_deref(),
        dirs::data_dir().as_deref(),
        identifier,
        cfg!(debug_assertions),
    )
}

/// Says in the log what moving the earlier data folder did.
fn log_move(located: &Located) {
    match &located.moved {
        None | Some(Ok(FolderMove::Nothing)) => {}
        Some(Ok(FolderMove::Renamed)) => {
            tracing::info!("data folder moved from the earlier identifier's name");
        }
        Some(Ok(FolderMove::Merged { kept_as, left })) => tracing::warn!(
            "data folder merged with the earlier identifier's: its database {}, {left} entries left there",
            if kept_as.is_some() { "kept as a copy" } else { "moved in" }
        ),
        Some(Err(e)) => tracing::error!("moving the earlier data folder stopped: {e}"),
    }
}

/// Adds Rolspiegel's state and commands to a builder, for any runtime, with
/// the data in `located`.
pub fn build<R: tauri::Runtime>(builder: tauri::Builder<R>, located: Located) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            // The window is already loading; the service starts beside it
            // (a first start creates the database) and commands wait for it.
            // The phones' door of a live session serves on Tauri's runtime;
            // the window's commands reach the room, never the door.
            let door = rolspiegel_workshop::WorkshopDoor::new(
                tauri::async_runtime::handle().inner().clone(),
            );
            let folder = located.folder.clone();
            log::start(folder.as_deref());
            tracing::info!("Rolspiegel {} started", app.package_info().version);
            log_move(&located);
            app.manage(AppState::starting(Box::new(door)));
            commands::follow_the_room(app.handle().clone(), app.state::<AppState>().room());
            let db = folder.map(|dir| dir.join(DB_FILE));
            let locale = sys_locale::get_locale();
            let handle = app.handle().clone();
            std::thread::Builder::new()
                .name("rolspiegel-start".into())
                .spawn(move || {
                    match Service::start(db.as_deref(), locale.as_deref()) {
                        Ok(service) => handle.state::<AppState>().started(service),
                        Err(e) => {
                            // Only a broken build gets here (the statement
                            // list and the Fluent files are embedded).
                            tracing::error!("could not start: {e}");
                            handle.exit(1);
                        }
                    }
                })?;
            Ok(())
        })
        // Every `#[tauri::command]` in commands.rs, listed by build.rs.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
}

/// One window per user: starting Rolspiegel while it runs brings the open
/// window to the front, and the new process exits before it opens the
/// database. Registered before every other plugin, so a second start stops
/// first. On Linux this goes over the D-Bus session bus (a name per app, a
/// development build apart from an installed one, as their data folders
/// are); where no bus can be reached the app starts as before.
fn one_window<R: tauri::Runtime>(identifier: &str) -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(data_folder::folder_name(identifier, cfg!(debug_assertions)))
        .callback(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                // Each step may fail on some desktops (no window manager);
                // the others still help.
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        })
        .build()
}

/// When Rolspiegel already runs for this user, asks it (over the D-Bus
/// session bus, as the single-instance plugin would) to bring its window to
/// the front, and says whether it did. Done before Tauri starts GTK and its
/// threads: a process that ends then has nothing to tear down, where one
/// that ends from inside the plugin's setup exits with GTK's threads
/// running. Any failure (no bus, nobody there, no answer) says `false`, and
/// the app starts, with the plugin still guarding a start at the same time.
#[cfg(target_os = "linux")]
fn handed_over(identifier: &str) -> bool {
    use zbus::blocking::{fdo::DBusProxy, Connection};
    let name = format!(
        "{}.SingleInstance",
        data_folder::folder_name(identifier, cfg!(debug_assertions))
    );
    let path = format!("/{}", name.replace('.', "/").replace('-', "_"));
    let Ok(connection) = Connection::session() else {
        return false;
    };
    let running = zbus::names::BusName::try_from(name.as_str())
        .ok()
        .and_then(|bus| DBusProxy::new(&connection).ok()?.name_has_owner(bus).ok());
    if running != Some(true) {
        return false;
    }
    let args: Vec<String> = std::env::args().collect();
    let cwd = std::env::current_dir()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    connection
        .call_method(
            Some(name.as_str()),
            path.as_str(),
            Some("org.SingleInstance.DBus"),
            "ExecuteCallback",
            &(args, cwd),
        )
        .is_ok()
}

#[cfg(not(target_os = "linux"))]
fn handed_over(_identifier: &str) -> bool {
    false
}

/// Runs the app. When it closes, an open live session ends first: phones
/// still sending get their answer, then the server stops.
pub fn run() {
    let context = tauri::generate_context!();
    let identifier = context.config().identifier.clone();
    if handed_over(&identifier) {
        return;
    }
    let one_window = one_window(&identifier);
    let located = locate_data(&identifier);
    let app = match build(tauri::Builder::default().plugin(one_window), located).build(context) {
        Ok(app) => app,
        Err(e) => {
            // Before any log: the build itself failed.
            eprintln!("rolspiegel: could not start: {e}");
            std::process::exit(1);
        }
    };
    app.run(|app, event| {
        if let tauri::RunEvent::Exit = event {
            if let Some(state) = app.try_state::<AppState>() {
                tauri::async_runtime::block_on(state.end_live());
            }
        }
    });
}
