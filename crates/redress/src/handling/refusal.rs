//! Why an action on a complaint was refused: one reason per cause, so that every front door
//! says it its own way without reading a message — the API as a status and a code
//! (`web::error`), pages, SMS and USSD as a sentence in the person's language
//! (`message_key`). A database failure is not a refusal: it is `ActError::Store`.

use domain::rules::Barred;
use domain::{Action, CommandError, Role, TransitionError};
use store::StoreError;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("no complaint has this tracking code")]
    NotFound,
    #[error("this complaint is outside the units you work for")]
    OutOfScope,
    #[error("sign in with a staff token, or give the complaint's follow-up secret")]
    SignInRequired,
    #[error("the follow-up secret does not match this complaint")]
    WrongSecret,
    #[error(
        "too many wrong secrets for this complaint, from every address together: its follow-up \
         is locked for up to an hour; the complainant can still follow it by SMS from the phone \
         that filed it, or at the service with the tracking code"
    )]
    Locked,
    #[error("the role {role} may not {action}")]
    RoleMayNot { role: Role, action: Action },
    #[error("a complainant may withdraw, reply, appeal or rate, not {0}")]
    ComplainantMayNot(Action),
    #[error("only admins and supervisors may reveal an identity")]
    MayNotReveal,
    /// The state does not allow the action.
    #[error("{0}")]
    NotNow(TransitionError),
    /// A field the action needs is missing or wrong.
    #[error("{0}")]
    Incomplete(CommandError),
    /// A rule beyond role and state (`domain::rules::barred`).
    #[error(transparent)]
    Barred(#[from] Barred),
    #[error("only a denunciation's identity is protected")]
    NotProtected,
    #[error("only admins and supervisors publish answers")]
    MayNotPublish,
    /// A denunciation's answer is never published; a complaint without an answer has none.
    #[error("this complaint has no answer that may be published")]
    NothingToPublish,
    #[error("state why the identity is needed (10 characters at least)")]
    RevealReasonTooShort,
    #[error("only admins and supervisors erase personal data")]
    MayNotErase,
    #[error("say who asked for the erasure and how (10 characters at least)")]
    EraseReasonTooShort,
    #[error("this complaint's personal data was already erased")]
    AlreadyErased,
    #[error("no active staff member has the e-mail {0}")]
    UnknownAssignee(String),
    #[error("{assignee} does not handle complaints of the unit {unit}")]
    AssigneeOutsideUnit { assignee: String, unit: String },
    #[error("there is no unit {0}")]
    UnknownUnit(String),
    #[error("the complaint is already with this unit")]
    SameUnit,
    #[error("{0} is not a tracking code")]
    NotATrackingCode(String),
    /// Not there, or outside the actor's units: the two look the same.
    #[error("no complaint {0} in your units")]
    UnknownOriginal(String),
    #[error("a complaint cannot duplicate itself")]
    SelfDuplicate,
    #[error("{0} came after this complaint: link the later one to the earlier")]
    OriginalIsLater(String),
    /// The original named is itself a duplicate; its own original is named when the actor
    /// may see it.
    #[error("{}", match root {
        Some(root) => format!("{code} is itself linked to {root}: link to {root}"),
        None => format!("{code} is itself linked to another complaint"),
    })]
    OriginalIsLinked { code: String, root: Option<String> },
    #[error("the complaint was changed by someone else meanwhile: reload it and try again")]
    ChangedMeanwhile,
}

/// What kind of refusal: how a front door answers it (HTTP status, API code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    NotFound,
    /// The caller did not prove who they are.
    Unauthenticated,
    /// They did, and may not.
    Forbidden,
    /// What was sent is wrong (a field is named).
    Invalid,
    /// Right request, wrong moment.
    Conflict,
    /// Too many attempts.
    Locked,
}

/// Who is told: the complainant (portal, SMS, USSD) or a staff member (back-office).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Citizen,
    Staff,
}

impl Refusal {
    pub fn class(&self) -> Class {
        use Refusal as R;
        match self {
            R::NotFound => Class::NotFound,
            R::SignInRequired | R::WrongSecret => Class::Unauthenticated,
            R::OutOfScope
            | R::RoleMayNot { .. }
            | R::ComplainantMayNot(_)
            | R::Barred(Barred::NotAssignee)
            | R::MayNotReveal
            | R::MayNotPublish
            | R::MayNotErase => Class::Forbidden,
            R::Incomplete(_)
            | R::RevealReasonTooShort
            | R::EraseReasonTooShort
            | R::UnknownAssignee(_)
            | R::AssigneeOutsideUnit { .. }
            | R::UnknownUnit(_)
            | R::SameUnit
            | R::NotATrackingCode(_)
            | R::UnknownOriginal(_)
            | R::SelfDuplicate
            | R::OriginalIsLater(_)
            | R::OriginalIsLinked { .. } => Class::Invalid,
            R::NotNow(_)
            | R::Barred(_)
            | R::NotProtected
            | R::NothingToPublish
            | R::AlreadyErased
            | R::ChangedMeanwhile => Class::Conflict,
            R::Locked => Class::Locked,
        }
    }

