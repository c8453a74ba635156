//! What the live-session benchmarks share: a session on a fresh database,
//! served on a runtime of its own with two workers (as Tauri's), the phone
//! page's files, and the figures they print.
// Each benchmark uses only some of these.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::Duration;

use rolspiegel_app::live::LiveRoom;
use rolspiegel_app::service::Service;
use rolspiegel_app::shared::SharedService;
use rolspiegel_app::wire::LiveStatus;
use rolspiegel_core::GroupId;
use rolspiegel_workshop::WorkshopDoor;

/// A live session on a group of a fresh database.
pub struct Session {
    pub _dir: tempfile::TempDir,
    pub shared: Arc<SharedService>,
    pub group: String,
    /// The laptop's runtime: two workers, as Tauri's.
    pub server: tokio::runtime::Runtime,
    pub room: Arc<LiveRoom>,
    /// Where the session listens.
    pub address: std::net::SocketAddr,
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
        let loopback = IpAddr::V4(Ipv4Addr::LOCALHOST);
        let door = WorkshopDoor::new(server.handle().clone())
            .on_port(0)
            .also_on(loopback);
        let room = LiveRoom::new(shared.clone(), Box::new(door));
        let status = room
            .open(GroupId::parse(&group).expect("an id"), "127.0.0.1")
            .expect("the session starts");
        let address = status
            .url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .parse()
            .expect("an address");
        Session {
            _dir: dir,
            shared,
            group,
            server,
            room,
            address,
            statements,
        }
    }

    /// One of the facilitator's own results (a scan answered 4 everywhere),
    /// for what the window does beside the room; its id.
    pub fn own_result(&self) -> String {
        self.shared.with(|s| {
            let rolspiegel_app::wire::StartOutcome::Started { scan } =
                s.start_scan(None).expect("a scan starts")
            else {
                panic!("a fresh database has no scan in progress");
            };
            for statement in &scan.statements {
                s.save_answer(&scan.assessment_id, statement, Some(4))
                    .expect("saved");
            }
            match s.finish_scan(&scan.assessment_id).expect("finished") {
                rolspiegel_app::wire::FinishOutcome::Complete { result } => result.id,
                other => panic!("{other:?}"),
            }
        })
    }

    /// The open session as the window sees it.
    pub fn status(&self) -> LiveStatus {
        self.room.status().expect("the session is open")
    }

    /// Ends the session, letting requests in flight finish.
    pub fn end(self) {
        let Session { server, room, .. } = self;
        server.block_on(room.close());
    }

    /// `http://address:port`.
    pub fn base(&self) -> String {
        format!("http://{}", self.address)
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
