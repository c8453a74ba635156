//! The live workshop server on a real socket on 127.0.0.1, against a real
//! database in a temporary folder: phones joining, answering and finishing,
//! and hostile requests of every kind the issue lists.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use rolspiegel_app::service::Service;
use rolspiegel_app::shared::SharedService;
use rolspiegel_core::GroupId;
use rolspiegel_workshop::{Limits, Live, MAX_BODY_BYTES, MAX_WRONG_CODES, PHONE_CSP};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// A room: a database with one group and a live session on it.
struct Room {
    _dir: tempfile::TempDir,
    shared: Arc<SharedService>,
    live: Live,
    group: String,
    base: String,
    origin: String,
    client: reqwest::Client,
}

async fn room_with(limits: Limits) -> Room {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut service =
        Service::start(Some(&dir.path().join("rolspiegel.db")), Some("nl")).expect("starts");
    let group = service
        .create_group("Werkplaats", None, "")
        .expect("a group")
        .id;
    let shared = Arc::new(SharedService::new(service));
    // Port 0: tests run side by side, each on a free port.
    let live = Live::start_with(
        shared.clone(),
        GroupId::parse(&group).expect("an id"),
        LOOPBACK,
        0,
        limits,
    )
    .await
    .expect("the session starts");
    let origin = format!("http://{}", live.address());
    Room {
        _dir: dir,
        shared,
        group,
        base: origin.clone(),
        origin,
        client: reqwest::Client::new(),
        live,
    }
}

async fn room() -> Room {
    room_with(Limits::default()).await
}

impl Room {
    fn code(&self) -> String {
        self.live.status().code
    }

    fn statements(&self) -> Vec<String> {
        self.shared.with(|s| {
            s.instrument()
                .statements()
                .iter()
                .map(|st| st.id.to_string())
                .collect()
        })
    }

    /// The group's participants as a group file holds them.
    fn members(&self) -> Vec<Value> {
        let bytes = self
            .shared
            .with(|s| s.export_group_file(&self.group, true))
            .expect("the group exports");
        let file: Value = serde_json::from_slice(&bytes).expect("JSON");
        file["participants"].as_array().expect("a list").clone()
    }

    fn post(&self, path: &str) -> reqwest::RequestBuilder {
        self.client
            .post(format!("{}{path}", self.base))
            .header("Origin", &self.origin)
    }

    fn put(&self, path: &str) -> reqwest::RequestBuilder {
        self.client
            .put(format!("{}{path}", self.base))
            .header("Origin", &self.origin)
    }

    fn get(&self, path: &str) -> reqwest::RequestBuilder {
        self.client.get(format!("{}{path}", self.base))
    }

    async fn join(&self, name: &str) -> (String, Value) {
        let response = self
            .post("/api/join")
            .json(&json!({ "code": self.code(), "name": name }))
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 201, "joined");
        let joined: Value = response.json().await.expect("JSON");
        (
            joined["token"].as_str().expect("a token").to_owned(),
            joined["participant"].clone(),
        )
    }

    /// Answers every statement with 4 and finishes.
    async fn answer_all_and_finish(&self, token: &str) -> Value {
        for (seq, id) in self.statements().iter().enumerate() {
            let response = self
                .put(&format!("/api/answers/{id}"))
                .bearer_auth(token)
                .json(&json!({ "value": 4, "seq": seq + 1 }))
                .send()
                .await
                .expect("sent");
            assert_eq!(response.status(), 200, "answer {id} saved");
        }
        let response = self
            .post("/api/finish?language=en")
            .bearer_auth(token)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 200, "finished");
        response.json().await.expect("JSON")
    }
}

/// Sends raw bytes and returns the status code and the whole answer.
async fn raw(address: SocketAddr, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).await.expect("connects");
    stream.write_all(request.as_bytes()).await.expect("writes");
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut answer)).await;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, text)
}

fn code_of(text: &str) -> String {
    let body = text.split("\r\n\r\n").nth(1).unwrap_or_default();
    serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| v["code"].as_str().map(str::to_owned))
        .unwrap_or_default()
}

// --- Phones in a room ------------------------------------------------------

/// A small deterministic random source, so a failing run can be repeated.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % sides
    }
}

