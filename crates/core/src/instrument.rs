use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{InstrumentError, Role};

/// The stable id of a statement, such as `b01`.
///
/// Ids never change meaning once released: answers stored years ago are
/// re-scored against them, and the Fluent message `statement-<id>` holds the
/// wording.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StatementId(String);

impl StatementId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn is_valid(id: &str) -> bool {
        !id.is_empty()
            && id.len() <= 32
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }
}

impl fmt::Display for StatementId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How agreement with a statement relates to its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Keying {
    /// Agreeing means more of the role.
    Positive,
    /// Agreeing means less of the role; the answer is mirrored (6 − answer)
    /// before scoring, so that agreeing with everything is not flattering.
    Reverse,
}

/// One statement of the list: what it measures, not what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// Stable id; also the key of its Fluent message.
    pub id: StatementId,
    /// The role this statement measures.
    pub role: Role,
    /// Whether agreement counts for or against the role.
    pub keying: Keying,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Definition {
    instrument: String,
    version: u32,
    scale: Scale,
    statements: Vec<Statement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scale {
    min: u8,
    max: u8,
}

/// A versioned statement list, in presentation order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instrument {
    version: u32,
    statements: Vec<Statement>,
    kind: ListKind,
}

/// What a statement list is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ListKind {
    /// How a person works: the self-scan (`assets/instrument/v1.json`, `v2.json`).
    Own,
    /// What a situation asks (`assets/instrument/situation-v1.json`).
    Situation,
}

impl Instrument {
    /// Reads and validates an instrument definition such as
    /// `assets/instrument/v1.json`.
    pub fn from_json(text: &str) -> Result<Instrument, InstrumentError> {
        let definition: Definition =
            serde_json::from_str(text).map_err(|e| InstrumentError::Malformed(e.to_string()))?;
        let kind = match definition.instrument.as_str() {
            "rolspiegel" => ListKind::Own,
            "rolspiegel-situation" => ListKind::Situation,
            other => {
                return Err(InstrumentError::Malformed(format!(
                    "this is not a Rolspiegel statement list but {other:?}"
                )))
            }
        };
        if (definition.scale.min, definition.scale.max) != (1, 5) {
            return Err(InstrumentError::UnsupportedScale {
                min: definition.scale.min,
                max: definition.scale.max,
            });
        }
        Ok(Instrument {
            kind,
            ..Instrument::new(definition.version, definition.statements)?
        })
    }

    /// Builds an instrument from statements, checking that ids are valid and
    /// unique and that every role has at least one statement.
    pub fn new(version: u32, statements: Vec<Statement>) -> Result<Instrument, InstrumentError> {
        let mut seen = HashSet::new();
        for statement in &statements {
            if !StatementId::is_valid(statement.id.as_str()) {
                return Err(InstrumentError::InvalidId(statement.id.0.clone()));
            }
            if !seen.insert(statement.id.clone()) {
                return Err(InstrumentError::DuplicateId(statement.id.clone()));
            }
        }
        for role in Role::ALL {
            if !statements.iter().any(|s| s.role == role) {
                return Err(InstrumentError::RoleWithoutStatements(role));
            }
        }
        Ok(Instrument {
            version,
            statements,
            kind: ListKind::Own,
        })
    }

    /// Whether this list is about a person or about a situation.
    pub fn kind(&self) -> ListKind {
        self.kind
    }

    /// The version of this statement list; stored with every assessment.
    pub fn version(&self) -> u32 {
        self.version
    }

    /// All statements in presentation order.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// The statement with this id, if it belongs to the list.
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id.as_str() == id)
    }

    /// The statements that measure one role.
    pub fn statements_for(&self, role: Role) -> impl Iterator<Item = &Statement> {
        self.statements.iter().filter(move |s| s.role == role)
    }
}

/// Every statement list this build knows, by version. New scans use the
/// newest ([`Instruments::current`]); a result, a scan in progress or a file
/// answered to an older list is read, scored and compared with its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruments {
    /// Oldest first; never empty.
    lists: Vec<Instrument>,
}

impl Instruments {
    /// The lists, in any order; refuses none or two with one version.
    pub fn new(mut lists: Vec<Instrument>) -> Result<Instruments, InstrumentError> {
        lists.sort_by_key(Instrument::version);
        if let Some(pair) = lists.windows(2).find(|w| w[0].version == w[1].version) {
            return Err(InstrumentError::DuplicateVersion(pair[0].version));
        }
        if lists.is_empty() {
            return Err(InstrumentError::NoLists);
        }
        // A situation is never scored as a person, nor the other way round.
        if lists.iter().any(|l| l.kind != lists[0].kind) {
            return Err(InstrumentError::MixedKinds);
        }
        Ok(Instruments { lists })
    }

    /// The list new scans use: the newest.
    pub fn current(&self) -> &Instrument {
        // `new` refuses an empty set.
        &self.lists[self.lists.len() - 1]
    }

