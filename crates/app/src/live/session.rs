//! A live session's state, without sockets or locks: the join code, who
//! joined from which device, their answers while they answer (with the
//! counter each came with) and the counts for the projector. Only
//! [`crate::live::LiveRoom`] holds one.
//!
//! Answers in progress live here, in memory: a phone keeps its own copy and
//! sends what the laptop lacks, so nothing is lost when either side drops
//! for a while. Only finished results are written to the database.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;

use rolspiegel_core::{
    clean_label, score, Answer, Answers, AssessmentId, GroupId, GroupMember, Instrument, Pairing,
    Profile, RatingId, RequestId, ScoringError,
};
use rolspiegel_exchange::participant_json;
use rolspiegel_storage::GroupRating;

use crate::error::{AppError, ErrorCode};
use crate::wire::{
    InstrumentView, Joined, LiveCounts, LiveSituationState, ParticipantState, Progress,
    ShortfallView,
};

/// Join-code characters: capitals and digits without look-alikes (no 0/O/Q/D,
/// 1/I/L, 2/Z, 5/S, 8/B), so a code read off a projector is typed right.
pub const CODE_ALPHABET: &[u8] = b"ACEFGHJKMNPRTUVWXY34679";

/// Characters in a join code.
pub const CODE_LENGTH: usize = 6;

/// Most participants one session takes: far above a room, low enough that
/// a flood of joins cannot fill the laptop's memory.
pub const MAX_PARTICIPANTS: usize = 2_000;

/// Most participants that may be joined from one device (network address)
/// and not yet finished. A phone is one participant; a laptop that several
/// people take turns on holds a few; a phone that joins again after losing
/// its session holds one more for a while. A flood of joins from one
/// device stops here instead of filling the session.
pub const MAX_PARTICIPANTS_PER_DEVICE: usize = 12;

/// Answer sets one device may send to a session for colleagues: a phone
/// is one colleague, a laptop passed around holds a few more. Fewer than
/// the three a view needs would stop a shared laptop; more would let one
/// phone fill a view on its own.
pub const MAX_ANSWER_SETS_PER_DEVICE: usize = 3;

/// Sessions made so far in this run: each has its own number, so a step
/// begun in one never counts in the next.
static SESSIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// One day in milliseconds.
const DAY_MS: i64 = 86_400_000;

/// `n` random bytes from the operating system.
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The OS random source does not fail on the systems Rolspiegel runs on;
    // if it ever did, a session must not start with predictable secrets.
    #[allow(clippy::expect_used)]
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes
}

/// A new random join code.
pub fn new_code() -> String {
    let mut code = String::with_capacity(CODE_LENGTH);
    while code.len() < CODE_LENGTH {
        for byte in random_bytes::<16>() {
            // Rejection sampling: only bytes below the largest multiple of
            // the alphabet's size, so every character is equally likely.
            let limit = 256 - 256 % CODE_ALPHABET.len();
            if usize::from(byte) < limit && code.len() < CODE_LENGTH {
                code.push(char::from(
                    CODE_ALPHABET[usize::from(byte) % CODE_ALPHABET.len()],
                ));
            }
        }
    }
    code
}

/// A typed code as it is compared: capitals, without spaces or dashes.
fn normalised_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// A participant's secret: 128 random bits as 32 hex digits.
fn new_token() -> String {
    random_bytes::<16>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(Debug)]
struct Participant {
    result_id: AssessmentId,
    /// The device it joined from.
    device: IpAddr,
    name: String,
    /// The code that pairs this result with the same person's other one.
    pairing: Option<Pairing>,
    /// Answer and the counter it came with, by statement id.
    answers: BTreeMap<String, (Answer, u64)>,
    state: Stage,
    /// The rating of the group's situation: its id, its answers as
    /// [`Participant::answers`], and whether it is stored.
    rating_id: RatingId,
    rating: BTreeMap<String, (Answer, u64)>,
    rated: bool,
}

impl Participant {
    /// This participant's result as a group member.
    fn member(&self, instrument_version: u32, profile: Profile) -> GroupMember {
        GroupMember {
            result_id: self.result_id,
            name: self.name.clone(),
            instrument_version,
            answers: self
                .answers
                .iter()
                .map(|(id, (answer, _))| (id.clone(), *answer))
                .collect(),
            profile,
            pairing: self.pairing.clone(),
        }
    }