/// Sends a request until it gets an answer other than 503, waiting as long
/// as `Retry-After` says; any failure other than 503 fails the test.
async fn until_answered(
    make: impl Fn() -> reqwest::RequestBuilder,
    retried: &mut u32,
) -> reqwest::Response {
    loop {
        match make().send().await {
            Ok(response) if response.status() == 503 => {
                let wait = response
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse::<u64>().ok())
                    .expect("a 503 says when to try again");
                *retried += 1;
                tokio::time::sleep(Duration::from_millis(wait * 50)).await;
            }
            Ok(response) => return response,
            Err(e) => panic!("a request failed: {e}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_hundred_phones_lose_no_answer_and_make_no_double() {
    const PHONES: u64 = 500;
    let room = Arc::new(room().await);
    let statements = Arc::new(room.statements());
    let mut phones = Vec::new();
    for phone in 0..PHONES {
        let (room, statements) = (room.clone(), statements.clone());
        phones.push(tokio::spawn(async move {
            let mut dice = Dice(phone + 1);
            let mut retried = 0;
            let code = room.code();
            let response = until_answered(
                || {
                    room.post("/api/join")
                        .json(&json!({ "code": code, "name": format!("Deelnemer {phone}") }))
                },
                &mut retried,
            )
            .await;
            assert_eq!(response.status(), 201, "phone {phone} joined");
            let joined: Value = response.json().await.expect("JSON");
            let token = joined["token"].as_str().expect("token").to_owned();
            let result_id = joined["participant"]["resultId"]
                .as_str()
                .expect("id")
                .to_owned();
            let mut given = BTreeMap::new();
            let mut seq = 0u64;
            let mut dont_know = BTreeMap::new();
            for id in statements.iter() {
                // One in five statements is first answered otherwise, then
                // changed; one in twenty is "weet ik niet".
                let mut values = Vec::new();
                if dice.roll(5) == 0 {
                    values.push(Value::from(dice.roll(5) + 1));
                }
                // At most two per role, so every scan can be scored.
                let role = id.chars().next();
                let unsure = dont_know.entry(role).or_insert(0);
                values.push(if dice.roll(20) == 0 && *unsure < 2 {
                    *unsure += 1;
                    Value::Null
                } else {
                    Value::from(dice.roll(5) + 1)
                });
                let mut previous = None;
                for value in values {
                    seq += 1;
                    let body = json!({ "value": value, "seq": seq });
                    let path = format!("/api/answers/{id}");
                    let send = || room.put(&path).bearer_auth(&token).json(&body);
                    match dice.roll(10) {
                        // The response is lost on the way back: the phone
                        // gives up waiting and sends it again.
                        0 => {
                            let _ = tokio::time::timeout(Duration::from_micros(300), send().send())
                                .await;
                        }
                        // The same request twice.
                        1 => {
                            let first = until_answered(send, &mut retried).await;
                            assert_eq!(first.status(), 200);
                        }
                        _ => {}
                    }
                    let response = until_answered(send, &mut retried).await;
                    assert_eq!(response.status(), 200, "phone {phone}, {id}");
                    given.insert(id.clone(), value.clone());
                    previous = Some((value, seq));
                }
                // Now and then an old copy of an earlier answer arrives late.
                if dice.roll(20) == 0 {
                    if let Some((value, seq)) = previous {
                        let stale =
                            json!({ "value": if value == 1 { 2 } else { 1 }, "seq": seq - 1 });
                        let path = format!("/api/answers/{id}");
                        let response = until_answered(
                            || room.put(&path).bearer_auth(&token).json(&stale),
                            &mut retried,
                        )
                        .await;
                        assert_eq!(response.status(), 200);
                    }
                }
            }
            // One in five phones sends "finish" twice, some of them at once.
            let finishes = if dice.roll(5) == 0 { 2 } else { 1 };
            let mut handles = Vec::new();
            for _ in 0..finishes {
                let (room, token) = (room.clone(), token.clone());
                handles.push(tokio::spawn(async move {
                    let mut retried = 0;
                    let response = until_answered(
                        || room.post("/api/finish?language=nl").bearer_auth(&token),
                        &mut retried,
                    )
                    .await;
                    assert_eq!(response.status(), 200, "finished");
                    let outcome: Value = response.json().await.expect("JSON");
                    assert_eq!(outcome["kind"], "complete", "{outcome}");
                    retried
                }));
            }
            for handle in handles {
                retried += handle.await.expect("finish task");
            }
            (result_id, given, retried)
        }));
    }
    let mut expected = BTreeMap::new();
    let mut retried = 0;
    for phone in phones {
        let (id, given, r) = phone.await.expect("every phone got through");
        expected.insert(id, given);
        retried += r;
    }
    let members = room.members();
    assert_eq!(members.len(), 500, "exactly one member per phone");
    for member in &members {
        let id = member["id"].as_str().expect("id");
        let answers: BTreeMap<String, Value> =
            serde_json::from_value(member["answers"].clone()).expect("answers");
        assert_eq!(
            Some(&answers),
            expected.get(id),
            "member {id} holds what the phone answered last"
        );
    }
    let counts = room.live.status().counts;
    assert_eq!(
        (counts.joined, counts.finished, counts.answering),
        (500, 500, 0)
    );
    eprintln!("503s retried: {retried}");
}

#[tokio::test]
async fn a_participant_finishes_and_gets_their_own_chart_and_file() {
    let room = room().await;
    let (token, participant) = room.join("Aïcha").await;
    assert_eq!(participant["finished"], false);
    assert_eq!(
        participant["instrument"]["statements"]
            .as_array()
            .map(Vec::len),
        Some(room.statements().len())
    );
    let outcome = room.answer_all_and_finish(&token).await;
    assert_eq!(outcome["kind"], "complete");
    let svg = outcome["result"]["chartSvg"].as_str().expect("a chart");
    assert_eq!(outcome["result"]["roles"].as_array().map(Vec::len), Some(3));
    let score = outcome["result"]["roles"][0]["score"]
        .as_f64()
        .expect("a score");
    let english = format!("{score:.1}");
    assert!(
        svg.contains(&english),
        "English numbers on the chart: {english}"
    );

    let dutch: Value = room
        .get("/api/result?language=nl")
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("JSON");
    assert!(
        dutch["chartSvg"]
            .as_str()
            .expect("chart")
            .contains(&english.replace('.', ",")),
        "Dutch numbers on the chart"
    );

    let file = room
        .get("/api/participant-file")
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent")
        .bytes()
        .await
        .expect("bytes");
    let read: Value = serde_json::from_slice(&file).expect("a participant file");
    assert_eq!(read["name"], "Aïcha");
    assert_eq!(read["id"], participant["resultId"]);
    let members = room.members();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0]["name"], "Aïcha");

    // After finishing, answers cannot change.
    let response = room
        .put("/api/answers/b01")
        .bearer_auth(&token)
        .json(&json!({ "value": 1, "seq": 999 }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 409);
}

#[tokio::test]
async fn a_phone_that_reloads_gets_back_what_the_laptop_has() {
    let room = room().await;
    let (token, _) = room.join("").await;
    for (seq, (id, value)) in [("b01", json!(2)), ("o01", json!(null)), ("v01", json!(5))]
        .into_iter()
        .enumerate()
    {
        room.put(&format!("/api/answers/{id}"))
            .bearer_auth(&token)
            .json(&json!({ "value": value, "seq": seq + 1 }))
            .send()
            .await
            .expect("sent");
    }
    let me: Value = room
        .get("/api/me")
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("JSON");
    assert_eq!(me["answers"], json!({ "b01": 2, "o01": null, "v01": 5 }));
    assert_eq!(me["seq"], 3);
    assert_eq!(me["finished"], false);
    let counts = room.live.status().counts;
    assert_eq!(
        (counts.joined, counts.answering, counts.finished),
        (1, 1, 0)
    );
}

#[tokio::test]
async fn finishing_with_too_few_answers_says_what_is_missing() {
    let room = room().await;
    let (token, _) = room.join("").await;
    let response = room
        .post("/api/finish")
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 200);
    let outcome: Value = response.json().await.expect("JSON");
    assert_eq!(outcome["kind"], "incomplete");
    assert_eq!(outcome["shortfalls"].as_array().map(Vec::len), Some(3));
    assert!(room.members().is_empty());
}

