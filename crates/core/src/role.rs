use serde::{Deserialize, Serialize};

/// One of the three ideal types of a civil servant.
///
/// The order of [`Role::ALL`] (Bureaucraat, Ondernemer, Verbinder) is the
/// order in which the types arose historically; every chart and table uses it,
/// so a reader always finds a role in the same place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "wire", derive(ts_rs::TS), ts(rename = "RoleKey"))]
pub enum Role {
    /// Weber's bureaucrat: legality, legal equality, neutrality, frameworks.
    Bureaucraat,
    /// New Public Management: initiative, innovation, result and customer focus.
    Ondernemer,
    /// Public Value: relationships, networks, societal value, learning.
    Verbinder,
}

impl Role {
    /// Every role, in the fixed display order.
    pub const ALL: [Role; 3] = [Role::Bureaucraat, Role::Ondernemer, Role::Verbinder];

    /// The stable lower-case key used in files, databases and message ids.
    pub fn key(self) -> &'static str {
        match self {
            Role::Bureaucraat => "bureaucraat",
            Role::Ondernemer => "ondernemer",
            Role::Verbinder => "verbinder",
        }
    }

    /// The role for a key made by [`Role::key`].
    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.key() == key)
    }

    /// Position of this role in [`Role::ALL`].
    pub fn index(self) -> usize {
        match self {
            Role::Bureaucraat => 0,
            Role::Ondernemer => 1,
            Role::Verbinder => 2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_the_display_order() {
        for (i, role) in Role::ALL.into_iter().enumerate() {
            assert_eq!(
                Role::from_key(role.key()),
                Some(role),
                "key must round-trip"
            );
            assert_eq!(role.index(), i, "index must follow Role::ALL");
        }
        assert_eq!(
            Role::from_key("manager"),
            None,
            "unknown keys are not roles"
        );
    }
}