    /// Joined and not one answer given (and so not finishing either).
    fn waiting(&self) -> bool {
        self.state == Stage::Answering && self.answers.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Stage {
    Answering,
    /// The result is being stored; answers can no longer change.
    Finishing,
    /// The result is in the group.
    Finished(Profile),
}

/// The group's shared situation, rated on the phones after the scan.
#[derive(Debug, Clone)]
pub struct SharedSituation {
    /// Its name, as the facilitator wrote it.
    pub name: String,
    /// The situation list it is rated on.
    pub list: Instrument,
}

/// A place held for one colleague's answer set while it is stored.
#[derive(Debug, Clone, Copy)]
pub struct Held {
    session: u64,
    /// The request it goes to.
    pub request: RequestId,
    device: IpAddr,
}

/// What a live session gathers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiveTarget {
    /// Phones join and take the scan; results go into this workshop group.
    Group(GroupId),
    /// Colleagues answer this feedback request on the answer form the
    /// laptop serves; nobody joins, and an answer set carries nothing of
    /// who sent it.
    Colleagues(RequestId),
}

/// One live session on one group (or one request to colleagues).
#[derive(Debug)]
pub struct LiveSession {
    /// This session's number in this run.
    serial: u64,
    target: LiveTarget,
    instrument: Instrument,
    /// Colleagues' answer sets that came in (a session for colleagues).
    colleague_answers: usize,
    /// Per device: its answer sets that came in or are being stored.
    colleague_devices: HashMap<IpAddr, usize>,
    situation: Option<SharedSituation>,
    code: String,
    joining: bool,
    revealed: bool,
    participants: HashMap<String, Participant>,
    /// Grows with every change the projector should see.
    version: u64,
}

impl LiveSession {
    /// A new session on `group` for `instrument`, open for joining, with a
    /// fresh code and results hidden.
    pub fn new(group: GroupId, instrument: Instrument) -> LiveSession {
        LiveSession::on(LiveTarget::Group(group), instrument)
    }

    /// A new session for colleagues to answer `request` (asked on
    /// `instrument`), open, with a fresh code.
    pub fn for_request(request: RequestId, instrument: Instrument) -> LiveSession {
        LiveSession::on(LiveTarget::Colleagues(request), instrument)
    }

    fn on(target: LiveTarget, instrument: Instrument) -> LiveSession {
        LiveSession {
            serial: SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            target,
            instrument,
            colleague_answers: 0,
            colleague_devices: HashMap::new(),
            situation: None,
            code: new_code(),
            joining: true,
            revealed: false,
            participants: HashMap::new(),
            version: 0,
        }
    }

    /// The same session with the group's shared situation to rate.
    pub fn with_situation(mut self, situation: Option<SharedSituation>) -> LiveSession {
        self.situation = situation;
        self
    }

    /// What the session gathers.
    pub fn target(&self) -> LiveTarget {
        self.target
    }

    /// The group results go into (`None` for a session for colleagues).
    pub fn group(&self) -> Option<GroupId> {
        match self.target {
            LiveTarget::Group(group) => Some(group),
            LiveTarget::Colleagues(_) => None,
        }
    }

    /// The join code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Makes a new join code; the old one stops working. Phones that
    /// joined keep going.
    pub fn renew_code(&mut self) {
        self.code = new_code();
        self.version += 1;
    }

    /// Whether new phones may join.
    pub fn joining(&self) -> bool {
        self.joining
    }

    /// Opens or closes joining. Phones that joined keep going.
    pub fn set_joining(&mut self, open: bool) {
        self.joining = open;
        self.version += 1;
    }

    /// Whether the facilitator has shown the group's results.
    pub fn revealed(&self) -> bool {
        self.revealed
    }

    /// Shows or hides the group's results on the facilitator's screen.
    pub fn set_revealed(&mut self, revealed: bool) {
        self.revealed = revealed;
        self.version += 1;
    }

    /// Grows with every change (a join, an answer, a finish, a setting).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// How far the room is.
    pub fn counts(&self) -> LiveCounts {
        if let LiveTarget::Colleagues(_) = self.target {
            return LiveCounts {
                joined: self.colleague_answers,
                finished: self.colleague_answers,
                ..LiveCounts::default()
            };
        }
        let mut counts = LiveCounts {
            joined: self.participants.len(),
            ..LiveCounts::default()
        };
        for p in self.participants.values() {
            match p.state {
                Stage::Finished(_) => counts.finished += 1,
                _ if !p.answers.is_empty() => counts.answering += 1,
                _ => counts.waiting += 1,
            }
        }
        counts
    }

