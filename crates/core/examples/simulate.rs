//! A seeded synthetic population answering a statement list, to see how the
//! scoring rules behave. **A simulation, not evidence about real civil
//! servants**: it shows what the rules do *if* people answered as the model
//! says; real evidence comes from real groups ("Hoe goed meet de lijst?").
//!
//! The model (`docs/SIMULATION.md` says it in words):
//! - each person has three latent role strengths θ = (θB, θO, θV), standard
//!   normal with known correlations (`TRUE_CORRELATIONS`);
//! - each statement answers by a graded-response model: discrimination a
//!   and four ordered thresholds; P(answer ≥ k) = 1 / (1 + e^(−a(t − bₖ)))
//!   with t = θ of its role for a positive statement and −θ for a reversed
//!   one (agreeing with a reversed statement means *less* of the role);
//! - "noise": each answer moves one step (up or down; at the ends inwards)
//!   with probability 0.2, as in the review of list v1; and a *retest* is a
//!   second, independent set of answers from the same θ (or from θ with
//!   one role moved by 0.5 or 1 SD, a real change);
//! - `styles`: a second model, with answering styles (each person's
//!   tendency to agree, and to use the ends of the scale) and statements of
//!   more unequal difficulty — the ways real answers differ from the plain
//!   model that make a person's spread a cautious estimate of their noise.
//!
//! Every rule is the app's own: `score`, `Profile::centred`, `mix_with`,
//! `margins_with` and `change_with` from this crate.
//!
//! Run: `cargo run --release -p rolspiegel-core --example simulate -- [list.json] [people] [seed] [pure|styles]`
//! (`pure`: leave out v1's cross-loadings, see [`V1_CROSS`]).

#![allow(clippy::print_stdout, clippy::expect_used, clippy::unwrap_used)]

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, StandardNormal, Uniform};
use rolspiegel_core::{
    change_with, colleagues_view_with, gaps_with, margins_with, mix_with, score, Answer, Answers,
    Bands, Centres, Difference, Instrument, Keying, Likert, Measured, Mix, Noise, Role, Sure,
    CHANGE_PROBABLY_Z, CHANGE_Z, GAP_Z, MARGIN_Z, MIX_BANDS,
};

/// Latent correlations B–O, B–V, O–V: people can be strong in more than one
/// role, so mildly positive.
const TRUE_CORRELATIONS: [f64; 3] = [0.1, 0.2, 0.3];

/// Probability that an answer moves one step, as in the review.
const NUDGE: f64 = 0.2;

/// List v1's reversed statements that the review read as another role's
/// positive pole (or, for b12, as the Verbinder's negative pole): agreeing
/// with them says *more* of that other role, not only less of their own.
/// Modelled as t = 0.8 · (−θ own) + 0.6 · (±θ other); an assumption that
/// stands for the review's reading, stated in docs/SIMULATION.md.
const V1_CROSS: [(&str, Role, f64); 13] = [
    ("b08", Role::Ondernemer, 1.0),
    ("b10", Role::Verbinder, 1.0),
    ("b11", Role::Ondernemer, 1.0),
    ("b12", Role::Verbinder, -1.0),
    ("b14", Role::Ondernemer, 1.0),
    ("o08", Role::Bureaucraat, 1.0),
    ("o10", Role::Verbinder, 1.0),
    ("o11", Role::Bureaucraat, 1.0),
    ("o13", Role::Verbinder, 1.0),
    ("o14", Role::Bureaucraat, 1.0),
    ("v09", Role::Bureaucraat, 1.0),
    ("v11", Role::Bureaucraat, 1.0),
    ("v13", Role::Ondernemer, 1.0),
];

struct Item {
    id: String,
    role: Role,
    keying: Keying,
    /// Another role this statement also says something about, with its sign.
    cross: Option<(Role, f64)>,
    a: f64,
    b: [f64; 4],
}

/// The spread of the statements' locations (how easy each is to agree with):
/// 0.5 in the plain model, 1.0 with `styles`.
fn items(instrument: &Instrument, rng: &mut ChaCha8Rng, pure: bool, spread: f64) -> Vec<Item> {
    let discrimination = Uniform::new(1.0, 2.2).unwrap();
    instrument
        .statements()
        .iter()
        .map(|s| {
            let location: f64 = spread * rng.sample::<f64, _>(StandardNormal);
            let cross = V1_CROSS
                .iter()
                .find(|(id, _, _)| !pure && instrument.version() == 1 && *id == s.id.as_str())
                .map(|(_, role, sign)| (*role, *sign));
            Item {
                id: s.id.as_str().to_owned(),
                role: s.role,
                keying: s.keying,
                cross,
                a: discrimination.sample(rng),
                b: [-1.8, -0.6, 0.4, 1.5].map(|step| location + step),
            }
        })
        .collect()
}

