// Generated from the Rust types in crates/app/src/wire and crates/core by
// `make wire`. Do not edit: a test fails when this file is stale.

export type RoleKey = "bureaucraat" | "ondernemer" | "verbinder";

export type Sure = "probably" | "clearly";

export type Mix = { "kind": "blended" } | { "kind": "highest", 
/**
 * The highest role.
 */
role: RoleKey, 
/**
 * How sure, by its smaller lead.
 */
sure: Sure, } | { "kind": "lowest", 
/**
 * The lowest role.
 */
role: RoleKey, 
/**
 * How sure, by its smaller distance.
 */
sure: Sure, } | { "kind": "ordered", 
/**
 * The highest role.
 */
highest: RoleKey, 
/**
 * How sure it is the highest.
 */
highestSure: Sure, 
/**
 * The lowest role.
 */
lowest: RoleKey, 
/**
 * How sure it is the lowest.
 */
lowestSure: Sure, } | { "kind": "apart", 
/**
 * The higher of the two.
 */
higher: RoleKey, 
/**
 * The lower of the two.
 */
lower: RoleKey, 
/**
 * How sure.
 */
sure: Sure, };

export type Margin = { 
/**
 * The lower end, never below 0.
 */
low: number, 
/**
 * The upper end, never above 100.
 */
high: number, };

export type NoiseBasis = { "kind": "answers" } | { "kind": "centred", 
/**
 * Results the statement means come from.
 */
results: number, };

export type Level = "high" | "middle" | "low";

export type Noise = { "kind": "beyond", 
/**
 * Half-width of the noise band around zero change, in points.
 */
band: number, 
/**
 * How sure: probably, or clearly (beyond [`CHANGE_Z`]).
 */
sure: Sure, } | { "kind": "within", 
/**
 * Half-width of the noise band around zero change, in points.
 */
band: number, } | { "kind": "unknown", 
/**
 * Why not.
 */
reason: NoiseUnknown, };

export type NoiseUnknown = "noSpread" | "differentVersions" | "notKnown";

export type RoleStats = { 
/**
 * The role.
 */
role: RoleKey, 
/**
 * Participants counted.
 */
n: number, 
/**
 * Mean score (0–100).
 */
mean: number, 
/**
 * Sample standard deviation (divisor n − 1).
 */
sd: number, 
/**
 * Lowest score.
 */
min: number, 
/**
 * Highest score.
 */
max: number, };

export type Difference = "more" | "about" | "less";

export type RoleGap = { 
/**
 * The role.
 */
role: RoleKey, 
/**
 * The person's score (0–100).
 */
own: number, 
/**
 * What the situation asks (0–100).
 */
asked: number, 
/**
 * `asked − own`, in points.
 */
gap: number, 
/**
 * Half-width of the band within which the gap may be noise, in points;
 * `None` when the noise of either measurement is unknown.
 */
band: number | null, 
/**
 * What the situation asks of the role next to what the person shows;
 * `None` when the noise is unknown.
 */
asks: Difference | null, };

export type ErrorCode = "answer-out-of-range" | "unknown-statement" | "no-scan" | "already-completed" | "result-not-found" | "storage" | "storage-full" | "storage-read-only" | "storage-busy" | "export-too-large" | "unknown-language" | "bad-request" | "text-too-long" | "text-invalid" | "goal-empty" | "bad-date" | "compare-count" | "file-read" | "file-write" | "chart" | "report" | "import-too-large" | "import-truncated" | "import-malformed" | "import-not-an-export" | "import-newer-version" | "group-name-empty" | "group-not-found" | "group-too-small" | "quality-too-few" | "group-file-invalid" | "group-file-bad-details" | "file-not-regular" | "file-exists" | "live-wrong-code" | "live-pairing-invalid" | "retest-too-few" | "live-joining-closed" | "live-not-joined" | "live-finished" | "live-full" | "live-device-full" | "live-blocked" | "live-answer-refused" | "situation-name-empty" | "situation-not-found" | "rating-finished" | "request-not-found" | "codes-too-large" | "situation-full" | "rating-before-scan" | "live-too-many-tries" | "live-busy" | "live-forbidden" | "live-not-found" | "live-too-large" | "live-timeout" | "live-no-network" | "live-cannot-listen" | "live-already-open" | "live-not-open" | "live-other-list";

export type AppError = { 
/**
 * Stable code; its words are `error-<code>` in `locales/`.
 */
code: ErrorCode, };

export type NotSavingReason = "disk-full" | "read-only" | "busy" | "in-use" | "not-a-file" | "other";

export type Notice = { "kind": "setAside", 
/**
 * File name of the kept copy.
 */
file: string, 
/**
 * The folder it is in, in full.
 */
folder: string, } | { "kind": "earlier", 
/**
 * File name of the kept copy.
 */
file: string, 
/**
 * The folder it is in, in full.
 */
folder: string, } | { "kind": "newerVersion", 
/**
 * The data folder, in full.
 */
folder: string, } | { "kind": "memoryOnly", 
/**
 * Why, as far as the app can tell.
 */
reason: NotSavingReason, } | { "kind": "readOnly", 
/**
 * The data folder, in full.
 */
folder: string, } | { "kind": "wipeFinished" };

