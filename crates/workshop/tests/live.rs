//! The live workshop server on a real socket on 127.0.0.1, against a real
//! database in a temporary folder: phones joining, answering and finishing,
//! and hostile requests of every kind the issue lists.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use rolspiegel_app::live::LiveRoom;
use rolspiegel_app::service::Service;
use rolspiegel_app::shared::SharedService;
use rolspiegel_core::GroupId;
use rolspiegel_workshop::{Limits, WorkshopDoor, MAX_BODY_BYTES, MAX_WRONG_CODES, PHONE_CSP};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// The address of device `n` in the room: every phone has its own, as on a
/// real network (all of 127.0.0.0/8 is this machine's loopback).
fn device(n: u32) -> IpAddr {
    let n = n + 1;
    IpAddr::V4(Ipv4Addr::new(127, 1, (n >> 8) as u8, (n & 0xff) as u8))
}

/// A raw connection from `from` to `to` (with a tiny receive buffer when
/// `slow_reader`), or `None` when the laptop would not take it.
async fn connect_from(from: IpAddr, to: SocketAddr, slow_reader: bool) -> Option<TcpStream> {
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    if slow_reader {
        socket.set_recv_buffer_size(1024).expect("small buffer");
    }
    socket.bind(SocketAddr::new(from, 0)).expect("bind");
    socket.connect(to).await.ok()
}

/// An HTTP client that sends from `address`.
fn client_at(address: IpAddr) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(address)
        .build()
        .expect("client")
}

/// A room: a database with one group and a live session on it, served by
/// the app's door on loopback.
struct Room {
    _dir: tempfile::TempDir,
    shared: Arc<SharedService>,
    room: Arc<LiveRoom>,
    address: SocketAddr,
    group: String,
    base: String,
    origin: String,
    client: reqwest::Client,
}

/// The app's live room served by the app's door on loopback, on a free
/// port (tests run side by side), with `limits`.
fn live_room(shared: &Arc<SharedService>, limits: Limits) -> Arc<LiveRoom> {
    let door = WorkshopDoor::new(tokio::runtime::Handle::current())
        .with_limits(limits)
        .on_port(0)
        .also_on(LOOPBACK);
    LiveRoom::new(shared.clone(), Box::new(door))
}

async fn room_with(limits: Limits) -> Room {
    room_setup(limits, None).await
}

/// A room whose group has a shared situation (when `situation` names one)
/// before the session opens.
async fn room_setup(limits: Limits, situation: Option<&str>) -> Room {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut service =
        Service::start(Some(&dir.path().join("rolspiegel.db")), Some("nl")).expect("starts");
    let group = service
        .create_group("Werkplaats", None, "")
        .expect("a group")
        .id;
    if let Some(name) = situation {
        service
            .set_group_situation(&group, name, "")
            .expect("the group's situation");
    }
    let shared = Arc::new(SharedService::new(service));
    let room = live_room(&shared, limits);
    let status = room
        .open(GroupId::parse(&group).expect("an id"), "127.0.0.1")
        .expect("the session starts");
    let origin = status.url.trim_end_matches('/').to_owned();
    let address = origin
        .trim_start_matches("http://")
        .parse()
        .expect("an address");
    Room {
        _dir: dir,
        shared,
        room,
        address,
        group,
        base: origin.clone(),
        origin,
        client: reqwest::Client::new(),
    }
}

async fn room() -> Room {
    room_with(Limits::default()).await
}

impl Room {
    fn code(&self) -> String {
        self.status().code
    }

    /// The open session as the window sees it.
    fn status(&self) -> rolspiegel_app::wire::LiveStatus {
        self.room.status().expect("the session is open")
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
        self.post_from(&self.client, path)
    }

    fn put(&self, path: &str) -> reqwest::RequestBuilder {
        self.put_from(&self.client, path)
    }

    fn get(&self, path: &str) -> reqwest::RequestBuilder {
        self.client.get(format!("{}{path}", self.base))
    }

