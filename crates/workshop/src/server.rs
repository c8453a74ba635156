//! Serving a live room to phones: [`WorkshopDoor`] is the
//! [`PhoneDoor`] the app uses. Opened on one address of the laptop, it
//! listens there (the default port, the next nine, or any free one), takes
//! each connection within its device's share, serves it over HTTP/1.1 with
//! a deadline for its headers and for every write, and stops cleanly.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use rolspiegel_app::error::{AppError, ErrorCode};
use rolspiegel_app::live::{LiveRoom, OpenDoor, PhoneDoor};
use rolspiegel_app::wire::NetworkAddress;
use tokio::net::TcpListener;
use tokio::sync::{oneshot, Semaphore};
use tokio::task::JoinHandle;
use tower::Service as _;

use crate::address::local_addresses;
use crate::devices::Devices;
use crate::door::{router, Door, Limits};
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

/// The phones' door of the app: serves a [`LiveRoom`] on the runtime it is
/// given (Tauri's, in the app).
#[derive(Debug, Clone)]
pub struct WorkshopDoor {
    runtime: tokio::runtime::Handle,
    limits: Limits,
    port: u16,
    /// Addresses accepted besides the machine's own (tests use loopback).
    also: Vec<IpAddr>,
}

impl WorkshopDoor {
    /// A door serving on `runtime`, on the default port, with the limits a
    /// room needs.
    pub fn new(runtime: tokio::runtime::Handle) -> WorkshopDoor {
        WorkshopDoor {
            runtime,
            limits: Limits::default(),
            port: DEFAULT_PORT,
            also: Vec::new(),
        }
    }

    /// The same door with other limits (tests use short times).
    pub fn with_limits(mut self, limits: Limits) -> WorkshopDoor {
        self.limits = limits;
        self
    }

    /// The same door, trying `port` first (0: any free port; tests run side
    /// by side).
    pub fn on_port(mut self, port: u16) -> WorkshopDoor {
        self.port = port;
        self
    }

    /// The same door, also offering `address` (tests: loopback, which a
    /// room's phones could never reach).
    pub fn also_on(mut self, address: IpAddr) -> WorkshopDoor {
        self.also.push(address);
        self
    }
}

impl PhoneDoor for WorkshopDoor {
    fn addresses(&self) -> Vec<NetworkAddress> {
        let mut found = local_addresses();
        found.extend(self.also.iter().map(|ip| NetworkAddress {
            interface: "lo".into(),
            address: ip.to_string(),
            is_default: false,
        }));
        found
    }

    fn open(&self, room: Arc<LiveRoom>, ip: IpAddr) -> Result<Box<dyn OpenDoor>, AppError> {
        let listener = listen(ip, self.port)?;
        let address = listener
            .local_addr()
            .map_err(|e| AppError::because(ErrorCode::LiveCannotListen, e))?;
        let door = Arc::new(Door::new(room, address, self.limits));
        let devices = door.devices.clone();
        let (stop, stopped) = oneshot::channel();
        let task = self.runtime.spawn(async move {
            match TcpListener::from_std(listener) {
                Ok(listener) => serve(listener, door, stopped).await,
                Err(e) => tracing::error!("live: listening: {e}"),
            }
        });
        Ok(Box::new(Serving {
            address,
            devices,
            stop: Some(stop),
            task: Some(task),
        }))
    }
}

/// Binds `ip` on `port`, the fallbacks, then any free port; without
/// blocking, for the runtime to take over.
fn listen(ip: IpAddr, port: u16) -> Result<std::net::TcpListener, AppError> {
    let mut last = None;
    let ports = (0..=FALLBACK_PORTS)
        .map(|i| port.saturating_add(i))
        .chain([0]);
    for port in ports {
        match std::net::TcpListener::bind((ip, port)) {
            Ok(listener) => {
                listener
                    .set_nonblocking(true)
                    .map_err(|e| AppError::because(ErrorCode::LiveCannotListen, e))?;
                return Ok(listener);
            }
            Err(e) => last = Some(e),
        }
    }
    Err(AppError::because(
        ErrorCode::LiveCannotListen,
        last.map(|e| e.to_string()).unwrap_or_default(),
    ))
}

/// A door serving an open session.
struct Serving {
    address: SocketAddr,
    devices: Arc<Devices>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl OpenDoor for Serving {
    fn address(&self) -> SocketAddr {
        self.address
    }

    fn devices(&self) -> Vec<(IpAddr, usize, u64)> {
        self.devices.snapshot()
    }

    fn close(mut self: Box<Self>) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let task = self.task.take();
        Box::pin(async move {
            if let Some(task) = task {
                let _ = task.await;
            }
        })
    }
}

impl Drop for Serving {
    /// Dropped without [`OpenDoor::close`]: stop at once.
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
                    tracing::warn!("live: accepting a connection: {e}");
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
            tracing::warn!("live: requests still running after the deadline were stopped");
        }
    }
}