export type InstrumentView = { 
/**
 * Statement-list version.
 */
version: number, 
/**
 * Statement ids in presentation order; wording is `statement-<id>`.
 */
statements: Array<string>, };

export type Startup = { 
/**
 * `nl` or `en`.
 */
language: "nl" | "en", 
/**
 * Notices not yet dismissed.
 */
notices: Array<Notice>, 
/**
 * Where the data lives, in full; `None` when nothing can be saved.
 */
dataFolder: string | null, 
/**
 * The statement list.
 */
instrument: InstrumentView, 
/**
 * The first screen's data, read at start; `None` if reading failed.
 */
welcome: WelcomeView | null, };

export type WelcomeView = { 
/**
 * The scan in progress, if any.
 */
scan: ScanView | null, 
/**
 * Every completed result, newest first.
 */
results: Array<ResultSummary>, };

export type ScanView = { 
/**
 * Assessment UUID.
 */
assessmentId: string, 
/**
 * The statement list this scan was started with (a scan begun before
 * a newer list came keeps its own).
 */
instrumentVersion: number, 
/**
 * That list's statement ids, in order.
 */
statements: Array<string>, 
/**
 * Answers so far: statement id → 1–5, or `null` for "weet ik niet".
 */
answers: { [statement in string]: 1 | 2 | 3 | 4 | 5 | null }, };

export type AnswerValue = 1 | 2 | 3 | 4 | 5 | null;

export type StartOutcome = { "kind": "started", 
/**
 * The new scan.
 */
scan: ScanView, } | { "kind": "inProgress", 
/**
 * The scan in progress.
 */
assessmentId: string, 
/**
 * How many of its statements have an answer.
 */
answered: number, 
/**
 * The scan, when this build can show it (its list is known);
 * `None` for a scan begun by a newer Rolspiegel.
 */
scan: ScanView | null, };

export type Progress = { 
/**
 * Statements with an answer (including "weet ik niet").
 */
answered: number, 
/**
 * Statements in the list.
 */
total: number, };

export type RoleScoreView = { 
/**
 * Role key.
 */
role: RoleKey, 
/**
 * 0–100.
 */
score: number, 
/**
 * Percentage of the three scores' sum.
 */
share: number, 
/**
 * The share as a whole percentage; the three add up to 100.
 */
percent: number, 
/**
 * Statements answered on the scale.
 */
answered: number, 
/**
 * Statements of this role.
 */
total: number, 
/**
 * The range the score most likely lies in (95 %); `None` when the
 * noise of the answers is not known.
 */
margin: Margin | null, };

export type ShortfallView = { 
/**
 * Role key.
 */
role: RoleKey, 
/**
 * How many more scale answers are needed.
 */
missing: number, 
/**
 * Scale answers required.
 */
required: number, 
/**
 * Statements of this role.
 */
total: number, };

export type ResultView = { 
/**
 * Assessment UUID.
 */
id: string, 
/**
 * Completion time, Unix ms.
 */
completedAt: number, 
/**
 * Completion date as people read it.
 */
dateText: string, 
/**
 * The label; empty when none.
 */
label: string, 
/**
 * Statement-list version.
 */
instrumentVersion: number, 
/**
 * Scores in display order.
 */
roles: Array<RoleScoreView>, 
/**
 * How strongly the roles are recognised overall (apart from the mix).
 */
level: Level, 
/**
 * The mean of the three scores.
 */
meanScore: number, 
/**
 * Which role is highest and which lowest, and how sure.
 */
mix: Mix, 
/**
 * Which spread the noise (the mix, the margins) was estimated from.
 */
basis: NoiseBasis, 
/**
 * The radar chart as SVG, or `None` when it could not be drawn (the
 * scores are still shown as a table).
 */
chartSvg: string | null, 
/**
 * Answers to the reflection questions, by question key.
 */
reflections: { [key in string]: string }, 
/**
 * The development goal set on this result.
 */
goal: GoalView | null, 
/**
 * The goal of the result before this one, which this one follows up.
 */
followsUp: FollowUpView | null, };

export type ResultSummary = { 
/**
 * Assessment UUID.
 */
id: string, 
/**
 * Completion time, Unix ms.
 */
completedAt: number, 
/**
 * A clearly strongest role, or blended.
 */
mix: Mix, };

export type FinishOutcome = { "kind": "complete", 
/**
 * The new result (boxed: it is much larger than the other variant).
 */
result: ResultView, } | { "kind": "incomplete", 
/**
 * Roles that need more answers.
 */
shortfalls: Array<ShortfallView>, };

export type GoalView = { 
/**
 * The role to grow in.
 */
role: RoleKey, 
/**
 * The concrete assignment.
 */
assignment: string, 
/**
 * Review date as `YYYY-MM-DD` (for the date field).
 */
reviewOn: string | null, 
/**
 * Review date as people read it.
 */
reviewText: string | null, };

