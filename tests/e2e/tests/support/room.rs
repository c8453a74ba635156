//! A room's network for a live session, made by the test: a network
//! namespace joined to this machine by a veth pair, with phones' browsers
//! inside it. The app serves the machine's end of the pair, so phones reach
//! it on a real, non-loopback address, as in a room; no traffic goes
//! anywhere but into the namespace.
//!
//! Making a namespace needs root: the test runs `ip` directly as root and
//! through `sudo -n` otherwise (as `make deps` does).

use std::net::Ipv4Addr;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

use serde_json::json;

use super::{with_locale, Browser, TestResult};

/// WebKitGTK's own small browser: the engine family of Safari on phones.
const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// A network namespace with a veth pair to this machine.
pub struct Room {
    name: String,
    link: String,
    /// This machine's end: the address the app serves.
    pub host: Ipv4Addr,
    /// The phones' end, inside the namespace.
    pub phones: Ipv4Addr,
}

/// A phone's browser engine and language.
pub enum Engine {
    /// Debian's Chromium, headless, with a phone's viewport and touch.
    Chromium { width: u32, language: &'static str },
    /// WebKitGTK's MiniBrowser in a narrow window; `locale` sets its language.
    WebKit { locale: &'static str },
}

/// A browser inside the room, driven through its WebDriver.
pub type Phone = Browser;

/// `program` run as root: directly when we are root, else through `sudo -n`.
fn privileged(program: &str) -> Command {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0\n"))
        .unwrap_or(false);
    if root {
        Command::new(program)
    } else {
        let mut sudo = Command::new("sudo");
        sudo.args(["-n", program]);
        sudo
    }
}

impl Room {
    /// Makes the namespace and the link; they are removed when the room is
    /// dropped, also when the test fails.
    pub fn create() -> TestResult<Room> {
        let id = std::process::id();
        let subnet = u8::try_from(id % 250).unwrap_or(0) + 1;
        let room = Room {
            name: format!("rolspiegel-room-{id}"),
            link: format!("rsr{}", id % 1_000_000),
            host: Ipv4Addr::new(10, 213, subnet, 1),
            phones: Ipv4Addr::new(10, 213, subnet, 2),
        };
        room.clean();
        let peer = format!("rsp{}", id % 1_000_000);
        let (host, phones) = (format!("{}/24", room.host), format!("{}/24", room.phones));
        room.ip(&["netns", "add", &room.name])?;
        room.ip(&[
            "link", "add", &room.link, "type", "veth", "peer", "name", &peer,
        ])?;
        room.ip(&["link", "set", &peer, "netns", &room.name])?;
        room.ip(&["addr", "add", &host, "dev", &room.link])?;
        room.ip(&["link", "set", &room.link, "up"])?;
        let inside = ["netns", "exec", &room.name, "ip"];
        room.ip(&[&inside[..], &["addr", "add", &phones, "dev", &peer]].concat())?;
        room.ip(&[&inside[..], &["link", "set", &peer, "up"]].concat())?;
        room.ip(&[&inside[..], &["link", "set", "lo", "up"]].concat())?;
        Ok(room)
    }

    fn ip(&self, args: &[&str]) -> TestResult {
        let out = privileged("ip").args(args).output()?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "ip {} failed (a live session's test needs root or sudo): {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            )
            .into())
        }
    }

    /// Stops whatever runs inside and removes the link and the namespace.
    fn clean(&self) {
        if let Ok(out) = privileged("ip")
            .args(["netns", "pids", &self.name])
            .output()
        {
            for pid in String::from_utf8_lossy(&out.stdout).split_whitespace() {
                let _ = privileged("kill").args(["-KILL", pid]).status();
            }
        }
        let quiet = |args: &[&str]| {
            let _ = privileged("ip")
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        };
        quiet(&["link", "del", &self.link]);
        quiet(&["netns", "del", &self.name]);
    }

    /// Starts a phone's browser inside the room, its WebDriver listening on
    /// `port` at the phones' address.
    pub async fn phone(&self, engine: &Engine, port: u16) -> TestResult<Phone> {
        let mut command = privileged("ip");
        command.args(["netns", "exec", &self.name]);
        launch(command, engine, port, self.host, (self.phones, port).into()).await
    }
}

/// Starts a browser on this machine, its WebDriver on loopback: for pages
/// opened from a file, which need no network at all.
pub async fn local_browser(engine: &Engine, port: u16) -> TestResult<Phone> {
    let localhost = Ipv4Addr::LOCALHOST;
    launch(
        Command::new("env"),
        engine,
        port,
        localhost,
        (localhost, port).into(),
    )
    .await
}

/// Runs `engine`'s WebDriver through `command` (a prefix such as `ip netns
/// exec`), allowing WebDriver clients from `client`, and opens a session at
/// `at`.
async fn launch(
    mut command: Command,
    engine: &Engine,
    port: u16,
    client: Ipv4Addr,
    at: std::net::SocketAddr,
) -> TestResult<Phone> {
    let capabilities = match engine {
        Engine::Chromium { width, language } => {
            command.args([
                "chromedriver".to_owned(),
                format!("--port={port}"),
                format!("--allowed-ips={client}"),
            ]);
            json!({ "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", "--no-first-run",
                         format!("--accept-lang={language}")],
                "mobileEmulation": { "deviceMetrics": {
                    "width": width, "height": 780, "pixelRatio": 2.0, "touch": true } },
            } })
        }
        Engine::WebKit { locale } => {
            with_locale(&mut command, locale).args([
                "WebKitWebDriver".to_owned(),
                format!("--port={port}"),
                // Loopback for a browser on this machine; inside a room
                // the namespace is all there is.
                format!(
                    "--host={}",
                    if client.is_loopback() { "local" } else { "all" }
                ),
            ]);
            json!({ "webkitgtk:browserOptions": { "binary": MINIBROWSER, "args": ["--automation"] } })
        }
    };
    let driver = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()?;
    let serde_json::Value::Object(caps) = capabilities else {
        return Err("capabilities are an object".into());
    };
    let phone = Browser::connect(driver, at, caps).await?;
    if matches!(engine, Engine::WebKit { .. }) {
        // As narrow as the window goes (its toolbar sets a minimum).
        phone.client.set_window_rect(0, 0, 390, 844).await?;
    }
    Ok(phone)
}

impl Drop for Room {
    fn drop(&mut self) {
        self.clean();
    }
}