    /// Per device: its participants that have not finished, and how many
    /// of those have not answered anything.
    pub fn devices(&self) -> HashMap<IpAddr, (usize, usize)> {
        let mut devices: HashMap<IpAddr, (usize, usize)> = HashMap::new();
        for p in self.participants.values() {
            if matches!(p.state, Stage::Finished(_)) {
                continue;
            }
            let entry = devices.entry(p.device).or_default();
            entry.0 += 1;
            if p.waiting() {
                entry.1 += 1;
            }
        }
        devices
    }

    /// Removes every participant that joined and never answered (a phone
    /// that left, or a flood of joins); returns how many. Their phones hear
    /// that the session does not know them and can join again.
    pub fn remove_waiting(&mut self) -> usize {
        let before = self.participants.len();
        self.participants.retain(|_, p| !p.waiting());
        let removed = before - self.participants.len();
        if removed > 0 {
            self.version += 1;
        }
        removed
    }

    /// Removes every participant from `device` that has not finished (the
    /// facilitator blocked it); finished results stay in the group.
    pub fn remove_device(&mut self, device: IpAddr) -> usize {
        let before = self.participants.len();
        self.participants
            .retain(|_, p| p.device != device || matches!(p.state, Stage::Finished(_)));
        let removed = before - self.participants.len();
        if removed > 0 {
            self.version += 1;
        }
        removed
    }

    /// A phone joins from `device` with the code on the projector and an
    /// optional name.
    pub fn join(
        &mut self,
        code: &str,
        name: &str,
        pairing: &str,
        device: IpAddr,
    ) -> Result<Joined, AppError> {
        if self.group().is_none() {
            return Err(ErrorCode::LiveNotFound.into());
        }
        self.admits(code)?;
        let name = clean_label(name)?;
        let pairing = match pairing.trim() {
            "" => None,
            typed => Some(Pairing::parse(typed).ok_or(ErrorCode::LivePairingInvalid)?),
        };
        if self.participants.len() >= MAX_PARTICIPANTS {
            return Err(ErrorCode::LiveFull.into());
        }
        let from_device = self
            .participants
            .values()
            .filter(|p| p.device == device && !matches!(p.state, Stage::Finished(_)))
            .count();
        if from_device >= MAX_PARTICIPANTS_PER_DEVICE {
            return Err(ErrorCode::LiveDeviceFull.into());
        }
        let token = new_token();
        let participant = Participant {
            result_id: AssessmentId::new(),
            device,
            name,
            pairing,
            answers: BTreeMap::new(),
            state: Stage::Answering,
            rating_id: RatingId::new(),
            rating: BTreeMap::new(),
            rated: false,
        };
        let state = self.state_of(&participant);
        self.participants.insert(token.clone(), participant);
        self.version += 1;
        Ok(Joined {
            token,
            participant: state,
        })
    }

    /// Joining is open and `code` is the code on the screen.
    fn admits(&self, code: &str) -> Result<(), AppError> {
        if !self.joining {
            return Err(ErrorCode::LiveJoiningClosed.into());
        }
        if normalised_code(code) != self.code {
            return Err(ErrorCode::LiveWrongCode.into());
        }
        Ok(())
    }

    /// Room for one more colleague's answer set from `device`, sent with
    /// the code on the screen: the request it goes to, with a place held
    /// for it (kept or given back by [`Self::colleague_answered`], which
    /// takes the [`Held`] place). One device sends at most
    /// [`MAX_ANSWER_SETS_PER_DEVICE`] answer sets, so it cannot fill a view
    /// on its own; the devices remembered are bounded too.
    pub fn colleague_answering(&mut self, code: &str, device: IpAddr) -> Result<Held, AppError> {
        let LiveTarget::Colleagues(request) = self.target else {
            return Err(ErrorCode::LiveNotFound.into());
        };
        self.admits(code)?;
        if !self.colleague_devices.contains_key(&device)
            && self.colleague_devices.len() >= MAX_PARTICIPANTS
        {
            return Err(ErrorCode::LiveFull.into());
        }
        let from_device = self.colleague_devices.entry(device).or_default();
        if *from_device >= MAX_ANSWER_SETS_PER_DEVICE {
            return Err(ErrorCode::LiveDeviceFull.into());
        }
        *from_device += 1;
        Ok(Held {
            session: self.serial,
            request,
            device,
        })
    }