export type HistoryItem = { 
/**
 * Assessment UUID.
 */
id: string, 
/**
 * Completion time, Unix ms.
 */
completedAt: number, 
/**
 * Completion date as people read it.
 */
dateText: string, 
/**
 * The label; empty when none.
 */
label: string, 
/**
 * Scores in [`Role::ALL`] order, for the mini chart.
 */
scores: [number, number, number], 
/**
 * A clearly strongest role, or blended.
 */
mix: Mix, 
/**
 * The development goal, if any.
 */
goal: GoalView | null, 
/**
 * Whether the goal still waits for a next result.
 */
goalOpen: boolean, 
/**
 * How many reflection questions have an answer.
 */
reflections: number, 
/**
 * The statement list the result was answered to.
 */
instrumentVersion: number, };

export type RoleChangeView = { 
/**
 * The role.
 */
role: RoleKey, 
/**
 * Earlier score.
 */
from: number, 
/**
 * Later score.
 */
to: number, 
/**
 * Later minus earlier.
 */
delta: number, 
/**
 * Beyond the noise, within it, or unknown (and why).
 */
noise: Noise, 
/**
 * The range the change most likely lies in (95 %); `None` when the
 * noise is unknown.
 */
range: Margin | null, };

export type FollowUpView = { 
/**
 * The earlier result's id.
 */
fromId: string, 
/**
 * Its date as people read it.
 */
fromDateText: string, 
/**
 * Its label.
 */
fromLabel: string, 
/**
 * The goal set then.
 */
goal: GoalView, 
/**
 * How the goal's role changed since.
 */
change: RoleChangeView, };

export type PairChange = { 
/**
 * Earlier result.
 */
fromId: string, 
/**
 * Later result.
 */
toId: string, 
/**
 * One change per role, in [`Role::ALL`] order.
 */
roles: Array<RoleChangeView>, };

export type CompareItem = { 
/**
 * Assessment UUID.
 */
id: string, 
/**
 * Completion time, Unix ms.
 */
completedAt: number, 
/**
 * Completion date as people read it, with the time when another
 * compared result is from the same day.
 */
dateText: string, 
/**
 * The label; empty when none.
 */
label: string, 
/**
 * Scores in [`Role::ALL`] order.
 */
scores: [number, number, number], 
/**
 * Line colour on the chart, `#rrggbb`.
 */
colour: string, 
/**
 * Line style on the chart: solid, dashed, dotted or longdash.
 */
dash: "solid" | "dashed" | "dotted" | "longdash", 
/**
 * The statement list the result was answered to.
 */
instrumentVersion: number, };

export type CompareView = { 
/**
 * The results, oldest first.
 */
results: Array<CompareItem>, 
/**
 * Each result against the one before it.
 */
changes: Array<PairChange>, 
/**
 * First against last, when more than two are compared.
 */
overall: PairChange | null, 
/**
 * The radar with all results, or `None` when it could not be drawn.
 */
chartSvg: string | null, 
/**
 * Each role over time, from three results on.
 */
trendSvg: string | null, };

export type ChartKind = "radar" | "trend";

export type ChartFormat = "png" | "svg";

export type DataFormat = "json" | "csv";

export type SaveOutcome = { "kind": "saved", 
/**
 * File name.
 */
file: string, } | { "kind": "cancelled" };

export type Problem = { "code": "shape" } | { "code": "bad-id" } | { "code": "instrument", 
/**
 * Its version.
 */
version: number, } | { "code": "statement", 
/**
 * Its id.
 */
statement: string, } | { "code": "answer", 
/**
 * The statement it answers.
 */
statement: string, } | { "code": "incomplete" } | { "code": "scores" } | { "code": "time" } | { "code": "text" } | { "code": "question" } | { "code": "conflict" } | { "code": "refused" } | { "code": "participant-too-large" } | { "code": "participant-truncated" } | { "code": "participant-malformed" } | { "code": "participant-not-a-file" } | { "code": "participant-newer" } | { "code": "participant-unreadable" } | { "code": "participant-not-regular" } | { "code": "participant-conflict" } | { "code": "participant-refused" } | { "code": "participant-other-list", 
/**
 * The list of this result.
 */
version: number, 
/**
 * The list of the group's results.
 */
group: number, };

export type ImportProblemView = { 
/**
 * Position in the file, from 1.
 */
position: number, 
/**
 * Why.
 */
problem: Problem, };

export type GroupRestoreView = { 
/**
 * Position in the backup, from 1.
 */
position: number, 
/**
 * The group's name (empty when the group was refused).
 */
name: string, 
/**
 * Participants added.
 */
added: number, 
/**
 * Participants that were already in the group.
 */
alreadyPresent: number, 
/**
 * Participants not added.
 */
problems: number, 
/**
 * Ratings of the group's assignment added.
 */
ratingsAdded: number, 
/**
 * Ratings of the group's assignment not added (refused, or of an
 * assignment by another name).
 */
ratingsRefused: number, 
/**
 * Participants past the limit per group, not read.
 */
notRead: number, 
/**
 * Participants (or the group's details) read after characters an
 * earlier version allowed were removed from their texts.
 */
cleaned: number, 
/**
 * Why the whole group was refused, if it was.
 */
refused: ErrorCode | null, };

