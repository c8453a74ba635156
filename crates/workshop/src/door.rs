//! The phones' front door: the routes, the guards every request passes and
//! the one place this door turns an error into a response (and logs its
//! cause). Behaviour lives in `rolspiegel-app`'s [`LiveRoom`]: each route is
//! one call to it.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequestParts, Path, Query, Request, State};
use axum::http::header::{
    ACCEPT_ENCODING, AUTHORIZATION, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, HOST, ORIGIN,
    RETRY_AFTER, VARY,
};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use rolspiegel_app::error::{AppError, ErrorCode};
use rolspiegel_app::live::LiveRoom;
use rolspiegel_app::wire::{JoinRequest, LiveAnswerRequest};
use rolspiegel_i18n::Language;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use tokio::sync::Semaphore;
use tower_http::timeout::TimeoutLayer;

use crate::assets::asset;
use crate::devices::Devices;
use crate::sync::lock;

/// Largest request body: an answer or a join is well under 200 bytes.
pub const MAX_BODY_BYTES: usize = 4 * 1024;

/// Largest body of a colleague's answer set: one answer code at its
/// longest, in a little JSON.
pub const MAX_ANSWER_SET_BYTES: usize = rolspiegel_app::colleagues::MAX_LIVE_ANSWER_CHARS + 256;

/// Where a colleague's phone sends its answer set.
const COLLEAGUE_ANSWER: &str = "/api/colleague/answer";

/// How much a session's server takes on. [`Limits::default`] is what the
/// app uses; tests shorten the times.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Requests handled at once, counted from when a request's body is in
    /// (a body still on its way holds only its own device's places, see
    /// [`crate::MAX_REQUESTS_PER_DEVICE`]); more get 503 with
    /// `Retry-After`, which the phone page honours. Each request takes well
    /// under a millisecond, so this is only reached when the laptop cannot
    /// keep up.
    pub concurrent_requests: usize,
    /// A request's body must be in, and then its answer made, each within
    /// this time; else 408.
    pub request_timeout: Duration,
    /// A phone must send a request's headers within this time.
    pub header_timeout: Duration,
    /// A phone must go on reading its answer: a write that makes no progress
    /// for this long closes the connection.
    pub write_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            concurrent_requests: 64,
            request_timeout: Duration::from_secs(10),
            header_timeout: Duration::from_secs(10),
            write_timeout: Duration::from_secs(10),
        }
    }
}

/// Wrong join codes one phone may try per [`TRIES_WINDOW`].
pub const MAX_WRONG_CODES: u32 = 10;

/// The window in which wrong join codes are counted.
pub const TRIES_WINDOW: Duration = Duration::from_secs(60);

/// Phones whose wrong codes are remembered at most (a bound on memory).
const MAX_CLIENTS_REMEMBERED: usize = 10_000;

/// The phone page's Content-Security-Policy: its own scripts, styles and
/// requests only; images from itself and `data:` (none from elsewhere); no
/// frames, no plugins, no `<base>`.
pub const PHONE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// What every request shares.
pub(crate) struct Door {
    pub room: Arc<LiveRoom>,
    /// `address:port` as phones write it in `Host`.
    pub host: String,
    /// `http://address:port`, as phones write it in `Origin`.
    pub origin: String,
    pub limits: Limits,
    /// What each device holds of the laptop.
    pub devices: Arc<Devices>,
    tries: Mutex<JoinTries>,
    permits: Arc<Semaphore>,
}

impl Door {
    pub fn new(room: Arc<LiveRoom>, address: SocketAddr, limits: Limits) -> Door {
        Door {
            room,
            host: address.to_string(),
            origin: format!("http://{address}"),
            devices: Arc::new(Devices::new()),
            tries: Mutex::new(JoinTries::default()),
            permits: Arc::new(Semaphore::new(limits.concurrent_requests)),
            limits,
        }
    }
}

/// Wrong join codes per phone, so nobody can try codes until one fits: ten
/// wrong ones a minute, then wait. Only wrong codes count, so a room of
/// phones behind one address (or a test on loopback) joins freely.
#[derive(Default)]
struct JoinTries {
    by_client: HashMap<IpAddr, (Instant, u32)>,
}

