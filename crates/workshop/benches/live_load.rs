//! Load benchmark of a live session: 500 phones at once on 127.0.0.0/8.
//!
//! Each phone is its own HTTP client with its own connection and its own
//! address, as in a room.
//! They arrive within half a second (one per millisecond) and, all busy at
//! once and without pausing to read, open the page and its
//! files, join, answer the 42 statements, finish and fetch their result —
//! far harder on the laptop than a real room, where people think between
//! answers. A 503 is waited out as the phone page does (Retry-After plus up
//! to half a second) and counted. The server runs on a runtime of its own
//! with two workers, as in the app; the phones on another.
//!
//! Prints latency per route (p50, p99, max) over the answered requests, the
//! total time, how many 503s were waited out, and the gzipped weight of the
//! phone page's files; then checks that every answer arrived once: 500
//! members, each with exactly the answers its phone gave.
//!
//! Run with `make bench` (or `cargo bench -p rolspiegel-workshop --bench live_load`).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::print_stdout)]

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rolspiegel_app::service::Service;
use rolspiegel_app::shared::SharedService;
use rolspiegel_core::GroupId;
use rolspiegel_workshop::Live;
use serde_json::{json, Value};

const PHONES: usize = 500;

/// Latencies per route, and the 503s waited out.
#[derive(Default)]
struct Tally {
    latencies: BTreeMap<&'static str, Vec<Duration>>,
    busy: usize,
}

/// One phone's connection to the laptop.
struct Phone {
    client: reqwest::Client,
    base: String,
    tally: Arc<Mutex<Tally>>,
    seed: u64,
}

impl Phone {
    /// Sends until the answer is not 503 and records how long the answered
    /// attempt took.
    async fn send(
        &mut self,
        route: &'static str,
        make: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    ) -> (u16, Vec<u8>) {
        loop {
            let started = Instant::now();
            let response = make(&self.client).send().await.expect("the laptop answers");
            let status = response.status().as_u16();
            if status == 503 {
                let seconds: u64 = response
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok()?.parse().ok())
                    .unwrap_or(1);
                self.tally.lock().unwrap().busy += 1;
                self.seed = self
                    .seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                let jitter = (self.seed >> 33) % 500;
                tokio::time::sleep(Duration::from_millis(seconds * 1000 + jitter)).await;
                continue;
            }
            let body = response.bytes().await.expect("a whole answer").to_vec();
            let took = started.elapsed();
            self.tally
                .lock()
                .unwrap()
                .latencies
                .entry(route)
                .or_default()
                .push(took);
            return (status, body);
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// The files the page names in its HTML: what a first visit loads before
/// the language's texts.
fn linked_files(html: &str) -> Vec<String> {
    html.split(['"', '\''])
        .filter(|part| part.starts_with("/assets/"))
        .map(str::to_owned)
        .collect()
}

fn main() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let mut service = Service::start(Some(&dir.path().join("rolspiegel.db")), Some("nl"))
        .expect("the service starts");
    let group = service
        .create_group("Belasting", None, "")
        .expect("a group")
        .id;
    let shared = Arc::new(SharedService::new(service));
    let statements: Vec<String> = shared.with(|s| {
        s.instrument()
            .statements()
            .iter()
            .map(|st| st.id.to_string())
            .collect()
    });

    // The laptop: a runtime of its own with two workers, as Tauri's.
    let server = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let live = server
        .block_on(Live::start(
            shared.clone(),
            GroupId::parse(&group).expect("an id"),
            IpAddr::V4(Ipv4Addr::LOCALHOST),
            0,
        ))
        .expect("the session starts");
    let base = format!("http://{}", live.address());
    let code = live.status().code;

    let phones = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let tally = Arc::new(Mutex::new(Tally::default()));
    // The files the page links, from the page as built (what "/" serves;
    // the phones ask for gzip, so they cannot read the names from it).
    let html = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/dist-phone/phone.html"),
    )
    .expect("the built phone page");
    let page_files = Arc::new(linked_files(&html));
    let (given, total) = phones.block_on(async {
        let started = Instant::now();
        let mut tasks = Vec::new();
        for n in 0..PHONES {
            // Each phone from its own address, as on a room's network (a
            // device has a fair share of the laptop, see devices.rs).
            let address = IpAddr::V4(Ipv4Addr::new(
                127,
                3,
                ((n + 1) >> 8) as u8,
                ((n + 1) & 0xff) as u8,
            ));
            let mut phone = Phone {
                client: reqwest::Client::builder()
                    .local_address(address)
                    .pool_max_idle_per_host(1)
                    .build()
                    .expect("a client"),
                base: base.clone(),
                tally: tally.clone(),
                seed: n as u64 + 1,
            };
            let (code, statements, page_files) =
                (code.clone(), statements.clone(), page_files.clone());
            tasks.push(tokio::spawn(async move {
                // They arrive within half a second, as fast as a room can
                // scan; all 500 are then busy at once. (Starting 500
                // connections in one instant overflows the loopback's
                // packet queue and measures a 1 s SYN retry instead.)
                tokio::time::sleep(Duration::from_millis(n as u64)).await;
                let origin = phone.base.clone();
                let (status, _) = phone
                    .send("GET /", |c| {
                        c.get(format!("{origin}/"))
                            .header("accept-encoding", "gzip")
                    })
                    .await;
                assert_eq!(status, 200);
                for file in page_files.iter() {
                    let url = format!("{origin}{file}");
                    let (status, _) = phone
                        .send("GET /assets/…", |c| {
                            c.get(&url).header("accept-encoding", "gzip")
                        })
                        .await;
                    assert_eq!(status, 200, "{file}");
                }
                let name = format!("Deelnemer {n}");
                let (status, body) = phone
                    .send("POST /api/join", |c| {
                        c.post(format!("{origin}/api/join"))
                            .header("origin", &origin)
                            .json(&json!({ "code": code, "name": name }))
                    })
                    .await;
                assert_eq!(status, 201, "joined");
                let joined: Value = serde_json::from_slice(&body).expect("JSON");
                let token = joined["token"].as_str().expect("a token").to_owned();
                let id = joined["participant"]["resultId"]
                    .as_str()
                    .expect("an id")
                    .to_owned();
                let mut answers = BTreeMap::new();
                for (seq, statement) in statements.iter().enumerate() {
                    let value = (n + seq) % 5 + 1;
                    let url = format!("{origin}/api/answers/{statement}");
                    let (status, _) = phone
                        .send("PUT /api/answers/{id}", |c| {
                            c.put(&url)
                                .header("origin", &origin)
                                .bearer_auth(&token)
                                .json(&json!({ "value": value, "seq": seq + 1 }))
                        })
                        .await;
                    assert_eq!(status, 200, "answer saved");
                    answers.insert(statement.clone(), value);
                }
                let (status, _) = phone
                    .send("POST /api/finish", |c| {
                        c.post(format!("{origin}/api/finish?language=nl"))
                            .header("origin", &origin)
                            .bearer_auth(&token)
                    })
                    .await;
                assert_eq!(status, 200, "finished");
                let (status, _) = phone
                    .send("GET /api/result", |c| {
                        c.get(format!("{origin}/api/result?language=nl"))
                            .bearer_auth(&token)
                    })
                    .await;
                assert_eq!(status, 200, "own result");
                (id, answers)
            }));
        }
        let mut given = BTreeMap::new();
        for task in tasks {
            let (id, answers) = task.await.expect("every phone gets through");
            given.insert(id, answers);
        }
        (given, started.elapsed())
    });