export type ImportReport = { 
/**
 * The file's name.
 */
file: string, 
/**
 * Results added.
 */
added: number, 
/**
 * Results that were already here, unchanged.
 */
alreadyPresent: number, 
/**
 * Results not added, each with its reason (at most
 * [`rolspiegel_exchange::MAX_LISTED_PROBLEMS`]).
 */
problems: Array<ImportProblemView>, 
/**
 * Results not added beyond those listed.
 */
moreProblems: number, 
/**
 * Results past the limit per file, not read.
 */
notRead: number, 
/**
 * Results added after characters an earlier version allowed in their
 * texts (and this one does not) were removed.
 */
cleaned: number, 
/**
 * From a full backup: what happened to each group.
 */
groups: Array<GroupRestoreView>, 
/**
 * From a full backup: groups past the limit per file, not read.
 */
groupsNotRead: number, 
/**
 * From a full backup: situations added (or given ratings they lacked).
 */
situationsAdded: number, 
/**
 * From a full backup: situations that were here already, unchanged.
 */
situationsAlreadyPresent: number, 
/**
 * From a full backup: situations not added, each with its reason.
 */
situationProblems: Array<ImportProblemView>, 
/**
 * Situations not added beyond those listed, or past the limit.
 */
moreSituationProblems: number, 
/**
 * From a full backup: requests to colleagues added.
 */
requestsAdded: number, 
/**
 * From a full backup: colleagues' answers added.
 */
answersAdded: number, 
/**
 * From a full backup: requests or answers that could not be read or
 * differ from what is here (what is here stays).
 */
requestsNotAdded: number, };

export type WipeGroupView = { 
/**
 * Its name.
 */
name: string, 
/**
 * Its participants.
 */
members: number, };

export type WipeSummary = { 
/**
 * Own results.
 */
results: number, 
/**
 * Reflection answers over all results.
 */
reflections: number, 
/**
 * Development goals.
 */
goals: number, 
/**
 * Whether a scan is in progress.
 */
scanInProgress: boolean, 
/**
 * Workshop groups with their number of participants.
 */
groups: Array<WipeGroupView>, 
/**
 * Named situations, by name.
 */
situations: Array<string>, 
/**
 * Requests to colleagues, each with its answers.
 */
requests: number, 
/**
 * Copies Rolspiegel kept beside the database (backups before upgrades,
 * damaged files, an earlier folder's database); wiping removes them.
 */
copies: number, 
/**
 * Backups the person saved into the data folder: their own files,
 * which wiping leaves (a backup saved just before wiping may be one).
 */
saved: number, 
/**
 * The data folder, where those copies are.
 */
folder: string | null, };

export type KeptCopyView = { 
/**
 * Its file name (the key to add from it).
 */
file: string, 
/**
 * Its file name as people see it (a name the person chose may hold
 * controls that turn text around).
 */
name: string, 
/**
 * `"backup"`: made before an upgrade; `"damaged"`: set aside;
 * `"earlier"`: the database of the data folder's earlier name;
 * `"saved"`: a backup file the person saved into the data folder.
 */
kind: "backup" | "damaged" | "earlier" | "saved", 
/**
 * When it was made (Unix ms).
 */
madeAt: number, 
/**
 * Whether it could be read; a damaged copy may not.
 */
readable: boolean, 
/**
 * The results in it.
 */
results: number, 
/**
 * The workshop groups in it.
 */
groups: number, 
/**
 * The named situations in it.
 */
situations: number, };

export type GroupSummary = { 
/**
 * Group UUID.
 */
id: string, 
/**
 * Name.
 */
name: string, 
/**
 * Workshop date `YYYY-MM-DD`, if given.
 */
heldOn: string | null, 
/**
 * The date as people read it.
 */
heldText: string | null, 
/**
 * Notes.
 */
notes: string, 
/**
 * Results in it.
 */
members: number, };

export type DroppedFile = { 
/**
 * Its name.
 */
name: string, 
/**
 * Its size in bytes.
 */
size: number, 
/**
 * Its bytes; empty when the web view did not read a file over the size
 * limit (Rust checks the size again).
 */
bytes: Array<number>, };

export type Source = { "kind": "file", 
/**
 * The file's name.
 */
name: string, } | { "kind": "participant", 
/**
 * Its position, from 1.
 */
number: number, } | { "kind": "result", 
/**
 * When it was completed, as people read it.
 */
dateText: string, };

export type FileProblem = { 
/**
 * What it is about.
 */
source: Source, 
/**
 * Why.
 */
problem: Problem, };

export type GroupImportReport = { 
/**
 * Results added.
 */
added: number, 
/**
 * Results that were already in the group.
 */
alreadyPresent: number, 
/**
 * Files (or participants of a group file) not added, each with its
 * reason; at most [`rolspiegel_exchange::MAX_LISTED_PROBLEMS`] from one
 * group file.
 */
problems: Array<FileProblem>, 
/**
 * Problems beyond those listed.
 */
moreProblems: number, 
/**
 * Participants past [`rolspiegel_exchange::MAX_ENTRIES`], not read.
 */
notRead: number, 
/**
 * Participants (or the group's details) read after characters an
 * earlier version allowed were removed from their texts.
 */
cleaned: number, 
/**
 * From a file: ratings of the group's assignment added.
 */
ratingsAdded: number, 
/**
 * From a file: ratings of the group's assignment not read (or the
 * assignment itself, counted as one, when its details did not pass).
 */
ratingsRefused: number, };