impl JoinTries {
    /// Takes one try for this phone, in one step with the check: `Err(seconds
    /// to wait)` while it has used up its tries. A try whose code was right
    /// is given back ([`JoinTries::right`]), so only wrong codes count; and
    /// however many arrive at once, no more than [`MAX_WRONG_CODES`] are
    /// ever looked at in a window.
    fn take(&mut self, client: IpAddr, now: Instant) -> Result<(), u64> {
        if let Some((start, count)) = self.by_client.get(&client) {
            if now.duration_since(*start) < TRIES_WINDOW && *count >= MAX_WRONG_CODES {
                let left = TRIES_WINDOW.saturating_sub(now.duration_since(*start));
                return Err(left.as_secs().max(1));
            }
        }
        self.wrong(client, now);
        Ok(())
    }

    /// The code of a try taken with [`JoinTries::take`] was right.
    fn right(&mut self, client: IpAddr) {
        if let Some((_, count)) = self.by_client.get_mut(&client) {
            *count = count.saturating_sub(1);
        }
    }

    fn wrong(&mut self, client: IpAddr, now: Instant) {
        if self.by_client.len() >= MAX_CLIENTS_REMEMBERED {
            self.by_client
                .retain(|_, (start, _)| now.duration_since(*start) < TRIES_WINDOW);
        }
        if self.by_client.len() >= MAX_CLIENTS_REMEMBERED {
            // Ten thousand phones guessing at once: forget the oldest
            // half rather than grow without bound.
            let mut starts: Vec<Instant> = self.by_client.values().map(|(s, _)| *s).collect();
            starts.sort();
            let median = starts[starts.len() / 2];
            self.by_client.retain(|_, (start, _)| *start > median);
        }
        let entry = self.by_client.entry(client).or_insert((now, 0));
        if now.duration_since(entry.0) >= TRIES_WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
    }
}

/// An error as this door answers it: a status, `{ "code": … }` and, for
/// "busy" and "too many tries", when to try again. The phone puts the code
/// into words in its own language.
#[derive(Debug)]
pub(crate) struct Refusal {
    code: ErrorCode,
    retry_after: Option<u64>,
}

impl Refusal {
    fn new(code: ErrorCode) -> Refusal {
        Refusal {
            code,
            retry_after: None,
        }
    }

    fn retry_after(code: ErrorCode, seconds: u64) -> Refusal {
        Refusal {
            code,
            retry_after: Some(seconds),
        }
    }
}

/// The HTTP status that says `code` to a browser.
pub(crate) fn status_of(code: ErrorCode) -> StatusCode {
    use ErrorCode::*;
    match code {
        LiveNotJoined => StatusCode::UNAUTHORIZED,
        LiveWrongCode | LiveJoiningClosed | LiveForbidden => StatusCode::FORBIDDEN,
        LiveNotFound => StatusCode::NOT_FOUND,
        LiveFinished | LiveOtherList | NoScan | AlreadyCompleted | RatingFinished
        | RatingBeforeScan => StatusCode::CONFLICT,
        SituationNotFound => StatusCode::GONE,
        LiveTooManyTries => StatusCode::TOO_MANY_REQUESTS,
        LiveBusy | LiveFull | LiveDeviceFull => StatusCode::SERVICE_UNAVAILABLE,
        LiveBlocked => StatusCode::FORBIDDEN,
        LiveTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        LiveTimeout => StatusCode::REQUEST_TIMEOUT,
        GroupNotFound => StatusCode::GONE,
        AnswerOutOfRange | UnknownStatement | TextTooLong | TextInvalid | LiveAnswerRefused => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Storage | StorageFull | StorageReadOnly | StorageBusy | Chart | FileWrite | FileRead => {
            StatusCode::INTERNAL_SERVER_ERROR
        }
        _ => StatusCode::BAD_REQUEST,
    }
}

impl From<AppError> for Refusal {
    /// The one place this door logs: the code, and its cause when the
    /// behaviour knows one (a full disk).
    fn from(error: AppError) -> Refusal {
        match error.cause() {
            Some(cause) => tracing::warn!("live: {:?}: {cause}", error.code),
            None => tracing::info!("live: refused with {:?}", error.code),
        }
        Refusal::new(error.code)
    }
}

