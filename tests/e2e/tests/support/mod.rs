//! Starting the real app under WebKitWebDriver, and helpers to drive it.
//!
//! Each [`Session`] starts its own `WebKitWebDriver` on a free port, in its own
//! process group, with the app pointed at a data folder of the test's choosing.
//! Dropping the session kills the whole group (driver, app and WebKit
//! processes), so no stray process keeps the test's output pipe open.

use std::net::{SocketAddr, TcpListener};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::ClientBuilder;
use serde_json::json;

mod page;
pub mod room;

pub use page::Page;

pub type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The app binary under test: `$ROLSPIEGEL_APP_BIN`, else the debug build.
pub fn app_binary() -> PathBuf {
    std::env::var_os("ROLSPIEGEL_APP_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/debug/rolspiegel"))
}

/// Where screenshots go, for people to look at after a run.
pub fn artifacts() -> PathBuf {
    let dir = root().join("artifacts/e2e");
    let _ = std::fs::create_dir_all(&dir);
    dir
}

fn free_port() -> TestResult<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The situation list (`assets/instrument/situation-v1.json`) in order: each
/// statement's id and whether it is positive.
pub fn situation_list() -> &'static [(String, bool)] {
    static LIST: std::sync::OnceLock<Vec<(String, bool)>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        let list: serde_json::Value = serde_json::from_str(include_str!(
            "../../../../assets/instrument/situation-v1.json"
        ))
        .expect("the situation list");
        list["statements"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| {
                (
                    s["id"].as_str().unwrap_or_default().to_owned(),
                    s["keying"] == "positive",
                )
            })
            .collect()
    })
}

/// The answer (1–5) that keys to `keyed[role]` on statement `id` of the
/// situation list, roles in the order Bureaucraat, Ondernemer, Verbinder.
pub fn situation_answer(id: &str, keyed: [u8; 3]) -> u8 {
    let positive = situation_list()
        .iter()
        .find(|(s, _)| s == id)
        .unwrap_or_else(|| panic!("{id} is not in the situation list"))
        .1;
    let role = ["b", "o", "v"]
        .iter()
        .position(|r| id.get(1..2) == Some(*r))
        .unwrap_or_else(|| panic!("{id} names no role"));
    if positive {
        keyed[role]
    } else {
        6 - keyed[role]
    }
}

/// Where the app's save dialogs put files, and where `next-open` tells its
/// open dialog which file to pick.
pub fn dialog_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("files")
}

/// A WebDriver server, started in its own process group. Dropping it kills
/// the whole group: the driver, the browser or app it started and their
/// helper processes (also when the session could not be opened).
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.0.wait();
    }
}

/// A browser (or the app) driven through WebDriver: its page, and the driver
/// that goes when it goes.
pub struct Browser {
    page: Page,
    _driver: Driver,
}

impl std::ops::Deref for Browser {
    type Target = Page;

    fn deref(&self) -> &Page {
        &self.page
    }
}

impl Browser {
    /// Waits (up to 20 s) until `driver`, spawned with `process_group(0)`,
    /// listens at `at`, then opens a session with `capabilities`.
    pub async fn connect(
        driver: Child,
        at: SocketAddr,
        capabilities: serde_json::Map<String, serde_json::Value>,
    ) -> TestResult<Browser> {
        let driver = Driver(driver);
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(at).is_err() {
            if Instant::now() > deadline {
                return Err(format!("the WebDriver at {at} did not start").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&format!("http://{at}"))
            .await?;
        Ok(Browser {
            page: Page { client },
            _driver: driver,
        })
    }
}

/// Sets a process's language as a desktop session would.
pub fn with_locale<'a>(command: &'a mut Command, locale: &str) -> &'a mut Command {
    command
        .env("LANG", locale)
        .env("LC_ALL", locale)
        .env("LANGUAGE", locale.split('.').next().unwrap_or(locale))
}

/// A running app with a WebDriver session on it.
pub struct Session {
    browser: Browser,
}

impl std::ops::Deref for Session {
    type Target = Browser;

    fn deref(&self) -> &Browser {
        &self.browser
    }
}

impl Session {
    /// Starts the app with its database in `data_dir` and the given locale;
    /// file dialogs are answered by the folder [`dialog_dir`].
    pub async fn start(data_dir: &Path, locale: &str) -> TestResult<Session> {
        Session::launch(data_dir, locale, true, &[]).await
    }

    /// Starts the app as [`Session::start`] does, with these variables set
    /// in its environment as well (a D-Bus session bus, say).
    pub async fn start_with_env(
        data_dir: &Path,
        locale: &str,
        env: &[(&str, &str)],
    ) -> TestResult<Session> {
        Session::launch(data_dir, locale, true, env).await
    }

    /// Starts the app with the real native file dialogs (drive them with
    /// [`Session::answer_dialog`]).
    pub async fn start_with_native_dialogs(data_dir: &Path, locale: &str) -> TestResult<Session> {
        Session::launch(data_dir, locale, false, &[]).await
    }