    /// The answer set of `held` was stored as new (`added`), or not (sent
    /// before, or refused): then its place is given back. A place held in
    /// another session changes nothing here.
    pub fn colleague_answered(&mut self, held: &Held, added: bool) {
        if held.session != self.serial {
            return;
        }
        if added {
            self.colleague_answers += 1;
            self.version += 1;
        } else if let Some(count) = self.colleague_devices.get_mut(&held.device) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                self.colleague_devices.remove(&held.device);
            }
        }
    }

    fn participant(&self, token: &str) -> Result<&Participant, AppError> {
        self.participants
            .get(token)
            .ok_or_else(|| ErrorCode::LiveNotJoined.into())
    }

    fn participant_mut(&mut self, token: &str) -> Result<&mut Participant, AppError> {
        self.participants
            .get_mut(token)
            .ok_or_else(|| ErrorCode::LiveNotJoined.into())
    }

    fn state_of(&self, p: &Participant) -> ParticipantState {
        ParticipantState {
            result_id: p.result_id.to_string(),
            name: p.name.clone(),
            instrument: InstrumentView {
                version: self.instrument.version(),
                statements: crate::state::statement_ids(&self.instrument),
            },
            answers: p
                .answers
                .iter()
                .map(|(id, (answer, _))| (id.clone(), answer.value()))
                .collect(),
            seq: p.answers.values().map(|(_, seq)| *seq).max().unwrap_or(0),
            finished: matches!(p.state, Stage::Finished(_)),
            situation: self.situation.as_ref().map(|s| LiveSituationState {
                name: s.name.clone(),
                statements: crate::state::statement_ids(&s.list),
                answers: p
                    .rating
                    .iter()
                    .map(|(id, (answer, _))| (id.clone(), answer.value()))
                    .collect(),
                seq: p.rating.values().map(|(_, seq)| *seq).max().unwrap_or(0),
                finished: p.rated,
            }),
        }
    }

    /// What the laptop has of this phone's participant.
    pub fn participant_state(&self, token: &str) -> Result<ParticipantState, AppError> {
        Ok(self.state_of(self.participant(token)?))
    }

    /// Saves one answer. Saving the same answer twice changes nothing; an
    /// answer with a lower counter than the one stored for that statement
    /// is a late copy and is ignored.
    pub fn answer(
        &mut self,
        token: &str,
        statement: &str,
        value: Option<i64>,
        seq: u64,
    ) -> Result<Progress, AppError> {
        let Some(known) = self.instrument.statement(statement) else {
            return Err(ErrorCode::UnknownStatement.into());
        };
        let statement = known.id.to_string();
        let answer = Answer::from_value(value)?;
        let total = self.instrument.statements().len();
        let p = self.participant_mut(token)?;
        if p.state != Stage::Answering {
            return Err(ErrorCode::LiveFinished.into());
        }
        let changed = keep(&mut p.answers, statement, answer, seq);
        let answered = p.answers.len();
        if changed {
            self.version += 1;
        }
        Ok(Progress { answered, total })
    }

    /// Saves one answer about the group's situation, as [`Self::answer`]
    /// does; refused when the group has no situation or the rating is
    /// stored.
    pub fn situation_answer(
        &mut self,
        token: &str,
        statement: &str,
        value: Option<i64>,
        seq: u64,
    ) -> Result<Progress, AppError> {
        let list = &self
            .situation
            .as_ref()
            .ok_or_else(|| AppError::from(ErrorCode::SituationNotFound))?
            .list;
        let Some(known) = list.statement(statement) else {
            return Err(ErrorCode::UnknownStatement.into());
        };
        let statement = known.id.to_string();
        let answer = Answer::from_value(value)?;
        let total = list.statements().len();
        let p = self.participant_mut(token)?;
        if !matches!(p.state, Stage::Finished(_)) {
            return Err(ErrorCode::RatingBeforeScan.into());
        }
        if p.rated {
            return Err(ErrorCode::RatingFinished.into());
        }
        keep(&mut p.rating, statement, answer, seq);
        Ok(Progress {
            answered: p.rating.len(),
            total,
        })
    }

    /// A participant's rating of the group's situation scored, to store;
    /// or, when too few answers, what is missing per role.
    pub fn rating_finishing(
        &self,
        token: &str,
        now_ms: i64,
    ) -> Result<Result<GroupRating, Vec<ShortfallView>>, AppError> {
        let list = &self
            .situation
            .as_ref()
            .ok_or_else(|| AppError::from(ErrorCode::SituationNotFound))?
            .list;
        let p = self.participant(token)?;
        if !matches!(p.state, Stage::Finished(_)) {
            return Err(ErrorCode::RatingBeforeScan.into());
        }
        let profile = match scored(list, &p.rating)? {
            Ok(profile) => profile,
            Err(shortfalls) => return Ok(Err(shortfalls)),
        };
        Ok(Ok(GroupRating {
            id: p.rating_id,
            list_version: list.version(),
            // The day only: a moment to the millisecond would line the
            // ratings up with the order participants finished their scan.
            completed_at: now_ms - now_ms.rem_euclid(DAY_MS),
            profile,
            answers: p
                .rating
                .iter()
                .map(|(id, (answer, _))| (id.clone(), *answer))
                .collect(),
        }))
    }

    /// The participant's rating is stored in the group.
    pub fn rated(&mut self, token: &str) {
        if let Some(p) = self.participants.get_mut(token) {
            p.rated = true;
            self.version += 1;
        }
    }

    /// Starts finishing: scores the answers and returns the group member to
    /// store, or what is still missing. While it is stored, answers cannot
    /// change; [`LiveSession::finished`] or [`LiveSession::not_finished`]
    /// ends that. Finishing again after it succeeded returns the same
    /// member, so a finish sent twice stores nothing twice.
    pub fn finishing(
        &mut self,
        token: &str,
    ) -> Result<Result<GroupMember, Vec<ShortfallView>>, AppError> {
        let instrument = &self.instrument;
        let p = self
            .participants
            .get_mut(token)
            .ok_or_else(|| AppError::from(ErrorCode::LiveNotJoined))?;
        let profile = match scored(instrument, &p.answers)? {
            Ok(profile) => profile,
            Err(shortfalls) => return Ok(Err(shortfalls)),
        };
        if p.state == Stage::Answering {
            p.state = Stage::Finishing;
        }
        Ok(Ok(p.member(instrument.version(), profile)))
    }

    /// The member is stored in the group.
    pub fn finished(&mut self, token: &str, profile: Profile) {
        if let Some(p) = self.participants.get_mut(token) {
            p.state = Stage::Finished(profile);
            self.version += 1;
        }
    }

    /// Storing failed: the participant may change answers and try again.
    pub fn not_finished(&mut self, token: &str) {
        if let Some(p) = self.participants.get_mut(token) {
            if p.state == Stage::Finishing {
                p.state = Stage::Answering;
            }
        }
    }

    /// A finished participant's profile; `None` until they have finished.
    pub fn profile(&self, token: &str) -> Result<Option<Profile>, AppError> {
        Ok(match &self.participant(token)?.state {
            Stage::Finished(profile) => Some(*profile),
            _ => None,
        })
    }

    /// A finished participant's own file, to keep or to import into their
    /// own Rolspiegel later: the same bytes as the file flow makes.
    pub fn participant_file(&self, token: &str) -> Result<Vec<u8>, AppError> {
        let p = self.participant(token)?;
        let Stage::Finished(profile) = &p.state else {
            return Err(ErrorCode::NoScan.into());
        };
        let member = p.member(self.instrument.version(), *profile);
        Ok(participant_json(&member).into_bytes())
    }
}