    /// The list with this version, if this build knows it.
    pub fn get(&self, version: u32) -> Option<&Instrument> {
        self.lists.iter().find(|l| l.version == version)
    }

    /// [`Instruments::get`] for a version as a file writes it (any number).
    pub fn find(&self, version: u64) -> Option<&Instrument> {
        u32::try_from(version).ok().and_then(|v| self.get(v))
    }

    /// Every list, oldest first.
    pub fn all(&self) -> &[Instrument] {
        &self.lists
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn one_set_never_mixes_lists_about_a_person_and_about_a_situation() {
        let own = Instrument::from_json(V2).unwrap();
        let situation =
            Instrument::from_json(include_str!("../../../assets/instrument/situation-v1.json"))
                .unwrap();
        assert_eq!(situation.kind(), ListKind::Situation);
        assert!(matches!(
            Instruments::new(vec![own, situation]),
            Err(InstrumentError::MixedKinds)
        ));
    }

    use super::*;

    const V1: &str = include_str!("../../../assets/instrument/v1.json");
    const V2: &str = include_str!("../../../assets/instrument/v2.json");

    #[test]
    fn a_set_of_lists_knows_each_version_and_uses_the_newest() {
        let v1 = Instrument::from_json(V1).expect("valid");
        let mut statements = v1.statements().to_vec();
        statements.truncate(6);
        let v7 = Instrument::new(7, statements).expect("one per role at least");
        let set = Instruments::new(vec![v7.clone(), v1.clone()]).expect("two versions");
        assert_eq!(set.current().version(), 7);
        assert_eq!(set.get(1), Some(&v1));
        assert_eq!(set.find(7), Some(&v7));
        assert_eq!(set.find(u64::from(u32::MAX) + 2), None);
        assert_eq!(set.get(2), None);
        assert_eq!(
            set.all()
                .iter()
                .map(Instrument::version)
                .collect::<Vec<_>>(),
            [1, 7]
        );
        assert_eq!(
            Instruments::new(vec![v1.clone(), v1]),
            Err(InstrumentError::DuplicateVersion(1))
        );
        assert_eq!(Instruments::new(Vec::new()), Err(InstrumentError::NoLists));
    }

    #[test]
    fn every_shipped_list_has_at_least_twelve_statements_per_role_half_reverse_keyed() {
        for (version, text) in [(1, V1), (2, V2)] {
            let instrument = Instrument::from_json(text).expect("the shipped list must be valid");
            assert_eq!(instrument.version(), version);
            for role in Role::ALL {
                let all: Vec<_> = instrument.statements_for(role).collect();
                let reverse = all.iter().filter(|s| s.keying == Keying::Reverse).count();
                assert!(all.len() >= 12, "{role:?} needs at least 12 statements");
                assert_eq!(
                    reverse * 2,
                    all.len(),
                    "{role:?} must be half reverse-keyed"
                );
            }
        }
    }

    #[test]
    fn neighbouring_statements_never_measure_the_same_role() {
        for text in [V1, V2] {
            let instrument = Instrument::from_json(text).expect("valid list");
            for pair in instrument.statements().windows(2) {
                assert_ne!(
                    pair[0].role, pair[1].role,
                    "{} and {}",
                    pair[0].id, pair[1].id
                );
            }
        }
    }

    #[test]
    fn rejects_duplicate_ids() {
        let statement = Statement {
            id: StatementId("b01".into()),
            role: Role::Bureaucraat,
            keying: Keying::Positive,
        };
        let err = Instrument::new(1, vec![statement.clone(), statement]).unwrap_err();
        assert!(
            matches!(err, InstrumentError::DuplicateId(_)),
            "got {err:?}"
        );
    }

    #[test]
    fn rejects_a_list_without_statements_for_a_role() {
        let only_b = vec![Statement {
            id: StatementId("b01".into()),
            role: Role::Bureaucraat,
            keying: Keying::Positive,
        }];
        assert_eq!(
            Instrument::new(1, only_b).unwrap_err(),
            InstrumentError::RoleWithoutStatements(Role::Ondernemer)
        );
    }

    #[test]
    fn rejects_ids_that_cannot_be_message_keys() {
        let text = V1.replacen("\"b01\"", "\"B 01\"", 1);
        assert_eq!(
            Instrument::from_json(&text).unwrap_err(),
            InstrumentError::InvalidId("B 01".into())
        );
    }

    #[test]
    fn rejects_another_scale_and_broken_text() {
        let seven = V1.replacen("\"max\": 5", "\"max\": 7", 1);
        assert_eq!(
            Instrument::from_json(&seven).unwrap_err(),
            InstrumentError::UnsupportedScale { min: 1, max: 7 }
        );
        assert!(matches!(
            Instrument::from_json("{\"instrument\": ").unwrap_err(),
            InstrumentError::Malformed(_)
        ));
    }
}
