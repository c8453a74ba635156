//! Fair shares per device: what each network address in the room holds of
//! the laptop — open connections, requests in flight — so that one device
//! (a prankster, an app retrying in a loop, a phone in a pocket on a bad
//! connection) can never take what the others need. (Which devices the
//! facilitator blocked is the room's to know.)
//!
//! The shares are sized for a real room, where every phone has an address
//! of its own: a phone's browser opens at most six connections to one
//! server and sends one answer at a time, a laptop that several people take
//! turns on a few times that. See [`MAX_CONNECTIONS_PER_DEVICE`] and
//! [`MAX_REQUESTS_PER_DEVICE`]; the participants one device may hold are
//! [`rolspiegel_app::live::MAX_PARTICIPANTS_PER_DEVICE`].

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use crate::sync::lock;

/// Connections one device may have open at once. Browsers open up to six
/// per server; a shared laptop with a few browsers stays well below this.
/// A device that opens more (a flood of idle connections, or connections
/// that never read their answers) is refused new ones, and every other
/// device still gets in.
pub const MAX_CONNECTIONS_PER_DEVICE: usize = 32;

/// Requests one device may have in flight at once (from the moment its
/// headers are in until its answer is sent). More get 503 with
/// `Retry-After`, for that device only.
pub const MAX_REQUESTS_PER_DEVICE: usize = 16;

/// Devices remembered at most, with what they were refused (a bound on
/// memory when addresses keep changing).
const MAX_DEVICES_REMEMBERED: usize = 10_000;

#[derive(Debug, Default, Clone, Copy)]
struct Device {
    connections: usize,
    requests: usize,
    refused: u64,
}

impl Device {
    fn idle(&self) -> bool {
        self.connections == 0 && self.requests == 0
    }
}

#[derive(Debug, Default)]
struct State {
    devices: HashMap<IpAddr, Device>,
}

/// Every device's share, behind one lock (each step is a few map
/// operations).
#[derive(Debug)]
pub(crate) struct Devices {
    state: Mutex<State>,
}

/// A connection or request a device holds; given back when dropped.
#[derive(Debug)]
pub(crate) struct Held {
    devices: Arc<Devices>,
    address: IpAddr,
    connection: bool,
}

impl Drop for Held {
    fn drop(&mut self) {
        let mut state = lock(&self.devices.state);
        if let Some(device) = state.devices.get_mut(&self.address) {
            if self.connection {
                device.connections = device.connections.saturating_sub(1);
            } else {
                device.requests = device.requests.saturating_sub(1);
            }
        }
    }
}

impl Devices {
    pub(crate) fn new() -> Devices {
        Devices {
            state: Mutex::new(State::default()),
        }
    }

    /// A place for one more connection from `address`; `None` when it has
    /// its share open already (counted as refused).
    pub(crate) fn connect(self: &Arc<Self>, address: IpAddr) -> Option<Held> {
        let mut state = lock(&self.state);
        let device = entry(&mut state, address);
        if device.connections >= MAX_CONNECTIONS_PER_DEVICE {
            device.refused += 1;
            return None;
        }
        device.connections += 1;
        Some(Held {
            devices: self.clone(),
            address,
            connection: true,
        })
    }

    /// A place for one more request from `address`; `None` when it has its
    /// share in flight already (counted as refused).
    pub(crate) fn request(self: &Arc<Self>, address: IpAddr) -> Option<Held> {
        let mut state = lock(&self.state);
        let device = entry(&mut state, address);
        if device.requests >= MAX_REQUESTS_PER_DEVICE {
            device.refused += 1;
            return None;
        }
        device.requests += 1;
        Some(Held {
            devices: self.clone(),
            address,
            connection: false,
        })
    }

    /// Counts one more refusal of `address` (blocked, or over a share of the
    /// session's, such as its participants).
    pub(crate) fn refused(&self, address: IpAddr) {
        entry(&mut lock(&self.state), address).refused += 1;
    }

    /// Every device known: address, open connections, refusals.
    pub(crate) fn snapshot(&self) -> Vec<(IpAddr, usize, u64)> {
        lock(&self.state)
            .devices
            .iter()
            .map(|(a, d)| (*a, d.connections, d.refused))
            .collect()
    }
}

/// The device at `address`, made when first seen; idle devices that were
/// never refused are forgotten when too many are remembered.
fn entry(state: &mut State, address: IpAddr) -> &mut Device {
    if state.devices.len() >= MAX_DEVICES_REMEMBERED && !state.devices.contains_key(&address) {
        state.devices.retain(|_, d| !d.idle() || d.refused > 0);
        if state.devices.len() >= MAX_DEVICES_REMEMBERED {
            state.devices.retain(|_, d| !d.idle());
        }
    }
    state.devices.entry(address).or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_gets_its_share_and_the_next_one_still_gets_in() {
        let devices = Arc::new(Devices::new());
        let greedy: IpAddr = [10, 0, 0, 7].into();
        let other: IpAddr = [10, 0, 0, 8].into();
        let held: Vec<Held> = (0..MAX_CONNECTIONS_PER_DEVICE)
            .map(|_| devices.connect(greedy).expect("within its share"))
            .collect();
        assert!(devices.connect(greedy).is_none(), "over its share");
        assert!(devices.connect(other).is_some(), "another device gets in");
        drop(held);
        assert!(devices.connect(greedy).is_some(), "places come back");
        let requests: Vec<Held> = (0..MAX_REQUESTS_PER_DEVICE)
            .map(|_| devices.request(greedy).expect("within its share"))
            .collect();
        assert!(devices.request(greedy).is_none(), "over its share");
        assert!(devices.request(other).is_some());
        drop(requests);
        assert!(devices.request(greedy).is_some(), "places come back");
        let refused = devices
            .snapshot()
            .into_iter()
            .find(|d| d.0 == greedy)
            .map(|d| d.2);
        assert_eq!(refused, Some(2));
    }
}