impl From<ErrorCode> for Refusal {
    fn from(code: ErrorCode) -> Refusal {
        Refusal::new(code)
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let mut response = (
            status_of(self.code),
            Json(serde_json::json!({ "code": self.code })),
        )
            .into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// The phone's token, from `Authorization: Bearer <32 hex digits>`.
pub(crate) struct Token(String);

impl<S: Send + Sync> FromRequestParts<S> for Token {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Token, Refusal> {
        parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .filter(|t| t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()))
            .map(|t| Token(t.to_ascii_lowercase()))
            .ok_or_else(|| Refusal::new(ErrorCode::LiveNotJoined))
    }
}

/// A JSON body within [`MAX_BODY_BYTES`].
fn parsed<T: DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> Result<T, Refusal> {
    let body = body.map_err(|rejection| {
        Refusal::new(if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ErrorCode::LiveTooLarge
        } else {
            ErrorCode::BadRequest
        })
    })?;
    serde_json::from_slice(&body).map_err(|_| Refusal::new(ErrorCode::BadRequest))
}

/// `?language=en`; Dutch when absent or unknown.
#[derive(Deserialize)]
struct InLanguage {
    language: Option<String>,
}

impl InLanguage {
    fn language(&self) -> Language {
        self.language
            .as_deref()
            .and_then(Language::from_code)
            .unwrap_or(Language::Nl)
    }
}

/// Every route a phone can reach; anything else is 404.
pub(crate) fn router(door: Arc<Door>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/assets/{file}", get(page_asset))
        .route("/api/join", post(join))
        .route("/api/me", get(me))
        .route("/api/answers/{statement}", put(answer))
        .route("/api/finish", post(finish))
        .route("/api/situation/answers/{statement}", put(situation_answer))
        .route("/api/situation/finish", post(situation_finish))
        .route("/api/result", get(result))
        .route("/api/participant-file", get(participant_file))
        .route(
            COLLEAGUE_ANSWER,
            post(colleague_answer).layer(DefaultBodyLimit::max(MAX_ANSWER_SET_BYTES)),
        )
        .fallback(|| async { Refusal::new(ErrorCode::LiveNotFound) })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            door.limits.request_timeout,
        ))
        .layer(middleware::from_fn_with_state(door.clone(), guard))
        .with_state(door)
}

/// Every request passes here first, and the security headers go on every
/// answer. In order: a device the facilitator blocked gets nothing; the
/// right `Host` (against DNS rebinding) and, on every write, the right
/// `Origin` (against other sites' pages); a place among its own device's
/// requests; its whole body, within the time limit; only then a place among
/// the requests handled at once — so a device sending slow bodies holds
/// only its own places, never everyone's.
async fn guard(
    State(door): State<Arc<Door>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    let response = match admit(&door, peer.ip(), request, next).await {
        Ok(response) => response,
        Err(refusal) => refusal.into_response(),
    };
    secured(response)
}

async fn admit(
    door: &Door,
    device: std::net::IpAddr,
    request: Request,
    next: Next,
) -> Result<Response, Refusal> {
    if door.room.is_blocked(device) {
        door.devices.refused(device);
        return Err(Refusal::new(ErrorCode::LiveBlocked));
    }
    let writes = !matches!(*request.method(), Method::GET | Method::HEAD);
    let origin = request.headers().get(ORIGIN).and_then(|o| o.to_str().ok());
    if !host_is(request.headers(), &door.host) || (writes && origin != Some(door.origin.as_str())) {
        return Err(Refusal::new(ErrorCode::LiveForbidden));
    }
    let _own_place = door
        .devices
        .request(device)
        .ok_or_else(|| Refusal::retry_after(ErrorCode::LiveBusy, 1))?;
    let (parts, body) = request.into_parts();
    let limit = if parts.uri.path() == COLLEAGUE_ANSWER {
        MAX_ANSWER_SET_BYTES
    } else {
        MAX_BODY_BYTES
    };
    let body = match tokio::time::timeout(
        door.limits.request_timeout,
        axum::body::to_bytes(body, limit),
    )
    .await
    {
        Ok(Ok(body)) => body,
        // Over the cap (or a body that broke off: nobody reads the answer).
        Ok(Err(_)) => return Err(Refusal::new(ErrorCode::LiveTooLarge)),
        Err(_) => return Err(Refusal::new(ErrorCode::LiveTimeout)),
    };
    let _place = door
        .permits
        .clone()
        .try_acquire_owned()
        .map_err(|_| Refusal::retry_after(ErrorCode::LiveBusy, 1))?;
    let mut response = next.run(Request::from_parts(parts, Body::from(body))).await;
    if response.status() == StatusCode::REQUEST_TIMEOUT
        && response.headers().get(CONTENT_TYPE).is_none()
    {
        response = Refusal::new(ErrorCode::LiveTimeout).into_response();
    }
    Ok(response)
}

