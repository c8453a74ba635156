//! The one [`Service`] every front door shares: the window's commands and a
//! live session's phone routes take turns on it.

use std::sync::{Condvar, Mutex, MutexGuard};

use crate::state::Service;

/// The service behind a lock: one caller at a time touches the database.
/// Doors read files before they take the lock and write after it is
/// released, so a slow disk or a person choosing a file never holds up
/// others.
///
/// The service may start on its own thread while the window loads (opening
/// or creating the database is the slow part of a start); callers wait for
/// it.
#[derive(Debug)]
pub struct SharedService {
    service: Mutex<Option<Service>>,
    started: Condvar,
}

/// A poisoned lock means an earlier caller panicked; the service itself
/// holds no half-done state (SQLite transactions roll back), so go on.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl SharedService {
    /// A shared service that is still starting.
    pub fn starting() -> SharedService {
        SharedService {
            service: Mutex::new(None),
            started: Condvar::new(),
        }
    }

    /// A shared service that has started.
    pub fn new(service: Service) -> SharedService {
        SharedService {
            service: Mutex::new(Some(service)),
            started: Condvar::new(),
        }
    }

    /// Hands over the started service and wakes the callers waiting for it.
    pub fn started(&self, service: Service) {
        *lock(&self.service) = Some(service);
        self.started.notify_all();
    }

    /// Runs `f` on the service under the lock, waiting for it to have
    /// started.
    pub fn with<T>(&self, f: impl FnOnce(&mut Service) -> T) -> T {
        let mut guard = lock(&self.service);
        loop {
            if let Some(service) = guard.as_mut() {
                return f(service);
            }
            guard = self
                .started
                .wait(guard)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }
}