/// Three correlated standard normals (Cholesky of the correlation matrix).
fn person(rng: &mut ChaCha8Rng) -> [f64; 3] {
    let [r_bo, r_bv, r_ov] = TRUE_CORRELATIONS;
    let z: [f64; 3] = [0; 3].map(|_| rng.sample(StandardNormal));
    let l21 = r_bo;
    let l22 = (1.0 - l21 * l21).sqrt();
    let l31 = r_bv;
    let l32 = (r_ov - l31 * l21) / l22;
    let l33 = (1.0 - l31 * l31 - l32 * l32).sqrt();
    [
        z[0],
        l21 * z[0] + l22 * z[1],
        l31 * z[0] + l32 * z[1] + l33 * z[2],
    ]
}

/// A person: three role strengths and an answering style.
#[derive(Debug, Clone, Copy)]
struct Person {
    theta: [f64; 3],
    /// Added to every statement whatever its keying: a tendency to agree.
    agree: f64,
    /// The thresholds around each statement's location are scaled by
    /// e^(−extreme): above 0 the ends of the scale are used more.
    extreme: f64,
}

fn someone(rng: &mut ChaCha8Rng, styles: bool) -> Person {
    let theta = person(rng);
    let (agree, extreme) = if styles {
        (
            0.4 * rng.sample::<f64, _>(StandardNormal),
            0.3 * rng.sample::<f64, _>(StandardNormal),
        )
    } else {
        (0.0, 0.0)
    };
    Person {
        theta,
        agree,
        extreme,
    }
}

fn respond(item: &Item, who: &Person, rng: &mut ChaCha8Rng) -> u8 {
    let theta = &who.theta;
    let own = theta[item.role.index()];
    let t = match (item.keying, item.cross) {
        (Keying::Positive, _) => own,
        (Keying::Reverse, None) => -own,
        (Keying::Reverse, Some((other, sign))) => 0.8 * -own + 0.6 * sign * theta[other.index()],
    } + who.agree;
    let location = (item.b[1] + item.b[2]) / 2.0;
    let scale = (-who.extreme).exp();
    let u: f64 = rng.random();
    1 + item
        .b
        .iter()
        .filter(|&&b| u < 1.0 / (1.0 + (-item.a * (t - (location + (b - location) * scale))).exp()))
        .count() as u8
}

/// The score a person would get on average over endless retests: the
/// expected keyed answer per statement, averaged over the role, on 0–100.
fn true_scores(items: &[Item], who: &Person) -> [f64; 3] {
    let mut sums = [(0.0, 0.0); 3];
    for item in items {
        let theta = &who.theta;
        let own = theta[item.role.index()];
        let t = match (item.keying, item.cross) {
            (Keying::Positive, _) => own,
            (Keying::Reverse, None) => -own,
            (Keying::Reverse, Some((other, sign))) => {
                0.8 * -own + 0.6 * sign * theta[other.index()]
            }
        } + who.agree;
        let location = (item.b[1] + item.b[2]) / 2.0;
        let scale = (-who.extreme).exp();
        let raw: f64 = 1.0
            + item
                .b
                .iter()
                .map(|&b| 1.0 / (1.0 + (-item.a * (t - (location + (b - location) * scale))).exp()))
                .sum::<f64>();
        let keyed = match item.keying {
            Keying::Positive => raw,
            Keying::Reverse => 6.0 - raw,
        };
        let i = item.role.index();
        sums[i].0 += 25.0 * (keyed - 1.0);
        sums[i].1 += 1.0;
    }
    sums.map(|(s, n)| s / n)
}

fn answers(instrument: &Instrument, raw: &[u8], items: &[Item]) -> Answers {
    let mut answers = Answers::new(instrument);
    for (item, &value) in items.iter().zip(raw) {
        let answer = Answer::Scale(Likert::new(i64::from(value)).unwrap());
        answers.record(instrument, &item.id, answer).unwrap();
    }
    answers
}