fn host_is(headers: &HeaderMap, host: &str) -> bool {
    headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| h.eq_ignore_ascii_case(host))
}

/// The security headers every answer carries.
fn secured(mut response: Response) -> Response {
    let headers = response.headers_mut();
    // The colleagues' form brings its own (by its inline script's hash).
    headers
        .entry("content-security-policy")
        .or_insert(HeaderValue::from_static(PHONE_CSP));
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
        (
            "permissions-policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers
        .entry(CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// The phone page itself; in a session for colleagues, their answer form.
async fn page(State(door): State<Arc<Door>>, headers: HeaderMap) -> Response {
    let Some(form) = door.room.colleague_form() else {
        return serve("/", &headers);
    };
    let mut response = Response::new(Body::from(form.html.clone()));
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    match HeaderValue::from_str(&form.csp) {
        Ok(csp) => {
            headers.insert("content-security-policy", csp);
        }
        // Never the case (the policy is ASCII); without it the phone page's
        // policy goes on, under which the form does not run at all.
        Err(_) => tracing::warn!("live: the form's policy is no header"),
    }
    response
}

/// A script, style or icon of the phone page.
async fn page_asset(Path(file): Path<String>, headers: HeaderMap) -> Response {
    serve(&format!("/assets/{file}"), &headers)
}

fn serve(route: &str, headers: &HeaderMap) -> Response {
    let Some(asset) = asset(route) else {
        return Refusal::new(ErrorCode::LiveNotFound).into_response();
    };
    let gzip = headers
        .get(ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    let mut response = Response::new(Body::from(if gzip { asset.gzip } else { asset.raw }));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    headers.insert(VARY, HeaderValue::from_static("Accept-Encoding"));
    if gzip {
        headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    headers.insert(
        CACHE_CONTROL,
        HeaderValue::from_static(if asset.immutable {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        }),
    );
    response
}

/// A phone joins with the code and an optional name.
async fn join(
    State(door): State<Arc<Door>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let client = peer.ip();
    let request: JoinRequest = parsed(body)?;
    lock(&door.tries)
        .take(client, Instant::now())
        .map_err(|wait| Refusal::retry_after(ErrorCode::LiveTooManyTries, wait))?;
    let joined = door
        .room
        .join(&request.code, &request.name, &request.pairing, client);
    if !matches!(&joined, Err(e) if e.code == ErrorCode::LiveWrongCode) {
        lock(&door.tries).right(client);
    }
    match joined {
        Ok(joined) => Ok((StatusCode::CREATED, Json(joined)).into_response()),
        Err(error) => {
            if error.code == ErrorCode::LiveDeviceFull {
                door.devices.refused(client);
            }
            Err(error.into())
        }
    }
}

/// A colleague's answer set: the code on the laptop's screen and one
/// answer code, as the form makes it.
#[derive(Deserialize)]
struct AnswerSet {
    code: String,
    answer: String,
}

/// A colleague's phone sends its answer set (a session for colleagues).
/// A wrong code, or an answer set that is none, counts as a wrong join code
/// does.
async fn colleague_answer(
    State(door): State<Arc<Door>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let client = peer.ip();
    let set: AnswerSet = parsed(body)?;
    lock(&door.tries)
        .take(client, Instant::now())
        .map_err(|wait| Refusal::retry_after(ErrorCode::LiveTooManyTries, wait))?;
    let room = door.room.clone();
    let stored = blocking(move || room.colleague_answer(&set.code, &set.answer, client)).await;
    // A wrong code, and an answer set that is none, count as tries: nobody
    // sends either by the hundred.
    match &stored {
        Err(r)
            if matches!(
                r.code,
                ErrorCode::LiveWrongCode | ErrorCode::LiveAnswerRefused
            ) => {}
        Err(r) if r.code == ErrorCode::LiveDeviceFull => {
            door.devices.refused(client);
            lock(&door.tries).right(client);
        }
        _ => lock(&door.tries).right(client),
    }
    let added = stored?;
    Ok(Json(serde_json::json!({ "added": added })).into_response())
}

/// What the laptop has of this phone's participant.
async fn me(State(door): State<Arc<Door>>, Token(token): Token) -> Result<Response, Refusal> {
    let state = door.room.participant_state(&token)?;
    Ok(Json(state).into_response())
}

/// One answer, saved at once.
async fn answer(
    State(door): State<Arc<Door>>,
    Token(token): Token,
    Path(statement): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let request: LiveAnswerRequest = parsed(body)?;
    let progress = door
        .room
        .answer(&token, &statement, &request.value, request.seq)?;
    Ok(Json(progress).into_response())
}

/// Scores the scan and stores it in the group (once, however often sent):
/// one step of the room's, on a blocking thread (it takes the service).
async fn finish(
    State(door): State<Arc<Door>>,
    Token(token): Token,
    Query(query): Query<InLanguage>,
) -> Result<Response, Refusal> {
    let (room, language) = (door.room.clone(), query.language());
    let outcome = blocking(move || room.finish(&token, language)).await?;
    Ok(Json(outcome).into_response())
}

/// Saves one answer about the group's shared situation.
async fn situation_answer(
    State(door): State<Arc<Door>>,
    Token(token): Token,
    Path(statement): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let request: LiveAnswerRequest = parsed(body)?;
    let progress = door
        .room
        .situation_answer(&token, &statement, &request.value, request.seq)?;
    Ok(Json(progress).into_response())
}

/// Scores the rating of the group's situation and stores it (once).
async fn situation_finish(
    State(door): State<Arc<Door>>,
    Token(token): Token,
) -> Result<Response, Refusal> {
    let room = door.room.clone();
    let outcome = blocking(move || room.finish_rating(&token)).await?;
    Ok(Json(outcome).into_response())
}

/// A finished participant's own result, in the phone's language.
async fn result(
    State(door): State<Arc<Door>>,
    Token(token): Token,
    Query(query): Query<InLanguage>,
) -> Result<Response, Refusal> {
    let (room, language) = (door.room.clone(), query.language());
    let view = blocking(move || room.result(&token, language)).await?;
    Ok(Json(view).into_response())
}

/// A finished participant's own file: the same as the file flow makes.
async fn participant_file(
    State(door): State<Arc<Door>>,
    Token(token): Token,
) -> Result<Response, Refusal> {
    let bytes = door.room.participant_file(&token)?;
    Ok((
        [(CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        bytes,
    )
        .into_response())
}

/// Runs the room's blocking work (the service) off the async workers.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, Refusal> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|e| Err(AppError::because(ErrorCode::Storage, e)))
        .map_err(Refusal::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_wrong_codes_a_minute_then_the_phone_waits() {
        let mut tries = JoinTries::default();
        let phone: IpAddr = [10, 0, 0, 7].into();
        let other: IpAddr = [10, 0, 0, 8].into();
        let start = Instant::now();
        // A right code gives its try back.
        assert_eq!(tries.take(phone, start), Ok(()));
        tries.right(phone);
        for _ in 0..MAX_WRONG_CODES {
            assert_eq!(tries.take(phone, start), Ok(()));
        }
        let wait = tries
            .take(phone, start)
            .expect_err("the eleventh try waits");
        assert!((1..=60).contains(&wait), "{wait}");
        assert_eq!(tries.take(other, start), Ok(()), "other phones go on");
        assert_eq!(
            tries.take(phone, start + TRIES_WINDOW),
            Ok(()),
            "after a minute the phone may try again"
        );
    }
}
