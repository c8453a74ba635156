//! The About screen's facts: this build's version and statement lists, and
//! where the data lives.

use rolspiegel_core::Instruments;

/// The app's log file in the data folder (the desktop writes it).
pub const LOG_FILE: &str = "rolspiegel.log";

use crate::state::{self, Service};
use crate::wire::{AboutView, ListInBuild};

fn lists(set: &Instruments) -> Vec<ListInBuild> {
    let current = set.current().version();
    set.all()
        .iter()
        .map(|l| ListInBuild {
            version: l.version(),
            statements: l.statements().len(),
            current: l.version() == current,
        })
        .collect()
}

pub(crate) fn about(service: &Service) -> AboutView {
    AboutView {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        lists: lists(&service.instruments),
        situation_lists: lists(&service.situation_lists),
        log: state::data_folder(service)
            .map(|f| std::path::Path::new(&f).join(LOG_FILE))
            .filter(|p| p.is_file())
            .map(|p| p.display().to_string()),
        data_folder: state::data_folder(service),
        database: service
            .store
            .path()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned())),
    }
}