export type OpenedGroup = { 
/**
 * The group, new or already here.
 */
group: GroupSummary, 
/**
 * Participants added, already there, or refused.
 */
report: GroupImportReport, };

export type ParticipantView = { 
/**
 * 1, 2, 3 … in the order added.
 */
number: number, 
/**
 * The name they typed, only when names are shown and one was typed.
 */
name: string | null, 
/**
 * Scores in [`Role::ALL`] order.
 */
scores: [number, number, number], 
/**
 * Shares in percent, in [`Role::ALL`] order.
 */
shares: [number, number, number], };

export type GroupView = { 
/**
 * The group.
 */
group: GroupSummary, 
/**
 * Whether there are enough results to show figures ([`MIN_GROUP_SIZE`]).
 */
enough: boolean, 
/**
 * Whether the charts show the group's shape instead of every
 * participant (from `shape_from` participants on).
 */
shape: boolean, 
/**
 * From how many participants the charts show the group's shape.
 */
shapeFrom: number, 
/**
 * The minimum group size.
 */
minSize: number, 
/**
 * Results of one list needed for "Hoe goed meet de lijst?".
 */
minQuality: number, 
/**
 * Figures per role (when enough).
 */
stats: Array<RoleStats>, 
/**
 * Mean shares (when enough).
 */
centre: [number, number, number] | null, 
/**
 * The participants (when enough).
 */
participants: Array<ParticipantView>, 
/**
 * Radar with every participant and the mean (when enough).
 */
radarSvg: string | null, 
/**
 * The mix triangle (when enough).
 */
mixMapSvg: string | null, 
/**
 * Dot strips per role (when enough).
 */
spreadSvg: string | null, 
/**
 * The group's shared situation, when it has one.
 */
situation: GroupSituationView | null, };

export type ProjectionStep = { 
/**
 * Group name.
 */
name: string, 
/**
 * Participants.
 */
count: number, 
/**
 * This step (0-based) and how many there are.
 */
step: number, 
/**
 * Number of steps.
 */
steps: number, 
/**
 * What this step shows, in words (also the chart's text alternative).
 */
caption: string, 
/**
 * The chart.
 */
svg: string | null, };

export type GroupChart = "radar" | "mixMap" | "spread";

export type JoinRequest = { 
/**
 * The join code as typed (case and spaces do not matter).
 */
code: string, 
/**
 * The name the participant typed; empty for none.
 */
name: string, 
/**
 * The retest pairing code the phone keeps (or the participant typed);
 * empty for none.
 */
pairing: string, };

export type LiveAnswerRequest = { 
/**
 * 1–5, or `null` for "weet ik niet"; anything else is an answer off
 * the scale, as through the window ([`crate::service::given_answer`]).
 */
value: AnswerValue, 
/**
 * The phone's answer counter.
 */
seq: number, };

export type ParticipantState = { 
/**
 * The result's id: the same in the group and in the participant file.
 */
resultId: string, 
/**
 * The name given when joining.
 */
name: string, 
/**
 * The statement list to answer.
 */
instrument: InstrumentView, 
/**
 * The answers the laptop has, by statement id (`null` = "weet ik niet").
 */
answers: Record<string, number | null>, 
/**
 * The highest answer counter the laptop has seen.
 */
seq: number, 
/**
 * The scan is finished and in the group.
 */
finished: boolean, 
/**
 * The group's shared situation to rate after the scan; `None` when the
 * group has none.
 */
situation: LiveSituationState | null, };

export type LiveSituationState = { 
/**
 * Its name, as the facilitator wrote it.
 */
name: string, 
/**
 * The situation list's statement ids, in order.
 */
statements: Array<string>, 
/**
 * The answers the laptop has, by statement id (`null` = "weet ik niet").
 */
answers: Record<string, number | null>, 
/**
 * The highest answer counter the laptop has seen for it.
 */
seq: number, 
/**
 * The rating is stored in the group.
 */
finished: boolean, };

export type LiveRatingOutcome = { "kind": "complete" } | { "kind": "incomplete", 
/**
 * Per role short of answers, how many.
 */
shortfalls: Array<ShortfallView>, };

export type Joined = { 
/**
 * Sent back with every request (`Authorization: Bearer …`); lets the
 * phone write and read its own answers, nothing else.
 */
token: string, 
/**
 * The new participant.
 */
participant: ParticipantState, };

export type LiveResultView = { 
/**
 * Scores and shares per role.
 */
roles: Array<RoleScoreView>, 
/**
 * Which role is highest and which lowest, and how sure.
 */
mix: Mix, 
/**
 * Which spread the noise (the mix, the margins) was estimated from.
 */
basis: NoiseBasis, 
/**
 * How strongly the roles are recognised overall.
 */
level: Level, 
/**
 * The mean of the three scores.
 */
meanScore: number, 
/**
 * The radar chart as SVG, labelled in the phone's language; `None`
 * when it could not be drawn.
 */
chartSvg: string | null, };

export type LiveFinishOutcome = { "kind": "complete", 
/**
 * The participant's own result.
 */
result: LiveResultView, } | { "kind": "incomplete", 
/**
 * Roles that need more answers.
 */
shortfalls: Array<ShortfallView>, };

