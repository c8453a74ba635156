//! The live room: the one home of a live workshop session. It holds the
//! session behind one lock and keeps its rules — one session at a time, only
//! on an address of this computer, joining open or closed, results hidden
//! until revealed, a finish stored as one step, devices blocked by the
//! facilitator — whichever door asks. The window's commands and the phones'
//! routes both call it, side by side; neither knows the other.
//!
//! Serving phones is a [`PhoneDoor`]'s job (`rolspiegel-workshop` has the one
//! the app uses; the desktop plugs it in when it starts), so this crate knows
//! no sockets and no async runtime.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};

use rolspiegel_charts::qr_svg;
use rolspiegel_core::{GroupId, GroupMember, Instrument, Profile, RequestId};
use rolspiegel_exchange::{parse_participant, participant_json};
use rolspiegel_i18n::Language;
use rolspiegel_storage::{GroupRating, Imported};

use crate::error::{AppError, ErrorCode};
use crate::live::{LiveSession, LiveTarget, SharedSituation};
use crate::scan;
use crate::shared::SharedService;
use crate::state;
use crate::state::{svg_for_view, Service};
use crate::wire::{
    role_views, AnswerValue, DeviceView, Joined, LiveFinishOutcome, LiveRatingOutcome,
    LiveResultView, LiveStatus, NetworkAddress, ParticipantState, Progress, MAX_DEVICES_SHOWN,
};

/// What serves a room to phones on the local network. The desktop gives the
/// room one when it starts; tests give one that may listen on loopback.
pub trait PhoneDoor: Send + Sync {
    /// The addresses of this computer phones could reach, the room's
    /// network first; read from the machine, nothing is sent.
    fn addresses(&self) -> Vec<NetworkAddress>;

    /// Starts serving `room` on `ip`; it is served until the returned door
    /// is closed.
    fn open(&self, room: Arc<LiveRoom>, ip: IpAddr) -> Result<Box<dyn OpenDoor>, AppError>;
}

/// A door serving an open session.
pub trait OpenDoor: Send + Sync {
    /// Where it listens.
    fn address(&self) -> SocketAddr;

    /// Per device: its open connections and what it was refused.
    fn devices(&self) -> Vec<(IpAddr, usize, u64)>;

    /// Stops listening and lets requests in flight finish (within the
    /// door's deadline).
    fn close(self: Box<Self>) -> Pin<Box<dyn Future<Output = ()> + Send>>;
}

/// The answer form a session for colleagues serves, with the
/// Content-Security-Policy it is served under (its own, letting it send to
/// the laptop).
#[derive(Debug)]
pub struct FormPage {
    /// The page.
    pub html: String,
    /// Its Content-Security-Policy.
    pub csp: String,
}

/// An open session with its door (taken while the session ends).
struct Open {
    session: LiveSession,
    /// The page a session for colleagues serves.
    page: Option<Arc<FormPage>>,
    door: Option<Box<dyn OpenDoor>>,
    /// Where the door listens.
    address: SocketAddr,
    /// Devices the facilitator blocked.
    blocked: HashSet<IpAddr>,
    /// The QR code of the join address, drawn once per address.
    qr: Option<(String, String)>,
}

/// Told the session's version after every change (for the window, which
/// throttles what it shows).
type Listener = Box<dyn Fn(u64) + Send + Sync>;

/// The one live room of the app.
pub struct LiveRoom {
    shared: Arc<SharedService>,
    door: Box<dyn PhoneDoor>,
    open: Mutex<Option<Open>>,
    listener: Mutex<Option<Listener>>,
}

impl std::fmt::Debug for LiveRoom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveRoom").finish_non_exhaustive()
    }
}

