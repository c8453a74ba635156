//! What the live-session benchmarks share: a session on a fresh database,
//! served on a runtime of its own with two workers (as Tauri's), the phone
//! page's files, and the figures they print.

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::Duration;

use rolspiegel_app::service::Service;
use rolspiegel_app::shared::SharedService;
use rolspiegel_core::GroupId;
use rolspiegel_workshop::Live;

/// A live session on a group of a fresh database.
pub struct Session {
    pub _dir: tempfile::TempDir,
    pub shared: Arc<SharedService>,
    pub group: String,
    /// The laptop's runtime: two workers, as Tauri's.
    pub server: tokio::runtime::Runtime,
    pub live: Live,
    /// The statement ids, in order.
    pub statements: Vec<String>,
}

/// A two-worker runtime.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime")
}

impl Session {
    /// A session on a new group named `group`, on 127.0.0.1.
    pub fn start(group: &str) -> Session {
        let dir = tempfile::tempdir().expect("a temp dir");
        let mut service = Service::start(Some(&dir.path().join("rolspiegel.db")), Some("nl"))
            .expect("the service starts");
        let group = service.create_group(group, None, "").expect("a group").id;
        let shared = Arc::new(SharedService::new(service));
        let statements = shared.with(|s| {
            s.instrument()
                .statements()
                .iter()
                .map(|st| st.id.to_string())
                .collect()
        });
        let server = runtime();
        let live = server
            .block_on(Live::start(
                shared.clone(),
                GroupId::parse(&group).expect("an id"),
                IpAddr::V4(Ipv4Addr::LOCALHOST),
                0,
            ))
            .expect("the session starts");
        Session {
            _dir: dir,
            shared,
            group,
            server,
            live,
            statements,
        }
    }

    /// `http://address:port`.
    pub fn base(&self) -> String {
        format!("http://{}", self.live.address())
    }
}

/// The files the phone page links in its HTML (what a first visit loads
/// before the texts), read from the page as built.
pub fn page_files() -> Vec<String> {
    let html = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/dist-phone/phone.html"),
    )
    .expect("the built phone page");
    html.split(['"', '\''])
        .filter(|part| part.starts_with("/assets/"))
        .map(str::to_owned)
        .collect()
}

/// The `p`-th percentile of sorted durations.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Milliseconds with one decimal.
pub fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

/// Whether every answer arrived once: the group's members against what
/// each phone gave (result id → statement → value). Returns the answers
/// lost, the phones missing from the group and the members too many.
pub fn arrived(
    shared: &SharedService,
    group: &str,
    given: &BTreeMap<String, BTreeMap<String, u64>>,
) -> (usize, usize, usize) {
    let bytes = shared
        .with(|s| s.export_group_file(group, true))
        .expect("the group exports");
    let file: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
    let members = file["participants"].as_array().expect("a list");
    let mut lost = 0;
    for member in members {
        let id = member["id"].as_str().expect("an id");
        let stored = member["answers"].as_object().expect("answers");
        lost += given[id]
            .iter()
            .filter(|(statement, value)| {
                stored.get(*statement).and_then(serde_json::Value::as_u64) != Some(**value)
            })
            .count();
    }
    (
        lost,
        given.len().saturating_sub(members.len()),
        members.len().saturating_sub(given.len()),
    )
}