export type LiveCounts = { 
/**
 * Phones that joined.
 */
joined: number, 
/**
 * Joined, but not one answer yet: told apart, so a flood of joins (or
 * phones that left) shows, and the facilitator can remove them.
 */
waiting: number, 
/**
 * Joined, answered something, not finished.
 */
answering: number, 
/**
 * Finished: their result is in the group.
 */
finished: number, };

export type DeviceView = { 
/**
 * Its IP address, as text.
 */
address: string, 
/**
 * Participants that joined from it and have not finished.
 */
participants: number, 
/**
 * Of those, the ones without a single answer.
 */
waiting: number, 
/**
 * Connections it has open now.
 */
connections: number, 
/**
 * Requests and connections refused because it was over its share.
 */
refused: number, 
/**
 * The facilitator blocked it: it gets nothing more.
 */
blocked: boolean, };

export type NetworkAddress = { 
/**
 * The interface's name (`wlan0`, `eth0`).
 */
interface: string, 
/**
 * The IPv4 address, as text.
 */
address: string, 
/**
 * The interface the default route goes through: most likely the room's
 * network.
 */
isDefault: boolean, };

export type LiveStatus = { 
/**
 * The group the results go into (a session for a workshop group).
 */
groupId: string | null, 
/**
 * The request colleagues answer (a session for colleagues).
 */
requestId: string | null, 
/**
 * The address phones open, e.g. `http://192.168.1.20:7878/`.
 */
url: string, 
/**
 * The same address with the join code filled in, as the QR code holds it.
 */
joinUrl: string, 
/**
 * The QR code for `join_url`, as SVG.
 */
qrSvg: string, 
/**
 * The join code (six characters).
 */
code: string, 
/**
 * New phones may join.
 */
joining: boolean, 
/**
 * The facilitator has shown the group's results.
 */
revealed: boolean, 
/**
 * How far the room is.
 */
counts: LiveCounts, 
/**
 * The devices that hold most (at most [`MAX_DEVICES_SHOWN`]), blocked
 * ones first; for the facilitator's "a device spoils the room" panel.
 */
devices: Array<DeviceView>, };

export type QualityScope = { "kind": "group", 
/**
 * Group UUID.
 */
id: string, } | { "kind": "allGroups", 
/**
 * Statement-list version.
 */
version: number, };

export type ListResults = { 
/**
 * Statement-list version.
 */
version: number, 
/**
 * Different results of it over all groups.
 */
results: number, };

export type ItemQualityView = { 
/**
 * Statement id (its words are `statement-<id>` in the UI's language).
 */
id: string, 
/**
 * Agreeing says less of the role.
 */
reversed: boolean, 
/**
 * Results with an answer on the scale (not "weet ik niet").
 */
n: number, 
/**
 * Mean raw answer (1–5); `None` with fewer than two answers.
 */
mean: number | null, 
/**
 * Sample standard deviation of the raw answers.
 */
sd: number | null, 
/**
 * Item-rest correlation; `None` without spread.
 */
itemRest: number | null, 
/**
 * The mean is above 4.2: almost everyone agrees.
 */
almostAllAgree: boolean, 
/**
 * The spread is below 0.8: almost everyone answers the same.
 */
almostAllSame: boolean, 
/**
 * The item-rest correlation is below 0.2: it measures something else
 * than the rest of its role.
 */
fitsPoorly: boolean, };

export type RoleQualityView = { 
/**
 * The role.
 */
role: RoleKey, 
/**
 * Results that answered every statement of the role on the scale.
 */
complete: number, 
/**
 * Cronbach's alpha; `None` without spread.
 */
alpha: number | null, 
/**
 * Lower end of its 95 % confidence interval.
 */
alphaLow: number | null, 
/**
 * Upper end.
 */
alphaHigh: number | null, 
/**
 * The role's statements in list order.
 */
items: Array<ItemQualityView>, };

export type RoleCorrelation = { 
/**
 * One role.
 */
a: RoleKey, 
/**
 * The other.
 */
b: RoleKey, 
/**
 * Pearson's r; `None` when a role's scores have no spread.
 */
r: number | null, };

export type RoleRetestView = { 
/**
 * The role.
 */
role: RoleKey, 
/**
 * The test–retest correlation; `None` without spread.
 */
correlation: number | null, 
/**
 * Its 95 % interval, from four pairs on.
 */
correlationLow: number | null, 
/**
 * Upper end of the interval.
 */
correlationHigh: number | null, 
/**
 * The mean change from the first to the second time, in points.
 */
meanChange: number, 
/**
 * The real standard error of a difference (SD of the changes), points.
 */
realError: number, 
/**
 * What the noise model assumed for the same pairs, points.
 */
assumedError: number | null, };

export type RetestView = { 
/**
 * People who answered twice (pairs in scope).
 */
pairs: number, 
/**
 * Pairs needed before anything is shown.
 */
minPairs: number, 
/**
 * The middle number of days between the two results.
 */
medianDays: number | null, 
/**
 * Per role, in B, O, V order; empty below `min_pairs`.
 */
roles: Array<RoleRetestView>, };