// --- Hostile and wrong requests --------------------------------------------

#[tokio::test]
async fn a_request_for_another_host_name_is_refused() {
    let room = room().await;
    let address = room.live.address();
    // DNS rebinding: a page from evil.example whose name now points here.
    let (status, text) = raw(
        address,
        "GET / HTTP/1.1\r\nHost: evil.example:8765\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 403, "{text}");
    assert_eq!(code_of(&text), "live-forbidden");
    let (status, _) = raw(address, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n").await;
    assert!(status == 403 || status == 400, "no Host: {status}");
    let (status, _) = raw(
        address,
        &format!("GET / HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"),
    )
    .await;
    assert_eq!(status, 200, "the right host is served");
}

#[tokio::test]
async fn a_write_without_this_pages_origin_is_refused() {
    let room = room().await;
    let join = json!({ "code": room.code(), "name": "" });
    let url = format!("{}/api/join", room.base);
    for origin in [None, Some("http://evil.example"), Some("null")] {
        let mut request = room.client.post(&url).json(&join);
        if let Some(origin) = origin {
            request = request.header("Origin", origin);
        }
        let response = request.send().await.expect("sent");
        assert_eq!(response.status(), 403, "origin {origin:?}");
        let body: Value = response.json().await.expect("JSON");
        assert_eq!(body["code"], "live-forbidden");
    }
    assert_eq!(room.live.status().counts.joined, 0, "nobody joined");
}

#[tokio::test]
async fn without_a_token_or_with_someone_elses_nothing_of_theirs_is_reached() {
    let room = room().await;
    let (alice, alice_state) = room.join("Alice").await;
    let (bob, _) = room.join("Bob").await;
    room.put("/api/answers/b01")
        .bearer_auth(&alice)
        .json(&json!({ "value": 5, "seq": 1 }))
        .send()
        .await
        .expect("sent");
    // No token, a made-up token, a malformed one.
    for auth in [
        None,
        Some("Bearer 0123456789abcdef0123456789abcdef"),
        Some("Bearer ../../etc"),
    ] {
        let mut request = room.get("/api/me");
        if let Some(auth) = auth {
            request = request.header("Authorization", auth);
        }
        let response = request.send().await.expect("sent");
        assert_eq!(response.status(), 401, "{auth:?}");
    }
    // Bob's token reads Bob, never Alice.
    let me: Value = room
        .get("/api/me")
        .bearer_auth(&bob)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("JSON");
    assert_eq!(me["name"], "Bob");
    assert_eq!(me["answers"], json!({}));
    assert_ne!(me["resultId"], alice_state["resultId"]);
    // No route returns group figures or other participants.
    for path in [
        "/api/group",
        "/api/participants",
        "/api/status",
        "/api/results",
    ] {
        let response = room.get(path).bearer_auth(&bob).send().await.expect("sent");
        assert_eq!(response.status(), 404, "{path}");
    }
}

#[tokio::test]
async fn answers_off_the_scale_or_for_unknown_statements_are_refused() {
    let room = room().await;
    let (token, _) = room.join("").await;
    for (path, body, code) in [
        (
            "/api/answers/b01",
            json!({ "value": 6, "seq": 1 }),
            "answer-out-of-range",
        ),
        (
            "/api/answers/b01",
            json!({ "value": 0, "seq": 1 }),
            "answer-out-of-range",
        ),
        (
            "/api/answers/b01",
            json!({ "value": -1, "seq": 1 }),
            "answer-out-of-range",
        ),
        (
            "/api/answers/x99",
            json!({ "value": 3, "seq": 1 }),
            "unknown-statement",
        ),
        (
            "/api/answers/b01",
            json!({ "value": 3.5, "seq": 1 }),
            "bad-request",
        ),
        (
            "/api/answers/b01",
            json!({ "value": "3", "seq": 1 }),
            "bad-request",
        ),
        (
            "/api/answers/b01",
            json!({ "value": 3, "seq": -1 }),
            "bad-request",
        ),
        (
            "/api/answers/b01",
            json!({ "value": 3, "seq": 1, "extra": 1 }),
            "bad-request",
        ),
    ] {
        let response = room
            .put(path)
            .bearer_auth(&token)
            .json(&body)
            .send()
            .await
            .expect("sent");
        assert!(response.status().is_client_error(), "{path} {body}");
        let answer: Value = response.json().await.expect("JSON");
        assert_eq!(answer["code"], code, "{path} {body}");
    }
    let me: Value = room
        .get("/api/me")
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("JSON");
    assert_eq!(me["answers"], json!({}), "nothing was saved");
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let room = room().await;
    let name = "x".repeat(MAX_BODY_BYTES + 1);
    let response = room
        .post("/api/join")
        .json(&json!({ "code": room.code(), "name": name }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 413);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["code"], "live-too-large");
}

#[tokio::test]
async fn a_slow_request_times_out_and_does_not_hold_up_others() {
    let room = room_with(Limits {
        request_timeout: Duration::from_millis(500),
        header_timeout: Duration::from_millis(500),
        ..Limits::default()
    })
    .await;
    let address = room.live.address();
    // Headers that never end.
    let mut slow_headers = TcpStream::connect(address).await.expect("connects");
    slow_headers
        .write_all(format!("GET / HTTP/1.1\r\nHost: {address}\r\n").as_bytes())
        .await
        .expect("writes");
    // A body that never comes.
    let request = format!(
        "POST /api/join HTTP/1.1\r\nHost: {address}\r\nOrigin: http://{address}\r\n\
         Content-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{{"
    );
    let slow_body = tokio::spawn(async move { raw(address, &request).await });
    // Meanwhile others are served.
    let (_, _) = room.join("").await;
    let (status, text) = slow_body.await.expect("the slow request ends");
    assert_eq!(status, 408, "{text}");
    assert_eq!(code_of(&text), "live-timeout");
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(5), slow_headers.read_to_end(&mut rest))
        .await
        .expect("the server closes a connection whose headers never end");
    assert!(closed.is_ok());
}

#[tokio::test]
async fn unknown_routes_and_paths_out_of_the_page_are_not_found() {
    let room = room().await;
    let address = room.live.address();
    for path in [
        "/index.html",
        "/assets/",
        "/assets/../../Cargo.toml",
        "/assets/..%2f..%2fCargo.toml",
        "/assets/%2e%2e/%2e%2e/ui/index.html",
        "/../ui/dist/index.html",
        "//etc/passwd",
        "/assets/phone.html",
        "/api",
        "/src-tauri/tauri.conf.json",
    ] {
        let (status, text) = raw(
            address,
            &format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"),
        )
        .await;
        assert!(status == 404 || status == 400, "{path}: {status}");
        assert!(
            !text.contains("[package]") && !text.contains("root:"),
            "{path}"
        );
    }
    let (status, text) = raw(
        address,
        &format!("GET /api/me HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"),
    )
    .await;
    assert_eq!((status, code_of(&text).as_str()), (401, "live-not-joined"));
}

#[tokio::test]
async fn a_thousand_wrong_codes_are_slowed_down_per_phone() {
    let room = room().await;
    let mut statuses = BTreeMap::new();
    for attempt in 0..1000 {
        let response = room
            .post("/api/join")
            .json(&json!({ "code": format!("AAA{attempt:03}"), "name": "" }))
            .send()
            .await
            .expect("sent");
        *statuses.entry(response.status().as_u16()).or_insert(0) += 1;
    }
    assert_eq!(
        statuses.get(&403),
        Some(&(MAX_WRONG_CODES as i32)),
        "{statuses:?}"
    );
    assert_eq!(statuses.get(&429), Some(&(1000 - MAX_WRONG_CODES as i32)));
    // The right code from this phone waits too…
    let response = room
        .post("/api/join")
        .json(&json!({ "code": room.code(), "name": "" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 429);
    assert!(response.headers().contains_key("retry-after"));
    // …but another phone (another loopback address) joins.
    let other = reqwest::Client::builder()
        .local_address(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2)))
        .build()
        .expect("client");
    let response = other
        .post(format!("{}/api/join", room.base))
        .header("Origin", &room.origin)
        .json(&json!({ "code": room.code().to_lowercase(), "name": "" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 201, "codes are read without case");
}

#[tokio::test]
async fn joining_after_it_was_closed_or_with_an_old_code_is_refused() {
    let room = room().await;
    let (token, _) = room.join("").await;
    let old = room.code();
    room.live.renew_code();
    assert_ne!(room.code(), old);
    let response = room
        .post("/api/join")
        .json(&json!({ "code": old, "name": "" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 403);
    room.live.set_joining(false);
    let response = room
        .post("/api/join")
        .json(&json!({ "code": room.code(), "name": "" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 403);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["code"], "live-joining-closed");
    // Who joined before goes on.
    let outcome = room.answer_all_and_finish(&token).await;
    assert_eq!(outcome["kind"], "complete");
}

#[tokio::test]
async fn too_many_requests_at_once_get_503_with_retry_after() {
    let room = room_with(Limits {
        concurrent_requests: 4,
        ..Limits::default()
    })
    .await;
    let address = room.live.address();
    let (token, _) = room.join("").await;
    // Four requests whose bodies are still on their way hold every place.
    let mut held = Vec::new();
    for _ in 0..4 {
        let mut stream = TcpStream::connect(address).await.expect("connects");
        stream
            .write_all(
                format!(
                    "PUT /api/answers/b01 HTTP/1.1\r\nHost: {address}\r\nOrigin: http://{address}\r\n\
                     Authorization: Bearer {token}\r\nContent-Length: 30\r\n\r\n{{"
                )
                .as_bytes(),
            )
            .await
            .expect("writes");
        held.push(stream);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let response = room.get("/").send().await.expect("sent");
    assert_eq!(response.status(), 503);
    assert_eq!(
        response.headers().get("retry-after").map(|v| v.as_bytes()),
        Some(&b"1"[..])
    );
    drop(held);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let response = room.get("/").send().await.expect("sent");
    assert_eq!(response.status(), 200, "places come free again");
}

#[tokio::test]
async fn the_page_carries_a_strict_policy_and_is_sent_compressed() {
    let room = room().await;
    let response = room
        .get("/")
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 200);
    let headers = response.headers();
    assert_eq!(headers["content-security-policy"], PHONE_CSP);
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["content-encoding"], "gzip");
    assert!(headers["content-type"]
        .to_str()
        .expect("text")
        .starts_with("text/html"));
    let api = room.get("/api/me").send().await.expect("sent");
    assert_eq!(api.headers()["cache-control"], "no-store");
    assert_eq!(api.headers()["content-security-policy"], PHONE_CSP);
}

#[tokio::test]
async fn ending_the_session_lets_a_request_finish_and_then_nobody_gets_in() {
    let room = room().await;
    let address = room.live.address();
    let (token, _) = room.join("").await;
    room.answer_all_and_finish(&token).await;
    // A join whose body is still on its way when the session ends.
    let body = json!({ "code": room.code(), "name": "Laat" }).to_string();
    let (head, tail) = body.split_at(10);
    let mut late = TcpStream::connect(address).await.expect("connects");
    late.write_all(
        format!(
            "POST /api/join HTTP/1.1\r\nHost: {address}\r\nOrigin: http://{address}\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{head}",
            body.len()
        )
        .as_bytes(),
    )
    .await
    .expect("writes");
    tokio::time::sleep(Duration::from_millis(100)).await;
    let Room {
        live,
        shared,
        _dir,
        group,
        ..
    } = room;
    let ending = tokio::spawn(live.end());
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        TcpStream::connect(address).await.is_err(),
        "no new connection once the session ends"
    );
    late.write_all(tail.as_bytes())
        .await
        .expect("writes the rest");
    let mut answer = Vec::new();
    late.read_to_end(&mut answer).await.expect("reads");
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.starts_with("HTTP/1.1 201"),
        "the request in flight finished: {answer}"
    );
    ending.await.expect("the session ended");
    let bytes = shared
        .with(|s| s.export_group_file(&group, true))
        .expect("the group exports");
    let file: Value = serde_json::from_slice(&bytes).expect("JSON");
    assert_eq!(
        file["participants"].as_array().map(Vec::len),
        Some(1),
        "the finished result stays in the group"
    );
}

#[tokio::test]
async fn a_session_on_a_group_that_is_gone_does_not_start_and_a_deleted_group_refuses_results() {
    let dir = tempfile::tempdir().expect("temp dir");
    let service =
        Service::start(Some(&dir.path().join("rolspiegel.db")), Some("nl")).expect("starts");
    let shared = Arc::new(SharedService::new(service));
    let error = Live::start(shared.clone(), GroupId::new(), LOOPBACK, 0)
        .await
        .expect_err("no such group");
    assert_eq!(error.code, rolspiegel_app::error::ErrorCode::GroupNotFound);

    let room = room().await;
    let (token, _) = room.join("").await;
    room.shared
        .with(|s| s.delete_group(&room.group))
        .expect("deleted");
    for (seq, id) in room.statements().iter().enumerate() {
        room.put(&format!("/api/answers/{id}"))
            .bearer_auth(&token)
            .json(&json!({ "value": 3, "seq": seq + 1 }))
            .send()
            .await
            .expect("sent");
    }
    let response = room
        .post("/api/finish")
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 410);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["code"], "group-not-found");
}
