//! What the benches share: a completed scan.

use rolspiegel_app::service::Service;
use rolspiegel_app::wire::{FinishOutcome, StartOutcome};

/// A complete scan of the current list with answers varied by `n`; its id.
pub fn scan(service: &mut Service, n: usize) -> String {
    let StartOutcome::Started { scan } = service.start_scan(None).unwrap() else {
        panic!("a fresh database has no scan in progress");
    };
    let statements = service.instrument().statements().to_vec();
    for (i, statement) in statements.iter().enumerate() {
        let value = 1 + ((n * 7 + i * 3) % 5) as i64;
        service
            .save_answer(&scan.assessment_id, statement.id.as_str(), Some(value))
            .unwrap();
    }
    match service.finish_scan(&scan.assessment_id).unwrap() {
        FinishOutcome::Complete { result } => result.id,
        FinishOutcome::Incomplete { .. } => panic!("every statement answered"),
    }
}