    // The weight of the page's files, as a phone receives them (gzip).
    let weight = phones.block_on(async {
        let client = reqwest::Client::new();
        let get = |path: String| {
            let client = client.clone();
            let base = base.clone();
            async move {
                client
                    .get(format!("{base}{path}"))
                    .header("accept-encoding", "gzip")
                    .send()
                    .await
                    .expect("answered")
                    .bytes()
                    .await
                    .expect("a body")
            }
        };
        let html = get("/".to_owned()).await;
        let mut files = vec![("/".to_owned(), html.len())];
        for file in page_files.iter() {
            let bytes = get(file.clone()).await;
            files.push((file.clone(), bytes.len()));
        }
        files
    });
    server.block_on(live.end());

    // Every answer arrived once.
    let bytes = shared
        .with(|s| s.export_group_file(&group, true))
        .expect("the group exports");
    let file: Value = serde_json::from_slice(&bytes).expect("JSON");
    let members = file["participants"].as_array().expect("a list");
    let mut lost = 0;
    for member in members {
        let id = member["id"].as_str().expect("an id");
        let expected = &given[id];
        let stored = member["answers"].as_object().expect("answers");
        lost += expected
            .iter()
            .filter(|(statement, value)| {
                stored.get(*statement).and_then(Value::as_u64) != Some(**value as u64)
            })
            .count();
    }
    let doubled = members.len().saturating_sub(PHONES);
    let missing = PHONES.saturating_sub(members.len());

    let tally = tally.lock().unwrap();
    println!("\nLive session, {PHONES} phones at once on 127.0.0.0/8 (server: 2 workers)\n");
    println!(
        "{:<26} {:>9} {:>10} {:>10} {:>10}",
        "route", "requests", "p50", "p99", "max"
    );
    let mut all = Vec::new();
    for (route, latencies) in &tally.latencies {
        let mut sorted = latencies.clone();
        sorted.sort();
        println!(
            "{:<26} {:>9} {:>10} {:>10} {:>10}",
            route,
            sorted.len(),
            ms(percentile(&sorted, 50.0)),
            ms(percentile(&sorted, 99.0)),
            ms(*sorted.last().expect("some"))
        );
        all.extend(sorted);
    }
    all.sort();
    println!(
        "{:<26} {:>9} {:>10} {:>10} {:>10}",
        "all",
        all.len(),
        ms(percentile(&all, 50.0)),
        ms(percentile(&all, 99.0)),
        ms(*all.last().expect("some"))
    );
    println!(
        "\ntotal {:.2} s · {:.0} requests/s · 503 waited out: {}",
        total.as_secs_f64(),
        all.len() as f64 / total.as_secs_f64(),
        tally.busy
    );
    println!(
        "members {} · answers lost {lost} · missing {missing} · doubled {doubled}",
        members.len()
    );
    let sum: usize = weight.iter().map(|(_, n)| n).sum();
    println!(
        "\nphone page before its texts (gzip): {:.1} KB",
        sum as f64 / 1024.0
    );
    for (file, n) in &weight {
        println!("  {file:<40} {:>7.1} KB", *n as f64 / 1024.0);
    }
    println!("(the first visit adds the texts of one language; the e2e test measures the whole visit in Chromium)");
    assert!(
        lost == 0 && missing == 0 && doubled == 0,
        "answers were lost or doubled"
    );
}