fn nudged(raw: &[u8], rng: &mut ChaCha8Rng) -> Vec<u8> {
    raw.iter()
        .map(|&v| {
            if rng.random::<f64>() >= NUDGE {
                v
            } else if v == 1 {
                2
            } else if v == 5 || rng.random::<bool>() {
                v - 1
            } else {
                v + 1
            }
        })
        .collect()
}

/// A result as the app scores it: with the keyed answers' own spread, or
/// (given statement means) with the spread around them.
fn measured(instrument: &Instrument, answers: &Answers, centres: Option<&Centres>) -> Measured {
    let profile = score(instrument, answers).expect("every statement answered");
    Measured {
        profile: match centres {
            Some(c) => profile.centred(instrument, answers, c),
            None => profile,
        },
        instrument_version: instrument.version(),
    }
}

/// Cronbach's alpha of one role's keyed answers over the population.
fn alpha(keyed: &[Vec<f64>]) -> f64 {
    let k = keyed[0].len() as f64;
    let n = keyed.len() as f64;
    let var = |xs: &mut dyn Iterator<Item = f64>| {
        let v: Vec<f64> = xs.collect();
        let m = v.iter().sum::<f64>() / n;
        v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (n - 1.0)
    };
    let items: f64 = (0..keyed[0].len())
        .map(|j| var(&mut keyed.iter().map(|row| row[j])))
        .sum();
    let total = var(&mut keyed.iter().map(|row| row.iter().sum()));
    k / (k - 1.0) * (1.0 - items / total)
}

fn correlation(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}

fn percent(count: usize, of: usize) -> String {
    format!("{:.1} %", 100.0 * count as f64 / of.max(1) as f64)
}

/// Whether a claim "a is higher than b" is true of the person.
fn true_claim(theta: &[f64; 3], (a, b, _): &(Role, Role, Sure)) -> bool {
    theta[a.index()] > theta[b.index()]
}

/// How one set of mix bands did over the population.
#[derive(Debug, Clone, Default)]
struct MixTally {
    /// The mix says anything at all.
    informative: usize,
    /// People whose true strongest role leads the second by 1 SD or more…
    lead_one_sd: usize,
    /// …who hear it named as the highest (or higher) role.
    lead_one_sd_heard: usize,
    /// People told something, and those of them told something wrong.
    told: usize,
    told_wrong: usize,
    /// Claims made, and wrong ones, by sureness (probably, clearly).
    claims: [usize; 2],
    claims_wrong: [usize; 2],
    /// The sentence changes after nudged answers / a retest.
    nudge_changes: usize,
    retest_changes: usize,
    /// Claims whose wording (made at all, with the same sureness) changes after nudged answers.
    claim_nudge_changes: usize,
    /// A claim turned round after nudged answers.
    nudge_reversals: usize,
}

impl MixTally {
    fn add(&mut self, theta: &[f64; 3], first: Mix, nudged: Mix, retest: Mix) {
        let claims = first.claims();
        if first != Mix::Blended {
            self.informative += 1;
        }
        let mut order = [0_usize, 1, 2];
        order.sort_by(|&a, &b| theta[b].total_cmp(&theta[a]));
        if theta[order[0]] - theta[order[1]] >= 1.0 {
            self.lead_one_sd += 1;
            if first.highest().map(Role::index) == Some(order[0]) {
                self.lead_one_sd_heard += 1;
            }
        }
        if !claims.is_empty() {
            self.told += 1;
            if claims.iter().any(|c| !true_claim(theta, c)) {
                self.told_wrong += 1;
            }
        }
        let after = nudged.claims();
        for claim in &claims {
            let i = usize::from(claim.2 == Sure::Clearly);
            self.claims[i] += 1;
            if !true_claim(theta, claim) {
                self.claims_wrong[i] += 1;
            }
            if !after.contains(claim) {
                self.claim_nudge_changes += 1;
            }
            if after.iter().any(|(a, b, _)| *a == claim.1 && *b == claim.0) {
                self.nudge_reversals += 1;
            }
        }
        self.nudge_changes += usize::from(first != nudged);
        self.retest_changes += usize::from(first != retest);
    }
}

/// How the change verdict did: false alarms on an unchanged retest, power
/// on a real change of one role.
#[derive(Debug, Clone, Default)]
struct ChangeTally {
    /// Unchanged retest: some role told probably / clearly changed.
    alarms: [usize; 2],
    /// A real change of 0.5 and of 1 SD in one role: told probably (or
    /// clearly) / clearly changed, in the right direction.
    power: [[usize; 2]; 2],
    /// The range holds the true change (per role, unchanged and changed).
    range_holds: usize,
    ranges: usize,
}

