//! Which addresses of this computer phones in the room could reach. Read
//! from the computer's own interfaces and routing table only: nothing is
//! sent anywhere to find out (no "connect to a public address and see which
//! address the system picks").

use std::net::Ipv4Addr;

use rolspiegel_app::wire::NetworkAddress;

/// The IPv4 addresses of interfaces that are up, without loopback and
/// link-local ones; the interface of the default route first (most likely
/// the room's Wi-Fi), then by interface name. Empty when the computer has no
/// network.
pub fn local_addresses() -> Vec<NetworkAddress> {
    let default = default_route_interface();
    let mut found: Vec<NetworkAddress> = if_addrs::get_if_addrs()
        .unwrap_or_else(|e| {
            tracing::warn!("reading network interfaces: {e}");
            Vec::new()
        })
        .into_iter()
        .filter_map(|interface| match interface.ip() {
            std::net::IpAddr::V4(ip) if usable(ip) => Some(NetworkAddress {
                is_default: default.as_deref() == Some(interface.name.as_str()),
                interface: interface.name,
                address: ip.to_string(),
            }),
            _ => None,
        })
        .collect();
    found.sort_by(|a, b| {
        b.is_default
            .cmp(&a.is_default)
            .then_with(|| a.interface.cmp(&b.interface))
            .then_with(|| a.address.cmp(&b.address))
    });
    found.dedup();
    found
}

/// An address a phone on the same network could reach.
fn usable(ip: Ipv4Addr) -> bool {
    !(ip.is_loopback() || ip.is_link_local() || ip.is_unspecified() || ip.is_multicast())
}

/// The interface the IPv4 default route goes through, from the kernel's
/// routing table.
#[cfg(target_os = "linux")]
fn default_route_interface() -> Option<String> {
    let table = std::fs::read_to_string("/proc/net/route").ok()?;
    default_in_route_table(&table)
}

/// Elsewhere the interfaces are listed without a preferred one; the
/// facilitator picks (Windows and macOS builds are not tested here).
#[cfg(not(target_os = "linux"))]
fn default_route_interface() -> Option<String> {
    None
}

/// The interface of the first default route (destination and mask 0, route
/// up) in a `/proc/net/route` table.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn default_in_route_table(table: &str) -> Option<String> {
    const RTF_UP: u32 = 0x1;
    table.lines().skip(1).find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (iface, destination, flags, mask) = (
            fields.first()?,
            fields.get(1)?,
            fields.get(3)?,
            fields.get(7)?,
        );
        let flags = u32::from_str_radix(flags, 16).ok()?;
        (*destination == "00000000" && *mask == "00000000" && flags & RTF_UP != 0)
            .then(|| (*iface).to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_route_is_read_from_the_routing_table() {
        let table =
            "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n\
                     docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0\n\
                     wlp2s0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n\
                     wlp2s0\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0\n";
        assert_eq!(default_in_route_table(table).as_deref(), Some("wlp2s0"));
        let none = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\n\
                    eth0\t0001A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\n";
        assert_eq!(default_in_route_table(none), None, "no default route");
    }

    #[test]
    fn loopback_and_link_local_addresses_are_never_offered() {
        assert!(!usable(Ipv4Addr::LOCALHOST));
        assert!(!usable(Ipv4Addr::new(169, 254, 3, 4)));
        assert!(usable(Ipv4Addr::new(192, 168, 1, 20)));
        for address in local_addresses() {
            let ip: Ipv4Addr = address.address.parse().expect("an IPv4 address");
            assert!(usable(ip), "{ip} offered");
        }
    }
}