export type QualityView = { 
/**
 * What was asked for.
 */
scope: QualityScope, 
/**
 * The group's name, for one group.
 */
groupName: string | null, 
/**
 * The list the figures are about.
 */
version: number, 
/**
 * Results of that list in scope.
 */
results: number, 
/**
 * Results needed before anything is shown.
 */
minResults: number, 
/**
 * Lists that groups hold results of, for "all groups together".
 */
lists: Array<ListResults>, 
/**
 * Per role, in B, O, V order; empty below `min_results`.
 */
roles: Array<RoleQualityView>, 
/**
 * B–O, B–V, O–V; empty below `min_results`.
 */
correlations: Array<RoleCorrelation>, 
/**
 * The retest: people who answered twice, paired without names.
 */
retest: RetestView, };

export type SituationSummary = { 
/**
 * Its id.
 */
id: string, 
/**
 * Its name, as the person wrote it.
 */
name: string, 
/**
 * The person's note; empty when none.
 */
note: string, 
/**
 * When it was named (Unix ms).
 */
createdAt: number, 
/**
 * Its completed ratings, newest first.
 */
ratings: Array<RatingSummary>, 
/**
 * A rating begun and not finished.
 */
draft: RatingDraftSummary | null, };

export type RatingSummary = { 
/**
 * Its id.
 */
id: string, 
/**
 * When it was finished (Unix ms).
 */
completedAt: number, 
/**
 * The version of the situation list it was answered to.
 */
listVersion: number, 
/**
 * Whether this build knows that list: a rating of an unknown list is
 * shown, not set beside a result.
 */
known: boolean, 
/**
 * What the situation asks of each role, in role order.
 */
roles: Array<RoleScoreView>, };

export type RatingDraftSummary = { 
/**
 * Its id.
 */
ratingId: string, 
/**
 * How many statements have an answer.
 */
answered: number, 
/**
 * How many statements the list has.
 */
total: number, };

export type RatingSheet = { 
/**
 * The rating's id.
 */
ratingId: string, 
/**
 * The situation it rates.
 */
situationId: string, 
/**
 * The situation's name.
 */
situationName: string, 
/**
 * The statement ids in order (their words are
 * `situation-statement-<id>`).
 */
statements: Array<string>, 
/**
 * The answers so far.
 */
answers: { [statement in string]: 1 | 2 | 3 | 4 | 5 | null }, };

export type RatingOutcome = { "kind": "complete", 
/**
 * The situation.
 */
situationId: string, 
/**
 * The rating.
 */
ratingId: string, } | { "kind": "incomplete", 
/**
 * Per role short of answers, how many.
 */
shortfalls: Array<ShortfallView>, };

export type GapView = { 
/**
 * The margin of the person's score.
 */
ownMargin: Margin | null, 
/**
 * The margin of what the situation asks.
 */
askedMargin: Margin | null, 
/**
 * The role.
 */
role: RoleKey, 
/**
 * The person's score (0–100).
 */
own: number, 
/**
 * What the situation asks (0–100).
 */
asked: number, 
/**
 * `asked − own`, in points.
 */
gap: number, 
/**
 * Half-width of the band within which the gap may be noise, in points;
 * `None` when the noise of either measurement is unknown.
 */
band: number | null, 
/**
 * What the situation asks of the role next to what the person shows;
 * `None` when the noise is unknown.
 */
asks: Difference | null, };

export type ResultChoice = { 
/**
 * Its id.
 */
id: string, 
/**
 * When it was finished (Unix ms).
 */
completedAt: number, 
/**
 * Its label; empty when none.
 */
label: string, };

export type SituationView = { 
/**
 * The situation with all its ratings.
 */
situation: SituationSummary, 
/**
 * The rating shown.
 */
rating: RatingSummary, 
/**
 * The result it is set beside: the one asked for, else the latest;
 * `None` when there is no result yet.
 */
result: ResultChoice | null, 
/**
 * Every result, newest first, to choose another.
 */
results: Array<ResultChoice>, 
/**
 * Per role, in role order; empty without a result or when the
 * rating's list is unknown.
 */
gaps: Array<GapView>, 
/**
 * Both profiles on one radar; `None` without a result.
 */
chartSvg: string | null, 
/**
 * The role the situation asks most more of than the person shows, for
 * a development goal; `None` when it asks no role more.
 */
largest: RoleKey | null, 
/**
 * How the situation changed since the rating before this one, with the
 * change verdict of two results; `None` for its first rating.
 */
since: RatingChangeView | null, };

export type RatingChangeView = { 
/**
 * When the earlier rating was finished (Unix ms).
 */
earlierCompletedAt: number, 
/**
 * Per role, in role order.
 */
changes: Array<RoleChangeView>, };

export type GroupSituationView = { 
/**
 * Its name.
 */
name: string, 
/**
 * The facilitator's note; empty when none.
 */
note: string, 
/**
 * How many participants rated it.
 */
ratings: number, 
/**
 * Whether enough rated it to show figures (as for results: three).
 */
enough: boolean, 
/**
 * Per role, in role order (when enough).
 */
roles: Array<GroupSituationRole>, 
/**
 * The group's mean and the situation's mean on one radar (when both
 * have enough).
 */
chartSvg: string | null, };