/// Sum of squares: the real variance of a retest difference against the one
/// the model assumed.
#[derive(Debug, Clone, Default)]
struct Calibration {
    real: f64,
    assumed: f64,
    n: usize,
    /// A score's margin holds its true score.
    covered: usize,
    margins: usize,
}

/// The rule before this one: a role named only when it clearly (3.5
/// standard errors) leads both others, else "no role stands out".
fn two_labels(mix: Mix) -> Option<Role> {
    match mix {
        Mix::Highest {
            role,
            sure: Sure::Clearly,
        } => Some(role),
        Mix::Ordered {
            highest,
            highest_sure: Sure::Clearly,
            ..
        } => Some(highest),
        _ => None,
    }
}

fn beyond(noise: &Noise, sure: Sure) -> bool {
    matches!(noise, Noise::Beyond { sure: s, .. } if *s >= sure)
}

/// What a situation asks next to the person (docs/SCORING.md § 13): each
/// person also rates a situation whose true demands are three standard
/// normals of their own; per role the gap verdict ("asks clearly more /
/// about the same / clearly less") is compared with the truth and with the
/// verdict after both answer sets are nudged.
fn situations(
    instrument: &Instrument,
    items: &[Item],
    styles: bool,
    people: usize,
    rng: &mut ChaCha8Rng,
) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../assets/instrument/situation-v1.json"
    );
    let list = Instrument::from_json(&std::fs::read_to_string(path).expect("the situation list"))
        .expect("a valid list");
    let asked_items = self::items(&list, rng, true, if styles { 1.0 } else { 0.5 });
    const ZS: [f64; 4] = [1.96, GAP_Z, 3.0, 3.5];
    let mut tally = [Verdicts::default(); 4];
    for _ in 0..people {
        let who = someone(rng, styles);
        // The situation's true demands, rated by the same person (their
        // answering style colours both).
        let situation = Person {
            theta: [0; 3].map(|_| rng.sample(StandardNormal)),
            ..who
        };
        let own_raw: Vec<u8> = items.iter().map(|i| respond(i, &who, rng)).collect();
        let asked_raw: Vec<u8> = asked_items
            .iter()
            .map(|i| respond(i, &situation, rng))
            .collect();
        let truth_own = true_scores(items, &who);
        let truth_asked = true_scores(&asked_items, &situation);
        let own = measured(instrument, &answers(instrument, &own_raw, items), None).profile;
        let asked = measured(&list, &answers(&list, &asked_raw, &asked_items), None).profile;
        let own_n = measured(
            instrument,
            &answers(instrument, &nudged(&own_raw, rng), items),
            None,
        )
        .profile;
        let asked_n = measured(
            &list,
            &answers(&list, &nudged(&asked_raw, rng), &asked_items),
            None,
        )
        .profile;
        let truth = [0, 1, 2].map(|r| truth_asked[r] - truth_own[r]);
        let signs = |gaps: [rolspiegel_core::RoleGap; 3]| gaps.map(|g| g.asks.map(sign));
        for (k, z) in ZS.iter().enumerate() {
            tally[k].add(
                signs(gaps_with(&own, &asked, *z)),
                signs(gaps_with(&own_n, &asked_n, *z)),
                truth,
            );
        }
    }
    println!(
        "\n== what a situation asks, next to the person (situation list v{}) ==",
        list.version()
    );
    println!(
        "{:<18} {:>16} {:>8} {:>22} {:>18} {:>10}",
        "gap bound (SE)",
        "roles told more/less",
        "right",
        "nudged: a person's verdicts change",
        "nudged: a role's",
        "reversed"
    );
    for (k, z) in ZS.iter().enumerate() {
        tally[k].print("", *z, people);
    }
}

/// A three-role verdict ("clearly more / about the same / clearly less")
/// as a sign: +1, 0, −1.
fn sign(difference: Difference) -> i8 {
    match difference {
        Difference::More => 1,
        Difference::About => 0,
        Difference::Less => -1,
    }
}

/// How a three-role verdict did at one bound over the people simulated:
/// roles told more or less, of them right in direction; people and roles
/// whose verdict changes after nudged answers; verdicts turned round.
#[derive(Debug, Default, Clone, Copy)]
struct Verdicts {
    told: usize,
    right: usize,
    person_changes: usize,
    role_changes: usize,
    reversed: usize,
}

