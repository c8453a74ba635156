//! The statement means this computer knows, and a result's profile as the
//! app shows it. With at least [`Centres::MIN_RESULTS`] results of a list in
//! the facilitator's groups, each answer's distance from its statement's
//! mean is what the noise is estimated from (docs/SCORING.md § 7); without,
//! the keyed answers' own spread, which is cautious. The means are worked
//! out once per list and kept until the groups change.

use std::cell::RefCell;
use std::collections::HashMap;

use rolspiegel_core::{Answer, Answers, Centres, GroupMember, Profile, StoredResult};

use crate::error::AppError;
use crate::service::Service;

/// Which results the groups held when the means were worked out.
type Generation = u64;

/// The means known per list, with the groups they came from.
#[derive(Debug, Default)]
pub(crate) struct Known(RefCell<HashMap<u32, (Generation, Option<Centres>)>>);

impl Service {
    /// The statement means of list `version` from the groups on this
    /// computer; `None` below [`Centres::MIN_RESULTS`] results.
    pub(crate) fn centres(&self, version: u32) -> Result<Option<Centres>, AppError> {
        let generation = self.store.group_generation();
        if let Some((seen, centres)) = self.centres.0.borrow().get(&version) {
            if *seen == generation {
                return Ok(centres.clone());
            }
        }
        let centres = match self.instruments.get(version) {
            Some(list) => {
                let results = self
                    .store
                    .list_answers(version)?
                    .into_iter()
                    .map(|given| Answers::from_given(list, given))
                    .collect::<Result<Vec<_>, _>>()?;
                Centres::from_results(list, &results)
            }
            None => None,
        };
        self.centres
            .0
            .borrow_mut()
            .insert(version, (generation, centres.clone()));
        Ok(centres)
    }

    /// A stored result's profile as the app shows it: with the noise
    /// estimated around the statement means when this computer knows them
    /// for its list, else as stored.
    pub(crate) fn shown_profile(&self, stored: &StoredResult) -> Result<Profile, AppError> {
        self.shown(stored.profile, stored.instrument_version, || {
            Ok(self
                .store
                .record(stored.id)?
                .map(|record| record.answers)
                .unwrap_or_default())
        })
    }

    /// A participant's profile as the app shows it (see [`Service::shown_profile`]).
    pub(crate) fn shown_member(&self, member: &GroupMember) -> Result<Profile, AppError> {
        self.shown(member.profile, member.instrument_version, || {
            Ok(member.answers.clone())
        })
    }

    /// `profile` centred when the means of list `version` are known; its
    /// answers are read only then.
    fn shown(
        &self,
        profile: Profile,
        version: u32,
        answers: impl FnOnce() -> Result<Vec<(String, Answer)>, AppError>,
    ) -> Result<Profile, AppError> {
        let (Some(centres), Some(list)) = (self.centres(version)?, self.instruments.get(version))
        else {
            return Ok(profile);
        };
        let answers = Answers::from_given(list, answers()?)?;
        Ok(profile.centred(list, &answers, &centres))
    }
}