export type ColleagueRole = { 
/**
 * The role.
 */
role: RoleKey, 
/**
 * The person's own score (0–100).
 */
own: number, 
/**
 * The colleagues' mean score.
 */
mean: number, 
/**
 * The lowest colleague's score.
 */
lowest: number, 
/**
 * The highest colleague's score.
 */
highest: number, 
/**
 * `mean − own`, in points.
 */
gap: number, 
/**
 * Half-width of the band within which the gap may be noise; `None`
 * when the person's noise is unknown.
 */
band: number | null, 
/**
 * The verdict; `None` when the noise is unknown.
 */
seen: Difference | null, };

export type RequestSummary = { 
/**
 * Its id.
 */
id: string, 
/**
 * The name colleagues know the person by; empty when none.
 */
knownAs: string, 
/**
 * The form's language.
 */
language: "nl" | "en", 
/**
 * Its open questions, in order.
 */
questions: Array<string>, 
/**
 * When it was made (Unix ms).
 */
createdAt: number, 
/**
 * How many colleagues' answers came back.
 */
answered: number, };

export type OpenAnswersView = { 
/**
 * The question as asked.
 */
question: string, 
/**
 * The answers as written, in random order, empty ones left out.
 */
answers: Array<string>, };

export type ColleagueView = { 
/**
 * The request.
 */
request: RequestSummary, 
/**
 * How many colleagues it takes before anything is shown.
 */
needed: number, 
/**
 * Colleagues whose answers count (enough answers in every role).
 */
counted: number, 
/**
 * Colleagues who answered too few statements to count.
 */
tooFewAnswers: number, 
/**
 * The result it is set beside: the one asked for, else the latest.
 */
result: ResultChoice | null, 
/**
 * Every result, newest first, to choose another.
 */
results: Array<ResultChoice>, 
/**
 * Per role, in role order; empty below `needed` or without a result.
 */
roles: Array<ColleagueRole>, 
/**
 * The person and the colleagues (mean, lowest to highest) on one
 * radar; `None` when `roles` is empty.
 */
chartSvg: string | null, 
/**
 * The open answers; empty below `needed`.
 */
open: Array<OpenAnswersView>, };

export type CodeReason = "not-a-code" | "too-long" | "damaged" | "newer-version" | "out-of-range" | "too-much-text" | "bad-text" | "other-request" | "other-list" | "wrong-count" | "conflict" | "refused";

export type CodeProblem = { 
/**
 * Which code, counted from 1 in the order given.
 */
number: number, 
/**
 * Why.
 */
reason: CodeReason, };

export type CodesReport = { 
/**
 * New answers added.
 */
added: number, 
/**
 * Codes that were already there (sent twice).
 */
already: number, 
/**
 * Codes not added, each with why (at most the listing limit).
 */
problems: Array<CodeProblem>, 
/**
 * Codes beyond the limit of one go, or past the listing limit, not
 * read or not listed.
 */
notRead: number, 
/**
 * Files that could not be read (too large, or not there any more).
 */
filesUnread: number, 
/**
 * How many colleagues' answers the request has now.
 */
answered: number, };

export type AboutView = { 
/**
 * This build's version ("0.1.0").
 */
version: string, 
/**
 * The statement lists about a person in this build, oldest first.
 */
lists: Array<ListInBuild>, 
/**
 * The situation lists in this build, oldest first.
 */
situationLists: Array<ListInBuild>, 
/**
 * The data folder, in full; `None` when nothing can be saved.
 */
dataFolder: string | null, 
/**
 * The database file's name in that folder.
 */
database: string | null, 
/**
 * The log file, in full, when there is one.
 */
log: string | null, };

export type ListInBuild = { 
/**
 * Its version.
 */
version: number, 
/**
 * How many statements it has.
 */
statements: number, 
/**
 * Whether new scans (or ratings) use it.
 */
current: boolean, };

export type GroupSituationRole = { 
/**
 * The role.
 */
role: RoleKey, 
/**
 * What the participants say the situation asks: mean, spread, range.
 */
asked: RoleStats, 
/**
 * The group's own mean (when the group has enough results).
 */
groupMean: number | null, 
/**
 * Whether the situation asks clearly more or less of the role than the
 * group shows (the means of two groups of measurements; `None` when
 * the group has too few results or no spread).
 */
asks: Difference | null, };

/** Limits Rust keeps, for what the UI says about them. */
export const LIMITS = {
  /** Entries of one list read from one file: results, or one group's participants. */
  maxEntries: 10000,
  /** Groups read from one backup. */
  maxGroups: 1000,
  /** The largest participant file (also when dropped on the window). */
  maxParticipantBytes: 65536,
  /** Results compared at once. */
  maxCompared: 5,
  /** The largest file of colleagues' answer codes (also when dropped). */
  maxCodeFileBytes: 4194304,
  /** Answer codes read in one go. */
  maxCodesAtOnce: 200,
} as const;

/** The roles, in the axis order used everywhere. */
export const ROLES = ["bureaucraat", "ondernemer", "verbinder"] as const;

/** The reflection questions, in the book's order. */
export const QUESTIONS = ["picture", "preference", "pitfalls", "work-asks"] as const;

/** A reflection question's key. */
export type QuestionKey = (typeof QUESTIONS)[number];