    async fn launch(
        data_dir: &Path,
        locale: &str,
        scripted_dialogs: bool,
        env: &[(&str, &str)],
    ) -> TestResult<Session> {
        let binary = app_binary();
        assert!(
            binary.exists(),
            "build the app first: {} is missing",
            binary.display()
        );
        let port = free_port()?;
        // Native file dialogs are out of WebDriver's reach; debug builds let
        // this folder answer them (see `commands::dialogs`).
        let files = dialog_dir(data_dir);
        std::fs::create_dir_all(&files)?;
        let mut driver = Command::new("WebKitWebDriver");
        if scripted_dialogs {
            driver.env("ROLSPIEGEL_E2E_DIALOG_DIR", &files);
        }
        // The test's own variables last: they may unset the data folder.
        driver.env("ROLSPIEGEL_DATA_DIR", data_dir);
        driver.envs(env.iter().copied());
        let driver = with_locale(&mut driver, locale)
            .arg(format!("--port={port}"))
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()?;
        let mut caps = serde_json::Map::new();
        caps.insert(
            "webkitgtk:browserOptions".into(),
            json!({ "binary": binary, "args": [] }),
        );
        let at = SocketAddr::from(([127, 0, 0, 1], port));
        let session = Session {
            browser: Browser::connect(driver, at, caps).await?,
        };
        session.wait_for("main[aria-busy='false'] h1").await?;
        // The first screen is drawn before its fonts arrive (font-display:
        // swap); when they do, the text is laid out again. A click aimed
        // before that lands where the button was, so wait for them first.
        session
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 document.fonts.ready.then(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await?;
        Ok(session)
    }

    /// Waits until the scan in progress has `count` answers in the database,
    /// asking the app's own IPC command.
    pub async fn wait_for_saved_answers(&self, count: usize) -> TestResult {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let scan = self.invoke("current_scan").await?;
            let saved = scan["answers"].as_object().map_or(0, |a| a.len());
            if saved == count {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("{saved} answers saved, expected {count}").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Calls a command without arguments as the window does; `null` when it
    /// fails. For reading what the database holds, never for acting.
    pub async fn invoke(&self, command: &str) -> TestResult<serde_json::Value> {
        Ok(self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 window.__TAURI_INTERNALS__.invoke(arguments[0]).then(done, e => done(null));",
                vec![serde_json::Value::from(command)],
            )
            .await?)
    }

    /// Waits for the native GTK file dialog titled `title`, focuses it and
    /// types `path` into its location field as a person would, then presses
    /// Enter.
    pub async fn answer_dialog(&self, title: &str, path: &Path) -> TestResult {
        self.focus_dialog(title).await?;
        // Ctrl+L opens the location field of an open dialog (and selects
        // it); in a save dialog it selects the name field. Either way the
        // typed path replaces what is there.
        xdotool(&["key", "--clearmodifiers", "ctrl+l"])?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        xdotool(&["key", "--clearmodifiers", "ctrl+a"])?;
        xdotool(&["type", "--delay", "20", &path.to_string_lossy()])?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        xdotool(&["key", "Return"])
    }

    /// Closes the native dialog titled `title` with Escape, as a person would.
    pub async fn cancel_dialog(&self, title: &str) -> TestResult {
        self.focus_dialog(title).await?;
        xdotool(&["key", "Escape"])
    }

    /// Waits for a visible window titled `title` and gives it the keyboard.
    /// Keys are then sent as real key presses (XTEST), not as events posted
    /// to one window: GTK treats posted events differently.
    async fn focus_dialog(&self, title: &str) -> TestResult {
        let deadline = Instant::now() + Duration::from_secs(15);
        let window = loop {
            let found = Command::new("xdotool")
                .args(["search", "--onlyvisible", "--name", title])
                .output()?;
            let text = String::from_utf8_lossy(&found.stdout).into_owned();
            if let Some(id) = text.lines().next().filter(|l| !l.is_empty()) {
                break id.to_owned();
            }
            if Instant::now() > deadline {
                return Err(format!("no dialog titled {title:?} appeared").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        xdotool(&["windowfocus", "--sync", &window])?;
        // Let GTK settle the focus on its name field or file list.
        tokio::time::sleep(Duration::from_millis(400)).await;
        Ok(())
    }

    /// Ends the session the hard way: the app is killed, as by a crash.
    pub fn kill(self) {
        drop(self);
    }
}

fn xdotool(args: &[&str]) -> TestResult {
    let status = Command::new("xdotool").args(args).status()?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("xdotool {args:?} failed").into())
    }
}

/// The WebDriver key code for Enter.
pub const ENTER: &str = "\u{E007}";

/// A private D-Bus session bus for one test, as `dbus-run-session` makes:
/// its daemon (in its own process group) goes when this goes.
pub struct SessionBus {
    /// The address to put in `DBUS_SESSION_BUS_ADDRESS`.
    pub address: String,
    _daemon: Driver,
}

impl SessionBus {
    /// Starts `dbus-daemon --session` listening on a socket in `dir`.
    pub fn start(dir: &Path) -> TestResult<SessionBus> {
        use std::io::BufRead;
        let mut daemon = Command::new("dbus-daemon")
            .arg("--session")
            .arg("--nofork")
            .arg("--print-address=1")
            .arg(format!("--address=unix:path={}", dir.join("bus").display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()?;
        let stdout = daemon.stdout.take().ok_or("dbus-daemon has no stdout")?;
        let daemon = Driver(daemon);
        let mut address = String::new();
        std::io::BufReader::new(stdout).read_line(&mut address)?;
        let address = address.trim().to_owned();
        if address.is_empty() {
            return Err("dbus-daemon printed no address".into());
        }
        Ok(SessionBus {
            address,
            _daemon: daemon,
        })
    }
}