/// A poisoned lock means a caller panicked; the session changes in single
/// steps, so go on.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl LiveRoom {
    /// A room with no session open, serving phones through `door`.
    pub fn new(shared: Arc<SharedService>, door: Box<dyn PhoneDoor>) -> Arc<LiveRoom> {
        Arc::new(LiveRoom {
            shared,
            door,
            open: Mutex::new(None),
            listener: Mutex::new(None),
        })
    }

    /// Calls `listener` with the session's version after every change.
    pub fn on_change(&self, listener: impl Fn(u64) + Send + Sync + 'static) {
        *lock(&self.listener) = Some(Box::new(listener));
    }

    /// The addresses a session may be opened on.
    pub fn addresses(&self) -> Vec<NetworkAddress> {
        self.door.addresses()
    }

    /// Opens a session on `group`, served on `address` (one of
    /// [`LiveRoom::addresses`]): a fresh code, joining open, results hidden.
    /// Blocking: it reads the group from the store.
    pub fn open(self: &Arc<Self>, group: GroupId, address: &str) -> Result<LiveStatus, AppError> {
        self.open_with(address, |s| {
            let session = LiveSession::new(group, live_instrument(s, group)?)
                .with_situation(live_situation(s, group)?);
            Ok((session, None))
        })
    }

    /// Opens a session for colleagues to answer `request` on their phones,
    /// served on `address`: the answer form, from the laptop, with a fresh
    /// code; their answer sets go into the request. Blocking: it reads the
    /// request and fills in its form.
    pub fn open_for_request(
        self: &Arc<Self>,
        request: RequestId,
        address: &str,
    ) -> Result<LiveStatus, AppError> {
        self.open_with(address, |s| {
            let (list, page) = crate::colleagues::live_form(s, request)?;
            Ok((
                LiveSession::for_request(request, list),
                Some(Arc::new(page)),
            ))
        })
    }

    fn open_with(
        self: &Arc<Self>,
        address: &str,
        make: impl FnOnce(&mut Service) -> Result<(LiveSession, Option<Arc<FormPage>>), AppError>,
    ) -> Result<LiveStatus, AppError> {
        if !self.door.addresses().iter().any(|a| a.address == address) {
            return Err(ErrorCode::LiveNoNetwork.into());
        }
        let ip: IpAddr = address
            .parse()
            .map_err(|_| AppError::from(ErrorCode::BadRequest))?;
        let mut open = lock(&self.open);
        if open.is_some() {
            return Err(ErrorCode::LiveAlreadyOpen.into());
        }
        let (session, page) = self.shared.with(make)?;
        let door = self.door.open(self.clone(), ip)?;
        tracing::info!("live: a session opened on {ip}");
        let version = session.version();
        *open = Some(Open {
            session,
            page,
            address: door.address(),
            door: Some(door),
            blocked: HashSet::new(),
            qr: None,
        });
        let status = status_of(open.as_mut().map(|o| o as &mut Open));
        drop(open);
        self.tell(version);
        status.ok_or_else(|| ErrorCode::LiveNotOpen.into())
    }

    /// The answer form a session for colleagues serves (`None` when no
    /// such session is open).
    pub fn colleague_form(&self) -> Option<Arc<FormPage>> {
        lock(&self.open).as_ref().and_then(|o| o.page.clone())
    }

    /// A colleague's answer set (one answer code, as the form makes it)
    /// sent from `device` with the code on the screen: checked and stored
    /// in the request as a pasted code is. `Ok(true)` when it is new,
    /// `Ok(false)` when it was in already (sent twice). Blocking: it takes
    /// the service.
    pub fn colleague_answer(
        &self,
        code: &str,
        answer: &str,
        device: IpAddr,
    ) -> Result<bool, AppError> {
        let held = self.session(|s| s.colleague_answering(code, device))?;
        let stored = self
            .shared
            .with(|s| crate::colleagues::add_live_code(s, held.request, answer));
        // The session may have ended meanwhile (another may even have
        // begun): the place belongs to the session that held it.
        let _ = self.session(|s| {
            s.colleague_answered(&held, matches!(stored, Ok(true)));
            Ok(())
        });
        stored
    }

    /// Whether the open session is one for colleagues to answer `request`.
    pub fn serves_request(&self, request: RequestId) -> bool {
        lock(&self.open)
            .as_ref()
            .is_some_and(|o| o.session.target() == LiveTarget::Colleagues(request))
    }

    /// Ends the session: the door stops listening, requests in flight
    /// finish (within the door's deadline), then the session is gone; the
    /// results already finished are in the group. Await the future.
    pub fn close(self: &Arc<Self>) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        let door = lock(&self.open).as_mut().and_then(|o| o.door.take());
        let room = self.clone();
        Box::pin(async move {
            if let Some(door) = door {
                door.close().await;
            }
            let closed = lock(&room.open).take();
            if let Some(open) = closed {
                let counts = open.session.counts();
                tracing::info!(
                    "live: the session ended ({} joined, {} finished)",
                    counts.joined,
                    counts.finished
                );
                room.tell(open.session.version() + 1);
            }
        })
    }

    /// The open session as the facilitator's window shows it.
    pub fn status(&self) -> Option<LiveStatus> {
        status_of(lock(&self.open).as_mut())
    }

    /// Changes the open session (the window's side) and returns its status;
    /// `LiveNotOpen` when none is open.
    fn change(&self, f: impl FnOnce(&mut Open)) -> Result<LiveStatus, AppError> {
        let mut open = lock(&self.open);
        let current = open
            .as_mut()
            .ok_or_else(|| AppError::from(ErrorCode::LiveNotOpen))?;
        let before = current.session.version();
        f(current);
        let after = current.session.version();
        let status = status_of(Some(current)).ok_or(ErrorCode::LiveNotOpen)?;
        drop(open);
        if after != before {
            self.tell(after);
        }
        Ok(status)
    }

    /// Opens or closes joining.
    pub fn set_joining(&self, joining: bool) -> Result<LiveStatus, AppError> {
        self.change(|o| o.session.set_joining(joining))
    }

    /// Makes a new join code; the old one stops working.
    pub fn renew_code(&self) -> Result<LiveStatus, AppError> {
        self.change(|o| o.session.renew_code())
    }

    /// Shows or hides the group's results in the window.
    pub fn set_revealed(&self, revealed: bool) -> Result<LiveStatus, AppError> {
        self.change(|o| o.session.set_revealed(revealed))
    }

    /// Removes every participant who joined and never answered.
    pub fn remove_waiting(&self) -> Result<LiveStatus, AppError> {
        self.change(|o| {
            o.session.remove_waiting();
        })
    }

    /// Blocks a device (every request it sends is refused with
    /// `live-blocked`, and its participants who have not finished are
    /// removed), or lets it in again. Finished results stay in the group.
    pub fn block(&self, device: IpAddr, blocked: bool) -> Result<LiveStatus, AppError> {
        self.change(|o| {
            if blocked {
                o.blocked.insert(device);
                o.session.remove_device(device);
            } else {
                o.blocked.remove(&device);
            }
        })
    }

    /// Whether the facilitator blocked `device` (`false` when no session is
    /// open).
    pub fn is_blocked(&self, device: IpAddr) -> bool {
        lock(&self.open)
            .as_ref()
            .is_some_and(|o| o.blocked.contains(&device))
    }

    /// Runs `f` on the open session (a phone's side) and tells the window
    /// when it changed; a phone of a session that is gone hears it does not
    /// belong (`live-not-joined`).
    fn session<T>(
        &self,
        f: impl FnOnce(&mut LiveSession) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let mut open = lock(&self.open);
        let session = &mut open
            .as_mut()
            .ok_or_else(|| AppError::from(ErrorCode::LiveNotJoined))?
            .session;
        let before = session.version();
        let result = f(session);
        let after = session.version();
        drop(open);
        if after != before {
            self.tell(after);
        }
        result
    }

    fn tell(&self, version: u64) {
        if let Some(listener) = lock(&self.listener).as_ref() {
            listener(version);
        }
    }

    /// A phone on `device` joins with the code on the projector and an
    /// optional name.
    pub fn join(
        &self,
        code: &str,
        name: &str,
        pairing: &str,
        device: IpAddr,
    ) -> Result<Joined, AppError> {
        self.session(|s| s.join(code, name, pairing, device))
    }

    /// What the laptop has of this phone's participant.
    pub fn participant_state(&self, token: &str) -> Result<ParticipantState, AppError> {
        self.session(|s| s.participant_state(token))
    }

    /// Saves one answer of a phone (see [`LiveSession::answer`]).
    pub fn answer(
        &self,
        token: &str,
        statement: &str,
        value: &AnswerValue,
        seq: u64,
    ) -> Result<Progress, AppError> {
        let value = crate::state::given_answer(value);
        self.session(|s| s.answer(token, statement, value, seq))
    }

    /// Scores a phone's scan and stores it in the group, as one step: while
    /// it is stored its answers cannot change; stored, the participant is
    /// finished; refused, they may go on answering. Sent twice, it stores
    /// once. Blocking: it takes the service.
    pub fn finish(&self, token: &str, language: Language) -> Result<LiveFinishOutcome, AppError> {
        let group = |s: &LiveSession| s.group().ok_or(AppError::from(ErrorCode::LiveNotJoined));
        let (member, group) = match self.session(|s| Ok((s.finishing(token)?, group(s)?)))? {
            (Ok(member), group) => (member, group),
            (Err(shortfalls), _) => return Ok(LiveFinishOutcome::Incomplete { shortfalls }),
        };
        let stored = self
            .shared
            .with(|s| add_live_result(s, group, &member, language));
        // The session may have ended meanwhile: then there is nobody to tell.
        let _ = self.session(|s| {
            match &stored {
                Ok((_, shown)) => s.finished(token, *shown),
                Err(_) => s.not_finished(token),
            }
            Ok(())
        });
        stored.map(|(result, _)| LiveFinishOutcome::Complete { result })
    }

    /// Saves one answer of a phone about the group's shared situation.
    pub fn situation_answer(
        &self,
        token: &str,
        statement: &str,
        value: &AnswerValue,
        seq: u64,
    ) -> Result<Progress, AppError> {
        let value = crate::state::given_answer(value);
        self.session(|s| s.situation_answer(token, statement, value, seq))
    }

    /// Scores a phone's rating of the group's situation and stores it in
    /// the group, anonymous; sent twice, it stores once. Blocking: it takes
    /// the service.
    pub fn finish_rating(&self, token: &str) -> Result<LiveRatingOutcome, AppError> {
        let now = crate::state::now_ms();
        let (rating, group) = match self.session(|s| {
            let group = s.group().ok_or(AppError::from(ErrorCode::LiveNotJoined))?;
            Ok((s.rating_finishing(token, now)?, group))
        })? {
            (Ok(rating), group) => (rating, group),
            (Err(shortfalls), _) => return Ok(LiveRatingOutcome::Incomplete { shortfalls }),
        };
        self.shared.with(|s| add_group_rating(s, group, &rating))?;
        let _ = self.session(|s| {
            s.rated(token);
            Ok(())
        });
        Ok(LiveRatingOutcome::Complete)
    }

    /// A finished participant's own result, in the phone's language.
    /// Blocking: it draws the chart.
    pub fn result(&self, token: &str, language: Language) -> Result<LiveResultView, AppError> {
        let profile: Profile = self
            .session(|s| s.profile(token))?
            .ok_or_else(|| AppError::from(ErrorCode::NoScan))?;
        Ok(self
            .shared
            .with(|s| live_result_view(s, &profile, language)))
    }

    /// A finished participant's own file.
    pub fn participant_file(&self, token: &str) -> Result<Vec<u8>, AppError> {
        self.session(|s| s.participant_file(token))
    }
}