    /// `client` asks to join with the current code (and `name`).
    async fn join_from(&self, client: &reqwest::Client, name: &str) -> reqwest::Response {
        self.post_from(client, "/api/join")
            .json(&json!({ "code": self.code(), "name": name }))
            .send()
            .await
            .expect("sent")
    }

    /// `client` saves `value` for `statement` with counter `seq`.
    async fn answer_from(
        &self,
        client: &reqwest::Client,
        token: &str,
        statement: &str,
        value: Value,
        seq: u64,
    ) -> reqwest::Response {
        self.put_from(client, &format!("/api/answers/{statement}"))
            .bearer_auth(token)
            .json(&json!({ "value": value, "seq": seq }))
            .send()
            .await
            .expect("sent")
    }

    fn post_from(&self, client: &reqwest::Client, path: &str) -> reqwest::RequestBuilder {
        client
            .post(format!("{}{path}", self.base))
            .header("Origin", &self.origin)
    }

    fn put_from(&self, client: &reqwest::Client, path: &str) -> reqwest::RequestBuilder {
        client
            .put(format!("{}{path}", self.base))
            .header("Origin", &self.origin)
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
            let client = client_at(device(phone as u32));
            let response = until_answered(
                || {
                    room.post_from(&client, "/api/join")
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
                    let send = || {
                        room.put_from(&client, &path)
                            .bearer_auth(&token)
                            .json(&body)
                    };
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
                            || {
                                room.put_from(&client, &path)
                                    .bearer_auth(&token)
                                    .json(&stale)
                            },
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
                let (room, token, client) = (room.clone(), token.clone(), client.clone());
                handles.push(tokio::spawn(async move {
                    let mut retried = 0;
                    let response = until_answered(
                        || {
                            room.post_from(&client, "/api/finish?language=nl")
                                .bearer_auth(&token)
                        },
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
    let counts = room.status().counts;
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
    let counts = room.status().counts;
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
    let address = room.address;
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
    assert_eq!(room.status().counts.joined, 0, "nobody joined");
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
        // The same codes as through the window: anything but a whole
        // number or null is off the scale…
        (
            "/api/answers/b01",
            json!({ "value": 3.5, "seq": 1 }),
            "answer-out-of-range",
        ),
        (
            "/api/answers/b01",
            json!({ "value": "3", "seq": 1 }),
            "answer-out-of-range",
        ),
        // …and a missing answer is a broken request, not "weet ik niet".
        ("/api/answers/b01", json!({ "seq": 1 }), "bad-request"),
        ("/api/answers/b01", json!({ "value": 3 }), "bad-request"),
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
    let address = room.address;
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
    let address = room.address;
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
    room.room.renew_code().expect("open");
    assert_ne!(room.code(), old);
    let response = room
        .post("/api/join")
        .json(&json!({ "code": old, "name": "" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 403);
    room.room.set_joining(false).expect("open");
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_requests_at_once_get_503_with_retry_after() {
    let room = Arc::new(
        room_with(Limits {
            concurrent_requests: 4,
            ..Limits::default()
        })
        .await,
    );
    // Four phones finish while the laptop is busy (the service held by the
    // window): their requests are in and wait, holding every place.
    let mut tokens = Vec::new();
    for n in 0..4 {
        let client = client_at(device(n));
        let joined: Value = room
            .join_from(&client, "")
            .await
            .json()
            .await
            .expect("JSON");
        let token = joined["token"].as_str().expect("token").to_owned();
        for (seq, id) in room.statements().iter().enumerate() {
            room.answer_from(&client, &token, id, json!(4), seq as u64 + 1)
                .await;
        }
        tokens.push((client, token));
    }
    let (release, held) = std::sync::mpsc::channel::<()>();
    let busy = room.shared.clone();
    let window = std::thread::spawn(move || busy.with(|_| held.recv().ok()));
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut finishing = Vec::new();
    for (client, token) in tokens {
        let room = room.clone();
        finishing.push(tokio::spawn(async move {
            room.post_from(&client, "/api/finish")
                .bearer_auth(&token)
                .send()
                .await
                .expect("sent")
                .status()
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let response = client_at(device(9))
        .get(format!("{}/", room.base))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 503);
    assert_eq!(
        response.headers().get("retry-after").map(|v| v.as_bytes()),
        Some(&b"1"[..])
    );
    release.send(()).expect("the window lets go");
    window.join().expect("window thread");
    for f in finishing {
        assert_eq!(f.await.expect("finish"), 200);
    }
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
    let address = room.address;
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
        room: live,
        shared,
        _dir,
        group,
        ..
    } = room;
    let ending = tokio::spawn(live.close());
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
    let error = live_room(&shared, Limits::default())
        .open(GroupId::new(), "127.0.0.1")
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

// --- One device cannot spoil the room ----------------------------------------
// Each finding of the issue, from one hostile device (one loopback address)
// while other devices (other addresses) go on.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unfinished_requests_from_one_device_do_not_keep_the_others_out() {
    let room = room().await;
    let address = room.address;
    // 64 joins whose bodies never come.
    let mut held = Vec::new();
    for _ in 0..64 {
        let Some(mut stream) = connect_from(device(1), address, false).await else {
            continue;
        };
        let _ = stream
            .write_all(
                format!(
                    "POST /api/join HTTP/1.1\r\nHost: {address}\r\nOrigin: http://{address}\r\n\
                     Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{"
                )
                .as_bytes(),
            )
            .await;
        held.push(stream);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let phone = client_at(device(2));
    let page = phone
        .get(format!("{}/", room.base))
        .send()
        .await
        .expect("sent");
    assert_eq!(page.status(), 200, "another phone gets the page");
    let joined = room.join_from(&phone, "").await;
    assert_eq!(joined.status(), 201, "and joins");
    drop(held);
}

/// The largest file of the phone page, to ask for again and again.
fn largest_asset() -> &'static str {
    rolspiegel_workshop::ASSETS
        .iter()
        .max_by_key(|a| a.raw.len())
        .expect("the page has files")
        .route
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_that_never_read_their_answers_are_closed_and_others_get_in() {
    let room = room_with(Limits {
        write_timeout: Duration::from_millis(500),
        ..Limits::default()
    })
    .await;
    let address = room.address;
    let hostile = device(1);
    // Far more than the socket buffers between the two hold, so the
    // laptop's writes are sure to stall.
    let request = format!(
        "GET {} HTTP/1.1\r\nHost: {address}\r\n\r\n",
        largest_asset()
    )
    .repeat(600);
    let mut held = Vec::new();
    for _ in 0..40 {
        let Some(mut stream) = connect_from(hostile, address, true).await else {
            continue;
        };
        let _ = stream.write_all(request.as_bytes()).await;
        held.push(stream);
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let page = client_at(device(2))
        .get(format!("{}/", room.base))
        .send()
        .await
        .expect("another phone is served");
    assert_eq!(page.status(), 200);
    let of_hostile = |status: &rolspiegel_app::wire::LiveStatus| {
        status
            .devices
            .iter()
            .find(|d| d.address == hostile.to_string())
            .cloned()
    };
    let seen = of_hostile(&room.status()).expect("the device is listed");
    assert!(
        seen.connections <= rolspiegel_workshop::MAX_CONNECTIONS_PER_DEVICE,
        "{seen:?}"
    );
    assert!(seen.refused > 0, "connections over its share were refused");
    // Its stalled connections are closed once writing has stalled too long.
    let mut open = seen.connections;
    for _ in 0..50 {
        open = of_hostile(&room.status()).map_or(0, |d| d.connections);
        if open == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(open, 0, "every connection that stopped reading was closed");
    drop(held);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_connection_flood_from_one_device_leaves_room_for_the_others() {
    let room = room().await;
    let address = room.address;
    let hostile = device(1);
    let mut held = Vec::new();
    for _ in 0..200 {
        if let Some(mut stream) = connect_from(hostile, address, false).await {
            let _ = stream.write_all(b"G").await;
            held.push(stream);
        }
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let status = room.status();
    let flood = status
        .devices
        .iter()
        .find(|d| d.address == hostile.to_string())
        .expect("the device is listed");
    assert_eq!(
        flood.connections,
        rolspiegel_workshop::MAX_CONNECTIONS_PER_DEVICE,
        "it holds its share and no more"
    );
    assert!(flood.refused >= 100, "{flood:?}");
    let page = client_at(device(2))
        .get(format!("{}/", room.base))
        .send()
        .await
        .expect("sent");
    assert_eq!(page.status(), 200, "another phone gets in");
    drop(held);
}

#[tokio::test]
async fn a_flood_of_joins_from_one_device_stops_at_its_share_and_can_be_removed() {
    let room = room().await;
    let hostile = client_at(device(1));
    let mut statuses = BTreeMap::new();
    for _ in 0..50 {
        let response = room.join_from(&hostile, "").await;
        let status = response.status().as_u16();
        if status != 201 {
            let body: Value = response.json().await.expect("JSON");
            assert_eq!(body["code"], "live-device-full");
        }
        *statuses.entry(status).or_insert(0) += 1;
    }
    let share = rolspiegel_app::live::MAX_PARTICIPANTS_PER_DEVICE;
    assert_eq!(statuses.get(&201), Some(&share));
    assert_eq!(statuses.get(&503), Some(&(50 - share)));
    // Latecomers still join.
    let phone = client_at(device(2));
    let joined = room.join_from(&phone, "Laat").await;
    assert_eq!(joined.status(), 201);
    let joined: Value = joined.json().await.expect("JSON");
    let token = joined["token"].as_str().expect("token").to_owned();
    room.answer_from(&phone, &token, "b01", json!(4), 1).await;
    // The projector tells the joined-but-silent apart.
    let counts = room.status().counts;
    assert_eq!(
        (counts.joined, counts.waiting, counts.answering),
        (share + 1, share, 1)
    );
    let listed = room.status().devices;
    assert_eq!(listed[0].address, device(1).to_string(), "{listed:?}");
    assert_eq!((listed[0].participants, listed[0].waiting), (share, share));
    // The facilitator removes who never answered; whoever answers stays.
    room.room.remove_waiting().expect("open");
    let counts = room.status().counts;
    assert_eq!((counts.joined, counts.waiting, counts.answering), (1, 0, 1));
    // …and blocks the device: it gets nothing more, the others go on.
    room.room.block(device(1), true).expect("open");
    let refused = room.join_from(&hostile, "").await;
    assert_eq!(refused.status(), 403);
    let body: Value = refused.json().await.expect("JSON");
    assert_eq!(body["code"], "live-blocked");
    assert!(room.status().devices[0].blocked);
    let answered = room.answer_from(&phone, &token, "o01", json!(3), 2).await;
    assert_eq!(answered.status(), 200);
    room.room.block(device(1), false).expect("open");
    let again = room.join_from(&client_at(device(1)), "").await;
    assert_eq!(again.status(), 201, "let in again");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_wrong_codes_at_once_are_counted_in_one_step() {
    let room = Arc::new(room().await);
    let hostile = client_at(device(1));
    // As many at once as one device may have in flight.
    let at_once = Arc::new(tokio::sync::Semaphore::new(
        rolspiegel_workshop::MAX_REQUESTS_PER_DEVICE,
    ));
    let mut sent = Vec::new();
    for n in 0..50 {
        let (room, hostile, at_once) = (room.clone(), hostile.clone(), at_once.clone());
        sent.push(tokio::spawn(async move {
            let _turn = at_once.acquire().await.expect("a turn");
            room.post_from(&hostile, "/api/join")
                .json(&json!({ "code": format!("AAA{n:03}"), "name": "" }))
                .send()
                .await
                .expect("sent")
                .status()
                .as_u16()
        }));
    }
    let mut statuses = BTreeMap::new();
    for s in sent {
        *statuses.entry(s.await.expect("sent")).or_insert(0) += 1;
    }
    assert_eq!(
        statuses.get(&403),
        Some(&(MAX_WRONG_CODES as i32)),
        "exactly ten looked at: {statuses:?}"
    );
    assert_eq!(statuses.get(&429), Some(&(50 - MAX_WRONG_CODES as i32)));
}

#[tokio::test]
async fn the_same_bad_answer_gets_the_same_code_through_either_door() {
    let room = room().await;
    let (token, _) = room.join("").await;
    for value in [
        json!(6),
        json!(0),
        json!(-1),
        json!(3.5),
        json!("3"),
        json!(true),
        json!([1]),
        json!({ "v": 1 }),
        json!(i64::MAX),
    ] {
        let phone: Value = room
            .put("/api/answers/b01")
            .bearer_auth(&token)
            .json(&json!({ "value": value, "seq": 1 }))
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("JSON");
        let window = room.shared.with(|s| {
            let scan = match s.start_scan(None).expect("starts") {
                rolspiegel_app::wire::StartOutcome::Started { scan } => scan,
                rolspiegel_app::wire::StartOutcome::InProgress { assessment_id, .. } => {
                    match s.start_scan(Some(&assessment_id)).expect("replaces") {
                        rolspiegel_app::wire::StartOutcome::Started { scan } => scan,
                        other => panic!("{other:?}"),
                    }
                }
            };
            s.save_answer(
                &scan.assessment_id,
                "b01",
                rolspiegel_app::service::given_answer(&rolspiegel_app::wire::AnswerValue(
                    value.clone(),
                )),
            )
            .expect_err("off the scale")
        });
        let window = serde_json::to_value(window.code).expect("a code");
        assert_eq!(phone["code"], window, "{value}");
    }
}

/// Keyed value `keyed[role]` on every statement of the situation list, as
/// the answer a phone sends.
fn situation_answers(keyed: [i64; 3]) -> Vec<(String, i64)> {
    let list: Value =
        serde_json::from_str(include_str!("../../../assets/instrument/situation-v1.json")).unwrap();
    list["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let id = s["id"].as_str().unwrap().to_owned();
            let role = ["b", "o", "v"]
                .iter()
                .position(|r| id[1..2] == **r)
                .unwrap();
            let v = keyed[role];
            let v = if s["keying"] == "positive" { v } else { 6 - v };
            (id, v)
        })
        .collect()
}

#[tokio::test]
async fn three_phones_rate_the_groups_situation_anonymously_and_the_group_sees_the_mean() {
    let room = room_setup(Limits::default(), Some("Wijkaanpak fase 2")).await;
    let keyed = [[5, 3, 2], [4, 3, 1], [5, 2, 2]];
    for (n, keyed) in keyed.iter().enumerate() {
        let (token, participant) = room.join(&format!("Deelnemer {n}")).await;
        assert_eq!(participant["situation"]["name"], "Wijkaanpak fase 2");
        assert_eq!(
            participant["situation"]["statements"]
                .as_array()
                .map(Vec::len),
            Some(30)
        );
        // Not before the scan is finished: one rating per finished scan.
        let early = room
            .put("/api/situation/answers/sb01")
            .bearer_auth(&token)
            .json(&json!({ "value": 3, "seq": 1 }))
            .send()
            .await
            .unwrap();
        assert_eq!(early.status(), 409);
        room.answer_all_and_finish(&token).await;
        let answers = situation_answers(*keyed);
        // Too few answers first: what is missing, nothing stored.
        let (first, rest) = answers.split_at(5);
        for (seq, (id, v)) in first.iter().enumerate() {
            let response = room
                .put(&format!("/api/situation/answers/{id}"))
                .bearer_auth(&token)
                .json(&json!({ "value": v, "seq": seq + 1 }))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
        }
        let early: Value = room
            .post("/api/situation/finish")
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(early["kind"], "incomplete");
        // A statement of the self list is no statement of this one.
        let response = room
            .put("/api/situation/answers/b01")
            .bearer_auth(&token)
            .json(&json!({ "value": 3, "seq": 99 }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422);
        for (seq, (id, v)) in rest.iter().enumerate() {
            room.put(&format!("/api/situation/answers/{id}"))
                .bearer_auth(&token)
                .json(&json!({ "value": v, "seq": seq + 10 }))
                .send()
                .await
                .unwrap();
        }
        // Sent twice (a phone that did not hear the first answer): stored once.
        for _ in 0..2 {
            let done: Value = room
                .post("/api/situation/finish")
                .bearer_auth(&token)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            assert_eq!(done["kind"], "complete");
        }
        let me: Value = room
            .get("/api/me")
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(me["situation"]["finished"], true);
        let response = room
            .put("/api/situation/answers/sb01")
            .bearer_auth(&token)
            .json(&json!({ "value": 1, "seq": 999 }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 409, "a stored rating does not change");
    }
    // The group: every participant 50 · 50 · 50 (all answers 4). The
    // situation: Bureaucraat 100, 75, 100 (mean 91,67, sd 14,43);
    // Ondernemer 50, 50, 25 (41,67); Verbinder 25, 0, 25 (16,67). Band
    // 2,394 · √(14,43²/3 + 0) = 19,95: more, about, less.
    let view = room
        .shared
        .with(|s| s.group_view(&room.group, false))
        .unwrap();
    let situation = view.situation.expect("the group's situation");
    assert_eq!(situation.ratings, 3, "each phone once");
    assert!(situation.enough && situation.chart_svg.is_some());
    let means: Vec<f64> = situation.roles.iter().map(|r| r.asked.mean).collect();
    let want = [275.0 / 3.0, 125.0 / 3.0, 50.0 / 3.0];
    for (got, want) in means.iter().zip(want) {
        assert!((got - want).abs() < 1e-9, "{means:?}");
    }
    let sd = (625.0_f64 / 3.0).sqrt(); // (2·(8,33)² + 16,67²)/2
    for r in &situation.roles {
        assert!((r.asked.sd - sd).abs() < 1e-9, "{r:?}");
        assert_eq!(r.group_mean, Some(50.0));
    }
    use rolspiegel_core::Difference;
    assert_eq!(
        situation.roles.iter().map(|r| r.asks).collect::<Vec<_>>(),
        [
            Some(Difference::More),
            Some(Difference::About),
            Some(Difference::Less)
        ]
    );
    // Projection ends with the situation.
    let last = room
        .shared
        .with(|s| s.projection_step(&room.group, 99))
        .unwrap();
    assert_eq!(last.steps, 7);
    assert!(
        last.caption.contains("Wijkaanpak fase 2"),
        "{}",
        last.caption
    );
}

// --- Colleagues in the same room -------------------------------------------

/// A database with one request to colleagues, and a live session for it
/// served on loopback.
async fn colleague_room() -> (
    tempfile::TempDir,
    Arc<SharedService>,
    Arc<LiveRoom>,
    String,
    String,
) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut service =
        Service::start(Some(&dir.path().join("rolspiegel.db")), Some("nl")).expect("starts");
    let request = service
        .create_request("Sam", "nl", &["Wat zie je?".to_owned()])
        .expect("a request")
        .id;
    let shared = Arc::new(SharedService::new(service));
    let room = live_room(&shared, Limits::default());
    let status = room
        .open_for_request(
            rolspiegel_core::RequestId::parse(&request).expect("an id"),
            "127.0.0.1",
        )
        .expect("the session starts");
    assert_eq!(status.request_id.as_deref(), Some(request.as_str()));
    assert_eq!(status.group_id, None);
    (
        dir,
        shared,
        room,
        request,
        status.url.trim_end_matches('/').to_owned(),
    )
}

/// A colleague's answer code for `request`: every statement keyed `keyed`
/// (1–5), answer key `key`.
fn colleague_code(shared: &SharedService, request: &str, key: u8, keyed: i64) -> String {
    use rolspiegel_core::{Answer, Keying, Likert, RequestId};
    let answers = shared.with(|s| {
        s.instrument()
            .statements()
            .iter()
            .map(|st| {
                let raw = if st.keying == Keying::Positive {
                    keyed
                } else {
                    6 - keyed
                };
                Answer::Scale(Likert::new(raw).expect("on the scale"))
            })
            .collect()
    });
    rolspiegel_exchange::ColleagueAnswers {
        request: RequestId::parse(request).expect("an id").key(),
        answer: [key; 8],
        list_version: 2,
        answers,
        open: vec![format!("<b>Collega {key}</b>")],
    }
    .encode()
}

#[tokio::test]
async fn colleagues_in_the_room_answer_on_the_form_the_laptop_serves() {
    let (_dir, shared, room, request, base) = colleague_room().await;
    let code = room.status().expect("open").code;
    let client = reqwest::Client::new();
    let send = |from: &reqwest::Client, room_code: &str, answer: &str| {
        from.post(format!("{base}/api/colleague/answer"))
            .header("Origin", &base)
            .json(&json!({ "code": room_code, "answer": answer }))
            .send()
    };

    // The page is the answer form, under its own policy: its script by
    // hash, and requests to this laptop only.
    let page = client
        .get(format!("{base}/?code={code}"))
        .send()
        .await
        .expect("sent");
    assert_eq!(page.status(), 200);
    let policy = page.headers()["content-security-policy"]
        .to_str()
        .expect("text")
        .to_owned();
    assert!(policy.contains("script-src 'sha256-"), "{policy}");
    assert!(policy.contains("connect-src 'self'"), "{policy}");
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(!policy.contains("'unsafe-inline'"), "{policy}");
    let html = page.text().await.expect("text");
    assert!(
        html.contains("\"live\":true"),
        "the form knows it is served live"
    );
    assert!(html.contains("connect-src 'self'") && !html.contains("connect-src 'none'"));

    // Three colleagues' answers come in; sent twice, one counts once.
    for (key, keyed) in [(1, 3), (2, 4), (3, 5)] {
        let answer = colleague_code(&shared, &request, key, keyed);
        let phone = client_at(device(key.into()));
        let sent = send(&phone, &code.to_lowercase(), &answer)
            .await
            .expect("sent");
        assert_eq!(sent.status(), 200);
        assert_eq!(sent.json::<Value>().await.expect("JSON")["added"], true);
    }
    let again = colleague_code(&shared, &request, 3, 5);
    let sent = send(&client_at(device(3)), &code, &again)
        .await
        .expect("sent");
    assert_eq!(sent.json::<Value>().await.expect("JSON")["added"], false);
    assert_eq!(room.status().expect("open").counts.finished, 3);
    let view = shared
        .with(|s| s.colleague_view(&request, None))
        .expect("a view");
    assert_eq!((view.counted, view.request.answered), (3, 3));

    // Refused, each with its code, and nothing changes: a wrong room code,
    // no answer code, two codes in one, a code for another request, a
    // changed answer under a key already in, a body over the limit.
    let phone = client_at(device(9));
    let wrong = send(&phone, "AAAAAA", &again).await.expect("sent");
    assert_eq!(wrong.status(), 403);
    assert_eq!(
        wrong.json::<Value>().await.expect("JSON")["code"],
        "live-wrong-code"
    );
    let other_request = shared
        .with(|s| s.create_request("", "en", &[]))
        .expect("another")
        .id;
    for answer in [
        "geen code".to_owned(),
        format!(
            "{} {}",
            colleague_code(&shared, &request, 7, 2),
            colleague_code(&shared, &request, 8, 2)
        ),
        colleague_code(&shared, &other_request, 7, 2),
        colleague_code(&shared, &request, 1, 1),
    ] {
        let refused = send(&phone, &code, &answer).await.expect("sent");
        assert_eq!(refused.status(), 422, "{answer}");
        assert_eq!(
            refused.json::<Value>().await.expect("JSON")["code"],
            "live-answer-refused"
        );
    }
    let huge = send(&phone, &code, &"RSP-".repeat(20_000))
        .await
        .expect("sent");
    assert_eq!(huge.status(), 413);
    let view = shared
        .with(|s| s.colleague_view(&request, None))
        .expect("a view");
    assert_eq!(view.request.answered, 3, "nothing refused was kept");
    assert_eq!(room.status().expect("open").counts.finished, 3);

    // Nobody joins a session for colleagues as a participant, and one
    // device sends at most its share of answer sets.
    let join = client
        .post(format!("{base}/api/join"))
        .header("Origin", &base)
        .json(&json!({ "code": code, "name": "" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(join.status(), 404);
    // A laptop passed around: a duplicate gives its place back, and the
    // device stops at its share.
    let flooder = client_at(device(20));
    let share = rolspiegel_app::live::MAX_ANSWER_SETS_PER_DEVICE as u8;
    let mut statuses = Vec::new();
    for key in 100..100 + share + 1 {
        let answer = colleague_code(&shared, &request, key, 4);
        statuses.push(
            send(&flooder, &code, &answer)
                .await
                .expect("sent")
                .status()
                .as_u16(),
        );
        if key == 100 {
            let twice = send(&flooder, &code, &answer).await.expect("sent");
            assert_eq!(twice.json::<Value>().await.expect("JSON")["added"], false);
        }
    }
    let (last, first) = statuses.split_last().expect("some");
    assert!(first.iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(*last, 503, "the device's share is used up");
    let fresh = colleague_code(&shared, &request, 99, 4);
    let other = send(&client_at(device(21)), &code, &fresh)
        .await
        .expect("sent");
    assert_eq!(other.status(), 200, "another device still gets in");

    // The longest answer set (an open answer at its longest, in
    // characters of four bytes) is taken; its body is over what the
    // other routes take.
    let long = rolspiegel_exchange::ColleagueAnswers {
        request: rolspiegel_core::RequestId::parse(&request)
            .expect("an id")
            .key(),
        answer: [97; 8],
        list_version: 2,
        answers: shared.with(|s| {
            s.instrument()
                .statements()
                .iter()
                .map(|_| rolspiegel_core::Answer::DontKnow)
                .collect()
        }),
        open: vec!["😀".repeat(rolspiegel_exchange::MAX_OPEN_CHARS)],
    }
    .encode();
    assert!(long.len() > MAX_BODY_BYTES, "{}", long.len());
    let taken = send(&client_at(device(23)), &code, &long)
        .await
        .expect("sent");
    assert_eq!(taken.status(), 200);
    let elsewhere = client
        .post(format!("{base}/api/join"))
        .header("Origin", &base)
        .json(&json!({ "code": code, "name": "x".repeat(MAX_BODY_BYTES) }))
        .send()
        .await
        .expect("sent");
    assert_eq!(elsewhere.status(), 413, "other routes keep their limit");

    // Answer sets that are none count as wrong codes do: after ten a
    // minute the phone waits.
    let guesser = client_at(device(24));
    let mut last = 0;
    for _ in 0..=MAX_WRONG_CODES {
        last = send(&guesser, &code, "RSP-nothing")
            .await
            .expect("sent")
            .status()
            .as_u16();
    }
    assert_eq!(last, 429);

    // Closed joining refuses new answer sets.
    room.set_joining(false).expect("closes");
    let late = colleague_code(&shared, &request, 98, 4);
    let closed = send(&client_at(device(22)), &code, &late)
        .await
        .expect("sent");
    assert_eq!(
        closed.json::<Value>().await.expect("JSON")["code"],
        "live-joining-closed"
    );
    let id = rolspiegel_core::RequestId::parse(&request).expect("an id");
    assert!(room.serves_request(id));
    room.close().await;
    assert!(!room.serves_request(id));
}
