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

use serde_json::{json, Value};

mod support;
use support::{arrived, page_files, percentile, runtime, Session};

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

fn main() {
    let session = Session::start("Belasting");
    let (shared, group, statements) = (
        session.shared.clone(),
        session.group.clone(),
        session.statements.clone(),
    );
    let base = session.base();
    let code = session.status().code;

    let phones = runtime();
    let tally = Arc::new(Mutex::new(Tally::default()));
    // The files the page links, from the page as built (what "/" serves;
    // the phones ask for gzip, so they cannot read the names from it).
    let page_files = Arc::new(page_files());
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
                    answers.insert(statement.clone(), value as u64);
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
    session.end();

    // Every answer arrived once.
    let (lost, missing, doubled) = arrived(&shared, &group, &given);

    let tally = tally.lock().unwrap();
    println!("\nLive session, {PHONES} phones at once on 127.0.0.0/8 (server: 2 workers)\n");
    println!(
        "{:<26} {:>9} {:>10} {:>10} {:>10}",
        "route", "requests", "p50 ms", "p99 ms", "max ms"
    );
    let mut all = Vec::new();
    for (route, latencies) in &tally.latencies {
        let mut sorted = latencies.clone();
        sorted.sort();
        println!(
            "{:<26} {:>9} {:>10} {:>10} {:>10}",
            route,
            sorted.len(),
            support::ms(percentile(&sorted, 50.0)),
            support::ms(percentile(&sorted, 99.0)),
            support::ms(*sorted.last().expect("some"))
        );
        all.extend(sorted);
    }
    all.sort();
    println!(
        "{:<26} {:>9} {:>10} {:>10} {:>10}",
        "all",
        all.len(),
        support::ms(percentile(&all, 50.0)),
        support::ms(percentile(&all, 99.0)),
        support::ms(*all.last().expect("some"))
    );
    println!(
        "\ntotal {:.2} s · {:.0} requests/s · 503 waited out: {}",
        total.as_secs_f64(),
        all.len() as f64 / total.as_secs_f64(),
        tally.busy
    );
    println!(
        "members {} · answers lost {lost} · missing {missing} · doubled {doubled}",
        PHONES - missing + doubled
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