    /// The request field at fault, for the refusals about one.
    pub fn field(&self) -> Option<&'static str> {
        use Refusal as R;
        Some(match self {
            R::RevealReasonTooShort | R::EraseReasonTooShort => "reason",
            R::UnknownAssignee(_) | R::AssigneeOutsideUnit { .. } => "assignee",
            R::UnknownUnit(_) | R::SameUnit => "unit",
            R::NotATrackingCode(_)
            | R::UnknownOriginal(_)
            | R::SelfDuplicate
            | R::OriginalIsLater(_)
            | R::OriginalIsLinked { .. } => "of",
            // A field the action needs (`Incomplete`): the API has always named `action`
            // (which field is in the message).
            _ if self.class() == Class::Invalid => "action",
            _ => return None,
        })
    }

    /// The translation key of the sentence that tells `audience` why (the same key for
    /// the portal, SMS and USSD).
    pub fn message_key(&self, audience: Audience) -> String {
        use Refusal as R;
        let key = match (audience, self) {
            (Audience::Citizen, R::Locked) => "error-secret-locked",
            (Audience::Citizen, R::Barred(Barred::AlreadyRated)) => "error-already_rated",
            (Audience::Citizen, R::Barred(Barred::AppealWindowClosed(_))) => "error-appeal_window",
            (
                Audience::Citizen,
                R::Incomplete(CommandError::Score | CommandError::Missing { field: "score", .. }),
            ) => "error-score",
            (Audience::Citizen, r) if r.class() == Class::Invalid => "error-missing_text",
            (Audience::Citizen, R::NotFound) => "error-unknown_tracking_code",
            (Audience::Citizen, _) => "error-not_allowed_now",
            (Audience::Staff, R::NotFound) => "error-unknown_tracking_code",
            (Audience::Staff, R::RevealReasonTooShort) => "staff-error-reveal-reason",
            (Audience::Staff, R::EraseReasonTooShort) => "staff-error-erase-reason",
            (Audience::Staff, R::NotNow(t)) if t.action == Action::Duplicate => {
                "staff-error-duplicate"
            }
            (Audience::Staff, R::Barred(Barred::AlreadyLinked | Barred::HasDuplicates)) => {
                "staff-error-duplicate"
            }
            (Audience::Staff, r) if r.field() == Some("of") => "staff-error-duplicate",
            (Audience::Staff, r) if r.class() == Class::Invalid => {
                // The field that was wrong, said in the staff member's language (the API's
                // English detail stays in the log).
                let key = format!("staff-error-field-{}", r.field().unwrap_or("action"));
                return if crate::i18n::Lang::default().has_own(&key) {
                    key
                } else {
                    "staff-error-invalid".to_owned()
                };
            }
            (Audience::Staff, r) if r.class() == Class::Conflict => "staff-error-conflict",
            (Audience::Staff, R::Locked) => "error-rate-limited",
            (Audience::Staff, _) => "staff-error-forbidden",
        };
        key.to_owned()
    }
}

/// An action that did not happen: refused (a reason for the person), or the store failed
/// (logged, and shown as a failure on our side — never as a refusal).
#[derive(Debug, Clone, thiserror::Error)]
pub enum ActError {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::State;

    #[test]
    fn every_refusal_has_a_sentence_in_the_fallback_catalogue_for_both_audiences() {
        let samples = [
            Refusal::NotFound,
            Refusal::OutOfScope,
            Refusal::Locked,
            Refusal::Barred(Barred::AlreadyRated),
            Refusal::Barred(Barred::AppealWindowClosed(time::macros::datetime!(
                2026-01-01 00:00 UTC
            ))),
            Refusal::Barred(Barred::NotAssignee),
            Refusal::Incomplete(CommandError::Score),
            Refusal::Incomplete(CommandError::Missing {
                action: Action::Reply,
                field: "text",
            }),
            Refusal::NotNow(TransitionError {
                from: State::Closed,
                action: Action::Duplicate,
            }),
            Refusal::UnknownUnit("X".into()),
            Refusal::RevealReasonTooShort,
            Refusal::ChangedMeanwhile,
        ];
        for r in samples {
            for audience in [Audience::Citizen, Audience::Staff] {
                let key = r.message_key(audience);
                assert!(
                    crate::i18n::Lang::default().has_own(&key),
                    "{r:?} for {audience:?}: {key} is not in the French catalogue"
                );
            }
        }
    }

    #[test]
    fn the_citizen_is_told_the_cause() {
        assert_eq!(
            Refusal::Barred(Barred::AlreadyRated).message_key(Audience::Citizen),
            "error-already_rated"
        );
        assert_eq!(
            Refusal::Incomplete(CommandError::Score).message_key(Audience::Citizen),
            "error-score"
        );
        assert_eq!(
            Refusal::SelfDuplicate.message_key(Audience::Staff),
            "staff-error-duplicate"
        );
        assert_eq!(Refusal::SelfDuplicate.field(), Some("of"));
        assert_eq!(
            Refusal::Incomplete(CommandError::Missing {
                action: Action::Reject,
                field: "reason"
            })
            .message_key(Audience::Staff),
            "staff-error-field-action",
            "the staff page asks for what the action needs"
        );
        assert_eq!(Refusal::ChangedMeanwhile.class(), Class::Conflict);
    }
}
