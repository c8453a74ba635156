//! Starting and stopping a live session's server: listen on one address of
//! the laptop while the session is open, serve each connection over
//! HTTP/1.1 with a deadline for its headers, and stop cleanly.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use rolspiegel_app::error::{AppError, ErrorCode};
use rolspiegel_app::live::LiveSession;
use rolspiegel_app::shared::SharedService;
use rolspiegel_app::wire::{DeviceView, LiveStatus, MAX_DEVICES_SHOWN};
use rolspiegel_core::GroupId;
use tokio::net::TcpListener;
use tokio::sync::{oneshot, watch, Semaphore};
use tokio::task::JoinHandle;
use tower::Service as _;

use crate::door::{lock, router, Door, Limits};
use crate::qr::qr_svg;
use crate::timed::Timed;

/// The port a session tries first; phones that type the address see it.
pub const DEFAULT_PORT: u16 = 8765;

/// Ports after the first that are tried when it is taken, before any free
/// port the system gives.
pub const FALLBACK_PORTS: u16 = 9;

/// Open connections at most; more are closed at once (a bound on memory and
/// file handles; a room of 500 phones needs about one each). No one device
/// can hold more than [`crate::MAX_CONNECTIONS_PER_DEVICE`] of them.
pub const MAX_CONNECTIONS: usize = 2_048;

/// When a session ends, requests in flight get this long to finish.
pub const SHUTDOWN_DEADLINE: Duration = Duration::from_secs(5);

/// An open live session: its server and the session behind it. Dropping it
/// without [`Live::end`] stops the server too, without waiting.
pub struct Live {
    door: Arc<Door>,
    address: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
    qr: Mutex<Option<(String, String)>>,
}

impl std::fmt::Debug for Live {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Live")
            .field("address", &self.address)
            .finish()
    }
}

/// Binds `ip` on the default port, the fallbacks, then any free port.
async fn listen(ip: IpAddr, port: u16) -> Result<TcpListener, AppError> {
    let mut last = None;
    let ports = (0..=FALLBACK_PORTS)
        .map(|i| port.saturating_add(i))
        .chain([0]);
    for port in ports {
        match TcpListener::bind((ip, port)).await {
            Ok(listener) => return Ok(listener),
            Err(e) => last = Some(e),
        }
    }
    Err(AppError::because(
        ErrorCode::LiveCannotListen,
        last.map(|e| e.to_string()).unwrap_or_default(),
    ))
}

impl Live {
    /// Starts a session on `group`, listening on `ip` (one of
    /// [`crate::local_addresses`]; tests use loopback) at `port` or the
    /// next free one. Must run inside a Tokio runtime (Tauri's, in the app).
    pub async fn start(
        shared: Arc<SharedService>,
        group: GroupId,
        ip: IpAddr,
        port: u16,
    ) -> Result<Live, AppError> {
        Live::start_with(shared, group, ip, port, Limits::default()).await
    }

    /// [`Live::start`] with other limits (tests use short times).
    pub async fn start_with(
        shared: Arc<SharedService>,
        group: GroupId,
        ip: IpAddr,
        port: u16,
        limits: Limits,
    ) -> Result<Live, AppError> {
        let check = shared.clone();
        let instrument =
            tokio::task::spawn_blocking(move || check.with(|s| s.live_instrument(group)))
                .await
                .map_err(|e| AppError::because(ErrorCode::Storage, e))??;
        let listener = listen(ip, port).await?;
        let address = listener
            .local_addr()
            .map_err(|e| AppError::because(ErrorCode::LiveCannotListen, e))?;
        let door = Arc::new(Door::new(
            shared,
            LiveSession::new(group, instrument),
            address,
            limits,
        ));
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(serve(listener, door.clone(), stopped));
        Ok(Live {
            door,
            address,
            stop: Some(stop),
            task: Some(task),
            qr: Mutex::new(None),
        })
    }

    /// Where the server listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The group results go into.
    pub fn group(&self) -> GroupId {
        self.door.session(|s| s.group())
    }

    /// The session as the facilitator's window shows it, with its QR code.
    pub fn status(&self) -> LiveStatus {
        let url = format!("http://{}/", self.address);
        let (group, code, joining, revealed, counts, participants) = self.door.session(|s| {
            (
                s.group(),
                s.code().to_owned(),
                s.joining(),
                s.revealed(),
                s.counts(),
                s.devices(),
            )
        });
        let join_url = format!("{url}?code={code}");
        let qr_svg = {
            let mut cached = lock(&self.qr);
            match cached.as_ref() {
                Some((for_url, svg)) if *for_url == join_url => svg.clone(),
                _ => {
                    let svg = qr_svg(&join_url);
                    *cached = Some((join_url.clone(), svg.clone()));
                    svg
                }
            }
        };
        LiveStatus {
            group_id: group.to_string(),
            url,
            join_url,
            qr_svg,
            code,
            joining,
            revealed,
            counts,
            devices: self.devices(&participants),
        }
    }

