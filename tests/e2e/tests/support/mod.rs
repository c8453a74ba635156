//! Starting the real app under WebKitWebDriver, and helpers to drive it.
//!
//! Each [`Session`] starts its own `WebKitWebDriver` on a free port, in its own
//! process group, with the app pointed at a data folder of the test's choosing.
//! Dropping the session kills the whole group (driver, app and WebKit
//! processes), so no stray process keeps the test's output pipe open.

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

pub type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The app binary under test: `$ROLSPIEGEL_APP_BIN`, else the debug build.
fn app_binary() -> PathBuf {
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

/// Where the app's save dialogs put files, and where `next-open` tells its
/// open dialog which file to pick.
pub fn dialog_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("files")
}

/// A running app with a WebDriver session on it.
pub struct Session {
    pub client: Client,
    driver: Child,
}

impl Drop for Session {
    fn drop(&mut self) {
        // Signal the whole process group: the driver, the app it started and
        // the WebKit helper processes.
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.wait();
    }
}

impl Session {
    /// Starts the app with its database in `data_dir` and the given locale;
    /// file dialogs are answered by the folder [`dialog_dir`].
    pub async fn start(data_dir: &Path, locale: &str) -> TestResult<Session> {
        Session::launch(data_dir, locale, true).await
    }

    /// Starts the app with the real native file dialogs (drive them with
    /// [`Session::answer_dialog`]).
    pub async fn start_with_native_dialogs(data_dir: &Path, locale: &str) -> TestResult<Session> {
        Session::launch(data_dir, locale, false).await
    }

    async fn launch(data_dir: &Path, locale: &str, scripted_dialogs: bool) -> TestResult<Session> {
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
        let driver = driver
            .arg(format!("--port={port}"))
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("ROLSPIEGEL_DATA_DIR", data_dir)
            .env("LANG", locale)
            .env("LC_ALL", locale)
            .env("LANGUAGE", locale.split('.').next().unwrap_or(locale))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()?;
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err("WebKitWebDriver did not start".into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut caps = serde_json::Map::new();
        caps.insert(
            "webkitgtk:browserOptions".into(),
            json!({ "binary": binary, "args": [] }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await?;
        let session = Session { client, driver };
        session.wait_for("main[aria-busy='false'] h1").await?;
        Ok(session)
    }

    /// Waits (up to 15 s) for an element and returns it.
    pub async fn wait_for(&self, css: &str) -> TestResult<Element> {
        Ok(self
            .client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await?)
    }

    /// Waits until an element's text contains `needle`.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> TestResult<String> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                let text = element.text().await.unwrap_or_default();
                if text.contains(needle) {
                    return Ok(text);
                }
                if Instant::now() > deadline {
                    return Err(format!("{css} says {text:?}, expected {needle:?}").into());
                }
            } else if Instant::now() > deadline {
                return Err(format!("{css} never appeared").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the current screen is drawn and its heading contains `needle`.
    pub async fn wait_for_heading(&self, needle: &str) -> TestResult<String> {
        self.wait_for_text("main[aria-busy='false'] h1", needle)
            .await
    }

    pub async fn text(&self, css: &str) -> TestResult<String> {
        Ok(self.wait_for(css).await?.text().await?)
    }

    pub async fn texts(&self, css: &str) -> TestResult<Vec<String>> {
        let mut out = Vec::new();
        for element in self.client.find_all(Locator::Css(css)).await? {
            out.push(element.text().await?);
        }
        Ok(out)
    }

    pub async fn click(&self, css: &str) -> TestResult {
        self.wait_for(css).await?.click().await?;
        Ok(())
    }

    /// Sends keys to whatever has focus, as a person typing.
    pub async fn type_keys(&self, keys: &str) -> TestResult {
        self.client.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    /// Runs a script in the page and returns its value.
    pub async fn script(&self, source: &str) -> TestResult<Value> {
        Ok(self.client.execute(source, vec![]).await?)
    }

    /// Waits until the fonts are loaded and two frames have been painted, so
    /// a screenshot shows the page as it is now (WebKit may otherwise hand
    /// over the last frame it painted, with text not yet drawn).
    async fn painted(&self) -> TestResult {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 document.fonts.ready.then(() =>
                   requestAnimationFrame(() => requestAnimationFrame(() => done(true))));",
                vec![],
            )
            .await?;
        Ok(())
    }

    /// Saves a screenshot under `artifacts/e2e/<name>.png` and returns its bytes.
    pub async fn screenshot(&self, name: &str) -> TestResult<Vec<u8>> {
        // Reading element text can scroll the page; show the top of the screen.
        self.client
            .execute(
                "window.scrollTo({ top: 0, left: 0, behavior: 'instant' }); return true;",
                vec![],
            )
            .await?;
        self.painted().await?;
        let png = self.client.screenshot().await?;
        std::fs::write(artifacts().join(format!("{name}.png")), &png)?;
        Ok(png)
    }

    /// Saves a screenshot with the element `css` scrolled to the top.
    pub async fn screenshot_at(&self, name: &str, css: &str) -> TestResult<Vec<u8>> {
        let element = self.wait_for(css).await?;
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'start', behavior: 'instant' }); return true;",
                vec![serde_json::to_value(&element)?],
            )
            .await?;
        self.painted().await?;
        let png = self.client.screenshot().await?;
        std::fs::write(artifacts().join(format!("{name}.png")), &png)?;
        Ok(png)
    }

    /// Runs axe-core in the real webview against WCAG 2.1 A and AA rules and
    /// returns the violations (rule id and the elements involved).
    pub async fn axe_violations(&self) -> TestResult<Vec<String>> {
        axe_violations(&self.client).await
    }

    /// The statement ids on the current page, in order.
    pub async fn statements_on_page(&self) -> TestResult<Vec<String>> {
        self.wait_for("fieldset[data-statement]").await?;
        let mut ids = Vec::new();
        for element in self
            .client
            .find_all(Locator::Css("fieldset[data-statement]"))
            .await?
        {
            if let Some(id) = element.attr("data-statement").await? {
                ids.push(id);
            }
        }
        Ok(ids)
    }

    /// Waits until the scan in progress has `count` answers in the database,
    /// asking the app's own IPC command.
    pub async fn wait_for_saved_answers(&self, count: usize) -> TestResult {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let scan = self
                .client
                .execute_async(
                    "const done = arguments[arguments.length - 1];
                     window.__TAURI_INTERNALS__.invoke('current_scan').then(done, e => done(null));",
                    vec![],
                )
                .await?;
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

    /// Types into a text field: focuses it, empties it and sends the keys.
    pub async fn fill(&self, css: &str, text: &str) -> TestResult {
        let field = self.wait_for(css).await?;
        field.clear().await?;
        field.send_keys(text).await?;
        Ok(())
    }

    /// The heading of the current screen.
    pub async fn heading(&self) -> TestResult<String> {
        self.text("main[aria-busy='false'] h1").await
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

/// Runs axe-core in any WebDriver session's page (the app window, or a
/// phone's browser) against WCAG 2.1 A and AA rules and returns the
/// violations (rule id and the elements involved).
pub async fn axe_violations(client: &Client) -> TestResult<Vec<String>> {
    let source = std::fs::read_to_string(root().join("ui/node_modules/axe-core/axe.min.js"))?;
    client
        .execute(&format!("{source}\nreturn true;"), vec![])
        .await?;
    let result = client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));"#,
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(result)?)
}