impl Verdicts {
    /// One person's verdicts as signs (`None` when unknown), before and
    /// after nudging, with the true differences.
    fn add(&mut self, first: [Option<i8>; 3], again: [Option<i8>; 3], truth: [f64; 3]) {
        let mut changed = false;
        for r in 0..3 {
            let (a, b) = (first[r], again[r]);
            if a != b {
                self.role_changes += 1;
                changed = true;
            }
            if matches!((a, b), (Some(x), Some(y)) if x * y < 0) {
                self.reversed += 1;
            }
            if let Some(sign) = a.filter(|s| *s != 0) {
                self.told += 1;
                self.right += usize::from(f64::from(sign) * truth[r] > 0.0);
            }
        }
        self.person_changes += usize::from(changed);
    }

    fn print(&self, first_column: &str, z: f64, people: usize) {
        let app = if z == GAP_Z { " (app)" } else { "" };
        let prefix = if first_column.is_empty() {
            String::new()
        } else {
            format!("{first_column:<10} ")
        };
        println!(
            "{prefix}{:<18} {:>16} {:>8} {:>22} {:>18} {:>10}",
            format!("{z}{app}"),
            percent(self.told, 3 * people),
            percent(self.right, self.told),
            percent(self.person_changes, people),
            percent(self.role_changes, 3 * people),
            percent(self.reversed, 3 * people),
        );
    }
}

