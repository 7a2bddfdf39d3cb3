//! Who hears what, when something happens to a complaint: the complainant in their
//! language by SMS and/or e-mail (as they gave), staff by e-mail. The messages are queued in
//! the outbox with the event (see `workers::outbox`); their words live in the catalogues
//! (`notify-<template>-sms`, `-subject`), rendered when sent.

use domain::{Action, State};
use serde_json::{Value, json};
use store::{Complainant, ComplaintRow, NewNotification};

/// Messages to the complainant, by every channel they gave.
pub fn to_complainant(
    who: Option<&Complainant>,
    language: &str,
    template: &str,
    params: Value,
) -> Vec<NewNotification> {
    let Some(who) = who else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (channel, recipient) in [("sms", &who.phone), ("email", &who.email)] {
        if let Some(r) = recipient {
            out.push(NewNotification {
                channel: channel.to_owned(),
                recipient: r.clone(),
                language: language.to_owned(),
                template: template.to_owned(),
                params: params.clone(),
            });
        }
    }
    out
}

/// A message to a staff member (always in French, the administration's language).
pub fn to_staff(email: &str, template: &str, params: Value) -> NewNotification {
    NewNotification {
        channel: "email".to_owned(),
        recipient: email.to_owned(),
        language: "fr".to_owned(),
        template: template.to_owned(),
        params,
    }
}

/// The complainant's message for an action that moved their complaint, if any.
pub fn template_for(action: Action, from: State, to: State) -> Option<&'static str> {
    Some(match (action, from, to) {
        (Action::Accept, _, _) => "accepted",
        (Action::Reject, _, _) => "rejected",
        (Action::Transfer, _, _) => "transferred",
        (Action::Answer, _, _) => "answered",
        (Action::Extend, _, _) => "extended",
        (Action::Close, State::Appealed, _) => "appeal-closed",
        (Action::Assign, State::Appealed, _) => "appeal-reopened",
        _ => return None,
    })
}

/// The variables every complaint message may use.
pub fn params(row: &ComplaintRow, data: &Value) -> Value {
    let code = row.display_code();
    json!({
        "code": code,
        "answer": crate::i18n::date(row.answer_by),
        "acknowledge": crate::i18n::date(row.acknowledge_by),
        "reason": data.get("reason").and_then(Value::as_str).unwrap_or_default(),
        "message": data.get("message").and_then(Value::as_str).unwrap_or_default(),
        "category": row.category_code,
    })
}