/// The status of an open session (`None` when none is open).
fn status_of(open: Option<&mut Open>) -> Option<LiveStatus> {
    let open = open?;
    let url = format!("http://{}/", open.address);
    let session = &open.session;
    let join_url = format!("{url}?code={}", session.code());
    let qr_svg = match &open.qr {
        Some((for_url, svg)) if *for_url == join_url => svg.clone(),
        _ => {
            let svg = qr_svg(&join_url);
            open.qr = Some((join_url.clone(), svg.clone()));
            svg
        }
    };
    Some(LiveStatus {
        group_id: session.group().map(|g| g.to_string()),
        request_id: match session.target() {
            LiveTarget::Colleagues(request) => Some(request.to_string()),
            LiveTarget::Group(_) => None,
        },
        url,
        join_url,
        qr_svg,
        code: session.code().to_owned(),
        joining: session.joining(),
        revealed: session.revealed(),
        counts: session.counts(),
        devices: devices(
            &session.devices(),
            &open.door.as_ref().map(|d| d.devices()).unwrap_or_default(),
            &open.blocked,
        ),
    })
}

/// The devices worth the facilitator's attention: blocked ones, and those
/// holding more than one phone does (several participants, more connections
/// than a browser opens) or refused anything; the most holding first.
fn devices(
    participants: &HashMap<IpAddr, (usize, usize)>,
    connections: &[(IpAddr, usize, u64)],
    blocked: &HashSet<IpAddr>,
) -> Vec<DeviceView> {
    let mut all: HashMap<IpAddr, DeviceView> = HashMap::new();
    let view = |address: &IpAddr| DeviceView {
        address: address.to_string(),
        participants: 0,
        waiting: 0,
        connections: 0,
        refused: 0,
        blocked: blocked.contains(address),
    };
    for (address, open, refused) in connections {
        let d = all.entry(*address).or_insert_with(|| view(address));
        d.connections = *open;
        d.refused = *refused;
    }
    for (address, (joined, waiting)) in participants {
        let d = all.entry(*address).or_insert_with(|| view(address));
        d.participants = *joined;
        d.waiting = *waiting;
    }
    for address in blocked {
        all.entry(*address).or_insert_with(|| view(address));
    }
    let mut shown: Vec<DeviceView> = all
        .into_values()
        .filter(|d| d.blocked || d.participants > 1 || d.connections > 6 || d.refused > 0)
        .collect();
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

pub(crate) fn group_exists(service: &Service, group: GroupId) -> Result<(), AppError> {
    match service.store.group(group)? {
        Some(_) => Ok(()),
        None => Err(ErrorCode::GroupNotFound.into()),
    }
}

pub(crate) fn live_instrument(service: &Service, group: GroupId) -> Result<Instrument, AppError> {
    group_exists(service, group)?;
    let list = service.store.group_lists(group)?.first().copied();
    Ok(list
        .and_then(|v| service.instruments.get(v))
        .unwrap_or_else(|| state::instrument(service))
        .clone())
}

/// The group's shared situation with the newest situation list, if any.
pub(crate) fn live_situation(
    service: &Service,
    group: GroupId,
) -> Result<Option<SharedSituation>, AppError> {
    Ok(service
        .store
        .group_situation(group)?
        .map(|s| SharedSituation {
            name: s.name,
            list: service.situation_lists.current().clone(),
        }))
}

/// Stores a phone's rating of the group's situation (scored on the laptop
/// from the answers it kept), while the group still has a situation.
pub(crate) fn add_group_rating(
    service: &mut Service,
    group: GroupId,
    rating: &GroupRating,
) -> Result<(), AppError> {
    if service.store.group_situation(group)?.is_none() {
        return Err(ErrorCode::SituationNotFound.into());
    }
    service.store.add_group_rating(group, rating)?;
    Ok(())
}

pub(crate) fn add_live_result(
    service: &mut Service,
    group: GroupId,
    member: &GroupMember,
    language: Language,
) -> Result<(LiveResultView, Profile), AppError> {
    if service.store.group(group)?.is_none() {
        return Err(ErrorCode::GroupNotFound.into());
    }
    // Files of another list may have come in since the session began.
    if let Some(&list) = service.store.group_lists(group)?.first() {
        if list != member.instrument_version {
            return Err(ErrorCode::LiveOtherList.into());
        }
    }
    let checked = parse_participant(participant_json(member).as_bytes(), &service.instruments)
        .map_err(|e| AppError::because(ErrorCode::BadRequest, format!("{e:?}")))?;
    let outcome = service.store.add_members(
        group,
        std::slice::from_ref(&checked),
        crate::state::now_ms(),
    )?;
    match outcome.first() {
        Some(Imported::Added | Imported::AlreadyPresent) => {}
        Some(Imported::Conflict) => {
            return Err(AppError::because(
                ErrorCode::LiveFinished,
                "a different result with this id is in the group",
            ))
        }
        Some(Imported::Refused) | None => {
            return Err(AppError::because(
                ErrorCode::Storage,
                "the database refused a live result",
            ))
        }
    }
    // Shown with the noise as the app shows every result (crate::centres).
    let shown = service.shown_member(&checked)?;
    Ok((live_result_view(service, &shown, language), shown))
}

pub(crate) fn live_result_view(
    service: &Service,
    profile: &Profile,
    language: Language,
) -> LiveResultView {
    LiveResultView {
        roles: role_views(profile),
        mix: profile.mix,
        basis: profile.basis,
        level: profile.level(),
        mean_score: profile.mean_score(),
        chart_svg: svg_for_view(&scan::radar_in(service, language, profile)),
    }
}