    /// The devices worth the facilitator's attention: blocked ones, and
    /// those holding more than one phone does (several participants, more
    /// connections than a browser opens) or refused anything; the most
    /// holding first.
    fn devices(
        &self,
        participants: &std::collections::HashMap<IpAddr, (usize, usize)>,
    ) -> Vec<DeviceView> {
        let mut shown: Vec<DeviceView> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (address, connections, refused, blocked) in self.door.devices.snapshot() {
            seen.insert(address);
            let (joined, waiting) = participants.get(&address).copied().unwrap_or_default();
            shown.push(DeviceView {
                address: address.to_string(),
                participants: joined,
                waiting,
                connections,
                refused,
                blocked,
            });
        }
        for (address, (joined, waiting)) in participants {
            if !seen.contains(address) {
                shown.push(DeviceView {
                    address: address.to_string(),
                    participants: *joined,
                    waiting: *waiting,
                    connections: 0,
                    refused: 0,
                    blocked: false,
                });
            }
        }
        shown.retain(|d| d.blocked || d.participants > 1 || d.connections > 6 || d.refused > 0);
        shown.sort_by(|a, b| {
            (
                b.blocked,
                b.participants + b.connections,
                b.refused,
                &a.address,
            )
                .cmp(&(
                    a.blocked,
                    a.participants + a.connections,
                    a.refused,
                    &b.address,
                ))
        });
        shown.truncate(MAX_DEVICES_SHOWN);
        shown
    }

    /// Removes every participant that joined and never answered; returns
    /// how many.
    pub fn remove_waiting(&self) -> usize {
        self.door.session(|s| s.remove_waiting())
    }

    /// Blocks `address` (every request it sends is refused with
    /// `live-blocked`, and its participants that have not finished are
    /// removed), or lets it in again.
    pub fn block(&self, address: IpAddr, blocked: bool) {
        self.door.devices.block(address, blocked);
        if blocked {
            self.door.session(|s| s.remove_device(address));
        }
    }

    /// Opens or closes joining.
    pub fn set_joining(&self, open: bool) {
        self.door.session(|s| s.set_joining(open));
    }

    /// Makes a new join code.
    pub fn renew_code(&self) {
        self.door.session(|s| s.renew_code());
    }

    /// Shows or hides the group's results on the facilitator's screen.
    pub fn set_revealed(&self, revealed: bool) {
        self.door.session(|s| s.set_revealed(revealed));
    }

    /// Changes to the session, for the facilitator's window: the value is a
    /// version that grows with every join, answer and finish. Many changes
    /// between two looks are seen as one.
    pub fn changes(&self) -> watch::Receiver<u64> {
        self.door.changes.subscribe()
    }

    /// Stops listening, lets requests in flight finish (at most
    /// [`SHUTDOWN_DEADLINE`]) and ends the session. Finished results are
    /// already in the group.
    pub async fn end(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// Accepts connections until told to stop, then shuts down gracefully.
async fn serve(listener: TcpListener, door: Arc<Door>, mut stopped: oneshot::Receiver<()>) {
    let header_timeout = door.limits.header_timeout;
    let write_timeout = door.limits.write_timeout;
    let app = router(door.clone());
    let graceful = GracefulShutdown::new();
    let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file handles and the like: wait a moment
                    // rather than spin.
                    eprintln!("rolspiegel: live: accepting a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut stopped => break,
        };
        // A device over its share is closed at once; so is anyone past the
        // laptop's cap. (A blocked device is served within its share, so
        // its phone can say why it gets nothing.)
        let Some(device_place) = door.devices.connect(peer.ip()) else {
            drop(stream);
            continue;
        };
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            app.clone().call(request)
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(header_timeout)
            .serve_connection(TokioIo::new(Timed::new(stream, write_timeout)), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A phone that drops its connection is nothing to report.
            let _ = connection.await;
            drop(permit);
            drop(device_place);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_DEADLINE) => {
            eprintln!("rolspiegel: live: requests still running after the deadline were stopped");
        }
    }
}