/// How colleagues see the person next to their own view (docs/SCORING.md
/// § 14). The person's self-view is their strengths plus a bias of their
/// own per role (spread [`SELF_BIAS`]); each colleague sees the strengths
/// plus an idiosyncrasy of their own (spread [`OTHER_BIAS`]) and answers
/// the colleagues' list, modelled as the same statements, in their own
/// answering style. The truth a verdict is held to: the strengths as an
/// average colleague sees them against the self-view, both without style.
fn colleagues(
    items: &[Item],
    instrument: &Instrument,
    styles: bool,
    people: usize,
    rng: &mut ChaCha8Rng,
) {
    const SELF_BIAS: f64 = 0.5;
    const OTHER_BIAS: f64 = 0.5;
    const ZS: [f64; 4] = [1.96, GAP_Z, 3.0, 3.5];
    println!("\n== how colleagues see the person, next to their own view ==");
    println!(
        "{:<10} {:<18} {:>16} {:>8} {:>22} {:>18} {:>10}",
        "colleagues",
        "bound (SE)",
        "roles told more/less",
        "right",
        "nudged: a person's verdicts change",
        "nudged: a role's",
        "reversed"
    );
    let plain = |theta: [f64; 3]| Person {
        theta,
        agree: 0.0,
        extreme: 0.0,
    };
    for n in [3_usize, 5] {
        let mut tally = [Verdicts::default(); 4];
        for _ in 0..people {
            let who = someone(rng, styles);
            let bias: [f64; 3] = [0; 3].map(|_| SELF_BIAS * rng.sample::<f64, _>(StandardNormal));
            let seen_self = [0, 1, 2].map(|r| who.theta[r] + bias[r]);
            let self_view = Person {
                theta: seen_self,
                ..who
            };
            let own_raw: Vec<u8> = items.iter().map(|i| respond(i, &self_view, rng)).collect();
            let others_raw: Vec<Vec<u8>> = (0..n)
                .map(|_| {
                    let style = someone(rng, styles);
                    let colleague = Person {
                        theta: [0, 1, 2].map(|r| {
                            who.theta[r] + OTHER_BIAS * rng.sample::<f64, _>(StandardNormal)
                        }),
                        ..style
                    };
                    items.iter().map(|i| respond(i, &colleague, rng)).collect()
                })
                .collect();
            let profile =
                |raw: &[u8]| measured(instrument, &answers(instrument, raw, items), None).profile;
            let own = profile(&own_raw);
            let others: Vec<_> = others_raw.iter().map(|r| profile(r)).collect();
            let own_n = profile(&nudged(&own_raw, rng));
            let others_n: Vec<_> = others_raw
                .iter()
                .map(|r| profile(&nudged(r, rng)))
                .collect();
            let truth_self = true_scores(items, &plain(seen_self));
            let truth_others = true_scores(items, &plain(who.theta));
            let truth = [0, 1, 2].map(|r| truth_others[r] - truth_self[r]);
            let signs =
                |own: &rolspiegel_core::Profile, others: &[rolspiegel_core::Profile], z: f64| {
                    colleagues_view_with(own, others, z)
                        .expect("enough colleagues")
                        .map(|r| r.seen.map(sign))
                };
            for (k, z) in ZS.iter().enumerate() {
                tally[k].add(
                    signs(&own, &others, *z),
                    signs(&own_n, &others_n, *z),
                    truth,
                );
            }
        }
        for (k, z) in ZS.iter().enumerate() {
            tally[k].print(&n.to_string(), *z, people);
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../assets/instrument/v2.json"
        )
        .to_owned()
    });
    let people: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let seed: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(2026);
    let variant = args.next().unwrap_or_default();
    // "pure": every statement measures its own role only (what v2 aims at).
    let pure = variant == "pure" || variant == "styles";
    let styles = variant == "styles";
    let instrument = Instrument::from_json(&std::fs::read_to_string(&path).expect("the list"))
        .expect("a valid list");
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let items = items(&instrument, &mut rng, pure, if styles { 1.0 } else { 0.5 });
    let answer = |who: &Person, rng: &mut ChaCha8Rng| -> Vec<u8> {
        items.iter().map(|i| respond(i, who, rng)).collect()
    };
    // The statement means the app would know: from the minimum number of
    // results it uses them from, of the same population.
    let calibration: Vec<Answers> = (0..Centres::MIN_RESULTS)
        .map(|_| {
            let who = someone(&mut rng, styles);
            answers(&instrument, &answer(&who, &mut rng), &items)
        })
        .collect();
    let centres = Centres::from_results(&instrument, &calibration).expect("enough results");

    const MIX_CANDIDATES: [Bands; 6] = [
        Bands {
            probably: 1.282,
            clearly: 3.5,
        },
        Bands {
            probably: 1.645,
            clearly: 3.5,
        },
        Bands {
            probably: 1.96,
            clearly: 3.0,
        },
        MIX_BANDS,
        Bands {
            probably: 2.326,
            clearly: 3.5,
        },
        Bands {
            probably: 3.5,
            clearly: 3.5,
        },
    ];
    // "Probably changed" from z: the app's (first) against others.
    const CHANGE_CANDIDATES: [f64; 3] = [CHANGE_PROBABLY_Z, 1.645, 2.394];
    let models: [(&str, Option<&Centres>); 2] = [
        ("answers' own spread", None),
        ("around statement means", Some(&centres)),
    ];
    let mut mix_tally = vec![vec![MixTally::default(); MIX_CANDIDATES.len()]; 2];
    let mut change_tally = vec![vec![ChangeTally::default(); CHANGE_CANDIDATES.len()]; 2];
    // The two-label rule before: named, lead ≥ 1 SD heard (of), changes
    // after nudged answers, after a retest.
    let mut before = [[0_usize; 5]; 2];
    let mut calibrated = vec![Calibration::default(); 2];
    let mut keyed: [Vec<Vec<f64>>; 3] = Default::default();
    let mut scores: [Vec<f64>; 3] = Default::default();
    let mut lead_flips = 0;
    const SHIFTS: [f64; 2] = [0.5, 1.0];

    for n in 0..people {
        let who = someone(&mut rng, styles);
        let raw = answer(&who, &mut rng);
        let nudged_raw = nudged(&raw, &mut rng);
        let retest_raw = answer(&who, &mut rng);
        // A real change: one role (in turn) moves up by 0.5 or 1 SD.
        let moved = Role::ALL[n % 3];
        let changed_raw = SHIFTS.map(|shift| {
            let mut later = who;
            later.theta[moved.index()] += shift;
            answer(&later, &mut rng)
        });
        let truth = true_scores(&items, &who);
        let changed_truth = SHIFTS.map(|shift| {
            let mut later = who;
            later.theta[moved.index()] += shift;
            true_scores(&items, &later)
        });
        let given = |raw: &[u8]| answers(&instrument, raw, &items);
        let (first_a, nudged_a, retest_a) = (given(&raw), given(&nudged_raw), given(&retest_raw));
        let changed_a = changed_raw.map(|raw| given(&raw));

        for role in Role::ALL {
            let i = role.index();
            keyed[i].push(
                items
                    .iter()
                    .zip(&raw)
                    .filter(|(item, _)| item.role == role)
                    .map(|(item, &v)| match item.keying {
                        Keying::Positive => f64::from(v),
                        Keying::Reverse => f64::from(6 - v),
                    })
                    .collect(),
            );
        }

        for (m, (_, basis)) in models.iter().enumerate() {
            let first = measured(&instrument, &first_a, *basis);
            let nudge = measured(&instrument, &nudged_a, *basis);
            let retest = measured(&instrument, &retest_a, *basis);
            if m == 0 {
                for (column, role) in scores.iter_mut().zip(&first.profile.roles) {
                    column.push(role.score);
                }
                let strongest = |p: &Measured| {
                    let s = p.profile.roles.map(|r| r.score);
                    (0..3).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap()
                };
                lead_flips += usize::from(strongest(&first) != strongest(&nudge));
            }
            assert_eq!(
                first.profile.mix,
                mix_with(&first.profile.roles, MIX_BANDS),
                "the profile's mix is the app's rule"
            );
            {
                let label = |p: &Measured| two_labels(mix_with(&p.profile.roles, MIX_BANDS));
                let (a, n, r) = (label(&first), label(&nudge), label(&retest));
                let b = &mut before[m];
                b[0] += usize::from(a.is_some());
                let mut order = [0_usize, 1, 2];
                order.sort_by(|&x, &y| who.theta[y].total_cmp(&who.theta[x]));
                if who.theta[order[0]] - who.theta[order[1]] >= 1.0 {
                    b[1] += 1;
                    b[2] += usize::from(a.map(Role::index) == Some(order[0]));
                }
                b[3] += usize::from(a != n);
                b[4] += usize::from(a != r);
            }
            for (bands, tally) in MIX_CANDIDATES.iter().zip(&mut mix_tally[m]) {
                let mix = |p: &Measured| mix_with(&p.profile.roles, *bands);
                tally.add(&who.theta, mix(&first), mix(&nudge), mix(&retest));
            }
            // The change verdict and its range.
            let unchanged = change_with(&first, &retest, CHANGE_PROBABLY_Z, CHANGE_Z);
            let later: Vec<Measured> = changed_a
                .iter()
                .map(|a| measured(&instrument, a, *basis))
                .collect();
            for (z, c) in CHANGE_CANDIDATES.iter().zip(&mut change_tally[m]) {
                let unchanged = change_with(&first, &retest, *z, CHANGE_Z);
                for (k, sure) in [Sure::Probably, Sure::Clearly].into_iter().enumerate() {
                    c.alarms[k] += usize::from(unchanged.iter().any(|r| beyond(&r.noise, sure)));
                }
                for (s, later) in later.iter().enumerate() {
                    let changes = change_with(&first, later, *z, CHANGE_Z);
                    let moved_change = &changes[moved.index()];
                    for (k, sure) in [Sure::Probably, Sure::Clearly].into_iter().enumerate() {
                        c.power[s][k] += usize::from(
                            moved_change.delta > 0.0 && beyond(&moved_change.noise, sure),
                        );
                    }
                    for (r, change) in changes.iter().enumerate() {
                        if let Some(range) = change.range {
                            let real = changed_truth[s][r] - truth[r];
                            c.ranges += 1;
                            c.range_holds += usize::from(range.low <= real && real <= range.high);
                        }
                    }
                }
            }
            // Real retest noise against the assumed, and the margins.
            let cal = &mut calibrated[m];
            for (r, change) in unchanged.iter().enumerate() {
                if let Some(range) = change.range {
                    let assumed = (range.high - range.low) / 2.0 / MARGIN_Z;
                    cal.real += change.delta.powi(2);
                    cal.assumed += assumed.powi(2);
                    cal.n += 1;
                }
                if let Some(margin) = margins_with(&first.profile.roles, MARGIN_Z)[r] {
                    cal.margins += 1;
                    cal.covered += usize::from(margin.low <= truth[r] && truth[r] <= margin.high);
                }
            }
        }
    }

    println!(
        "Simulation of statement list v{}{} — {people} synthetic people, seed {seed}",
        instrument.version(),
        match (pure, styles) {
            (_, true) => ", answering styles and statements of unequal difficulty",
            (true, false) => ", every statement measuring its own role only",
            _ => "",
        }
    );
    println!(
        "(a simulation under a graded-response model, not evidence about real civil servants)\n"
    );
    for role in Role::ALL {
        println!(
            "alpha {:<12} {:.3}",
            format!("{role:?}"),
            alpha(&keyed[role.index()])
        );
    }
    let [r_bo, r_bv, r_ov] = TRUE_CORRELATIONS;
    println!(
        "correlation of scores B–O {:+.3} (true {r_bo:+.2}), B–V {:+.3} (true {r_bv:+.2}), O–V {:+.3} (true {r_ov:+.2})",
        correlation(&scores[0], &scores[1]),
        correlation(&scores[0], &scores[2]),
        correlation(&scores[1], &scores[2]),
    );
    println!(
        "each answer one step with p = {NUDGE}: the role with the highest score changes for {}",
        percent(lead_flips, people)
    );
    for (m, (name, _)) in models.iter().enumerate() {
        let cal = &calibrated[m];
        println!("\n== noise from the {name} ==");
        println!(
            "the model's error of a retest difference against the real one: {:.2}× (1 = right, above 1 = cautious)",
            (cal.assumed / cal.real).sqrt()
        );
        println!(
            "a score's {:.0} % margin holds its true score: {}",
            100.0 * (2.0 * 0.975 - 1.0),
            percent(cal.covered, cal.margins)
        );
        println!(
            "{:<24} {:>7} {:>9} {:>7} {:>9} {:>9} {:>8} {:>8} {:>8} {:>8}",
            "mix bands (z)",
            "told",
            "lead≥1SD",
            "wrong",
            "wrong p.",
            "wrong cl.",
            "nudged",
            "claim n.",
            "retest",
            "reversed"
        );
        for (bands, t) in MIX_CANDIDATES.iter().zip(&mix_tally[m]) {
            let app = if *bands == MIX_BANDS { " (app)" } else { "" };
            println!(
                "{:<24} {:>7} {:>9} {:>7} {:>9} {:>9} {:>8} {:>8} {:>8} {:>8}",
                format!("{} / {}{app}", bands.probably, bands.clearly),
                percent(t.informative, people),
                percent(t.lead_one_sd_heard, t.lead_one_sd),
                percent(t.told_wrong, t.told),
                percent(t.claims_wrong[0], t.claims[0]),
                percent(t.claims_wrong[1], t.claims[1]),
                percent(t.nudge_changes, people),
                percent(t.claim_nudge_changes, t.claims[0] + t.claims[1]),
                percent(t.retest_changes, people),
                percent(t.nudge_reversals, t.claims[0] + t.claims[1]),
            );
        }
        println!(
            "{:<28} {:>12} {:>10} {:>14} {:>10} {:>14} {:>10}",
            "change: probably from z",
            "false alarm",
            "(clearly)",
            "0.5 SD found",
            "(clearly)",
            "1 SD found",
            "(clearly)"
        );
        for (z, c) in CHANGE_CANDIDATES.iter().zip(&change_tally[m]) {
            let app = if *z == CHANGE_PROBABLY_Z {
                " (app)"
            } else {
                ""
            };
            println!(
                "{:<28} {:>12} {:>10} {:>14} {:>10} {:>14} {:>10}",
                format!("{z}, clearly {CHANGE_Z}{app}"),
                percent(c.alarms[0], people),
                percent(c.alarms[1], people),
                percent(c.power[0][0], people),
                percent(c.power[0][1], people),
                percent(c.power[1][0], people),
                percent(c.power[1][1], people),
            );
        }
        let b = &before[m];
        println!(
            "{:<24} {:>7} {:>9} {:>7} {:>9} {:>9} {:>8} {:>8} {:>8}",
            "before: 3.5, two labels",
            percent(b[0], people),
            percent(b[2], b[1]),
            "",
            "",
            "",
            percent(b[3], people),
            "",
            percent(b[4], people),
        );
        let c = &change_tally[m][0];
        println!(
            "a change's {:.0} % range holds the true change: {}",
            100.0 * (2.0 * 0.975 - 1.0),
            percent(c.range_holds, c.ranges)
        );
    }
    situations(&instrument, &items, styles, people, &mut rng);
    colleagues(&items, &instrument, styles, people, &mut rng);
    println!(
        "\n(false alarm: an unchanged retest is told some role changed; found: a real change of one role is told as a change upward;\n told: the mix says anything; lead≥1SD: of people whose true strongest role leads by 1 SD or more, how many hear it named highest;\n wrong: of people told anything, how many are told a direction that is false; wrong p./cl.: per claim, probably / clearly;\n nudged / retest: the sentence changes after nudged answers / a retest; claim n.: a claim made is not made the same way after nudged answers;\n reversed: a claim is turned round after nudged answers)"
    );
}