/// The answers kept for a list, scored; or, when too few, what is missing
/// per role.
fn scored(
    list: &Instrument,
    answers: &BTreeMap<String, (Answer, u64)>,
) -> Result<Result<Profile, Vec<ShortfallView>>, AppError> {
    let given = Answers::from_given(
        list,
        answers
            .iter()
            .map(|(statement, (answer, _))| (statement, *answer)),
    )?;
    match score(list, &given) {
        Ok(profile) => Ok(Ok(profile)),
        Err(ScoringError::Incomplete(shortfalls)) => {
            Ok(Err(shortfalls.iter().map(Into::into).collect()))
        }
        Err(ScoringError::VersionMismatch { .. }) => Err(ErrorCode::BadRequest.into()),
    }
}

/// Keeps `answer` for `statement` unless a later one (by its counter) is
/// already there; `true` when something changed. Saving the same answer
/// twice changes nothing; a late copy is ignored.
fn keep(
    answers: &mut BTreeMap<String, (Answer, u64)>,
    statement: String,
    answer: Answer,
    seq: u64,
) -> bool {
    match answers.get(&statement) {
        Some((_, stored)) if *stored > seq => false,
        Some((old, stored)) if *old == answer && *stored == seq => false,
        _ => {
            answers.insert(statement, (answer, seq));
            true
        }
    }
}
