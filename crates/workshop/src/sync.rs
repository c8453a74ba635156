//! One helper for the locks of this crate.

use std::sync::{Mutex, MutexGuard};

/// A poisoned lock means a request panicked mid-way; what these locks guard
/// changes in single steps, so go on.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
