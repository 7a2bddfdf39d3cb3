//! Who may take which action: the role half of authorization. The other half, scope (which
//! complaints a person may see), needs the unit tree and lives with the store.

use crate::lifecycle::Action;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A staff member's role (shared/DESIGN.md, `redress user add --role`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Manages users, units, categories and reference data; acts everywhere.
    Admin,
    /// Acts on complaints of its unit and the units below.
    Supervisor,
    /// Acts on complaints of its unit.
    Officer,
    /// Registers complaints for citizens and triages them (accept, reject, transfer, link
    /// duplicates).
    Intake,
    /// Reads everything, the audit trail included; changes nothing.
    Auditor,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Admin,
        Role::Supervisor,
        Role::Officer,
        Role::Intake,
        Role::Auditor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Supervisor => "supervisor",
            Role::Officer => "officer",
            Role::Intake => "intake",
            Role::Auditor => "auditor",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether this role may take `action` on a complaint within its scope.
    /// `withdraw` and `appeal` belong to the complainant alone.
    pub fn may(self, action: Action) -> bool {
        use Action as A;
        match self {
            Role::Auditor => false,
            Role::Admin | Role::Supervisor => {
                !matches!(action, A::Withdraw | A::Appeal | A::Reply | A::Rate)
            }
            Role::Officer => matches!(
                action,
                A::Accept
                    | A::Reject
                    | A::Assign
                    | A::Start
                    | A::Answer
                    | A::Close
                    | A::Transfer
                    | A::Note
                    | A::Extend
                    | A::Duplicate
            ),
            Role::Intake => matches!(
                action,
                A::Accept | A::Reject | A::Transfer | A::Note | A::Duplicate
            ),
        }
    }

    /// Whether complaints of units below its own are in this role's scope.
    pub fn sees_subunits(self) -> bool {
        matches!(self, Role::Supervisor | Role::Intake)
    }

    /// Whether every complaint is in this role's scope.
    pub fn sees_everything(self) -> bool {
        matches!(self, Role::Admin | Role::Auditor)
    }

    /// Whether this role may list service points and print their posters (admins, and
    /// supervisors for the service points of their work).
    pub fn prints_posters(self) -> bool {
        matches!(self, Role::Admin | Role::Supervisor)
    }

    /// Whether this role may add, edit and remove service points and date poster
    /// campaigns: reference data, so admins alone.
    pub fn manages_service_points(self) -> bool {
        self == Role::Admin
    }

    /// Whether this role sees a poster campaign's reach on its dashboard (within its scope).
    pub fn sees_campaign_reach(self) -> bool {
        matches!(self, Role::Admin | Role::Supervisor)
    }

    /// Whether this role may read the audit trail of complaints in its scope.
    pub fn reads_audit(self) -> bool {
        matches!(self, Role::Admin | Role::Auditor | Role::Supervisor)
    }
}

crate::complaint::from_stored_name!(Role);

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// What the complainant (proved by the follow-up secret) may do.
pub fn complainant_may(action: Action) -> bool {
    matches!(
        action,
        Action::Withdraw | Action::Appeal | Action::Reply | Action::Rate
    )
}

/// How long after the answer the complainant may appeal, in calendar days.
pub const APPEAL_WINDOW_DAYS: i64 = 30;

#[cfg(test)]
mod tests {
    use super::*;
    use Action as A;

    #[test]
    fn auditors_change_nothing() {
        assert!(Action::ALL.iter().all(|a| !Role::Auditor.may(*a)));
    }

    #[test]
    fn intake_triages_only() {
        let allowed: Vec<_> = Action::ALL
            .into_iter()
            .filter(|a| Role::Intake.may(*a))
            .collect();
        assert_eq!(
            allowed,
            vec![A::Accept, A::Reject, A::Transfer, A::Note, A::Duplicate]
        );
    }

    #[test]
    fn only_complainants_withdraw_appeal_reply_and_rate() {
        for r in Role::ALL {
            for a in [A::Withdraw, A::Appeal, A::Reply, A::Rate] {
                assert!(!r.may(a), "{r} {a}");
                assert!(complainant_may(a));
            }
        }
        assert!(!complainant_may(A::Close));
    }

    #[test]
    fn officers_and_supervisors_handle_complaints() {
        for a in [A::Assign, A::Start, A::Answer, A::Close] {
            assert!(Role::Officer.may(a) && Role::Supervisor.may(a) && Role::Admin.may(a));
            assert!(!Role::Intake.may(a));
        }
    }

    #[test]
    fn role_names_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
