//! The USSD front door: the session callback of the region's aggregators (`sessionId`,
//! `serviceCode`, `phoneNumber`, `text` with `*` between the answers so far; the reply
//! starts `CON ` to continue or `END ` to finish). The menus are `domain::ussd`'s state
//! machine; here its screens get their words, and filing and following go through
//! `intake` and `handling`. The session is kept in the database between steps, so any node
//! answers the next one; it expires after `EXPIRY` without an answer.

use super::sms_inbound::{answer_messages, category_label, part, sender_number};
use crate::catalog::Catalog;
use crate::handling::{self, ActError, Caller, Refusal};
use crate::i18n::Lang;
use crate::intake::{self, IntakeError, Submission, Submitter};
use crate::services::Services;
use domain::State;
use domain::ussd::{Draft, Item, KINDS, LANGUAGES, ListOf, Lists, NEXT, Screen, Session};
use serde::{Deserialize, Serialize};
use store::{ComplaintRow, NewNotification, PhoneSender, StoreError};
use time::{Duration, OffsetDateTime};

/// A session unanswered this long is over (aggregators end theirs after 2 to 3 minutes).
pub const EXPIRY: Duration = Duration::minutes(5);
/// The longest screen, in characters (shared/DESIGN.md).
pub const MAX_SCREEN: usize = 160;

/// One step of a session, as the aggregator sends it.
#[derive(Debug, Clone, Copy)]
pub struct UssdRequest<'a> {
    pub session_id: &'a str,
    pub service_code: &'a str,
    pub phone: &'a str,
    pub text: &'a str,
}

/// What is stored between steps: the menus' session and the answers seen so far.
#[derive(Debug, Serialize, Deserialize)]
struct Stored {
    session: Session,
    seen: String,
}

/// The lists of the menus, from the catalogue, in the session's language.
struct CatalogLists<'a> {
    catalog: &'a Catalog,
    lang: Lang,
}

impl Lists for CatalogLists<'_> {
    fn departments(&self) -> Vec<Item> {
        self.catalog
            .citizen_departments()
            .into_iter()
            .map(|d| Item {
                code: d.to_owned(),
                label: self.lang.t(&format!("dept-{d}")),
            })
            .collect()
    }

    fn categories(&self, department: &str) -> Vec<Item> {
        self.catalog
            .categories_of(department)
            .into_iter()
            .map(|c| Item {
                code: c.code.clone(),
                label: category_label(self.lang, c),
            })
            .collect()
    }

    fn regions(&self) -> Vec<Item> {
        self.catalog
            .regions
            .iter()
            .map(|r| Item {
                code: r.code.clone(),
                label: r.name.clone(),
            })
            .collect()
    }

    fn communes(&self, region: &str) -> Vec<Item> {
        let provinces: Vec<&str> = self
            .catalog
            .provinces
            .iter()
            .filter(|p| p.region_code == region)
            .map(|p| p.code.as_str())
            .collect();
        let mut communes: Vec<Item> = self
            .catalog
            .communes
            .iter()
            .filter(|c| provinces.contains(&c.province_code.as_str()))
            .map(|c| Item {
                code: c.code.clone(),
                label: c.name.clone(),
            })
            .collect();
        communes.sort_by(|a, b| a.label.cmp(&b.label));
        communes
    }
}

/// Answers one step of a session: `CON …` or `END …`.
pub async fn respond(app: &Services, req: UssdRequest<'_>) -> Result<String, StoreError> {
    let now = app.now();
    let number = sender_number(req.phone);
    let key = app
        .store
        .vault()
        .phone_key(number.as_deref().unwrap_or(req.phone.trim()));
    let sender = app.store.phone_sender(&key).await?;
    let known = sender
        .as_ref()
        .and_then(|s| s.language.as_deref())
        .and_then(domain::Language::parse);
    let text = req.text.trim();
    let stored = app
        .store
        .ussd_session(req.session_id, now - EXPIRY)
        .await?
        .filter(|(k, _)| *k == key)
        .and_then(|(_, state)| serde_json::from_str::<Stored>(&state).ok());
    let mut stored = match stored {
        Some(stored) => stored,
        None if text.is_empty() => {
            let (session, screen) = Session::start(known);
            let mut stored = Stored {
                session,
                seen: String::new(),
            };
            return finish(app, &mut stored, &key, screen, req, now).await;
        }
        None => {
            let lang = Lang(known.unwrap_or_default());
            return Ok(end(lang.t_with(
                "ussd-expired",
                &[("code", dial_code(app, req.service_code))],
            )));
        }
    };
    // The aggregators of the region send every answer so far ("1*2*3"); some send only the
    // last one. An answer that fits neither shows the same screen again.
    let input = if text == stored.seen {
        None
    } else if stored.seen.is_empty() {
        Some(text.to_owned())
    } else if let Some(rest) = text.strip_prefix(&format!("{}*", stored.seen)) {
        Some(rest.to_owned())
    } else if !text.contains('*') {
        Some(text.to_owned())
    } else {
        None
    };
    let lang = Lang(stored.session.language.unwrap_or_default());
    let catalog = app.catalog();
    let lists = CatalogLists {
        catalog: &catalog,
        lang,
    };
    let screen = match input {
        Some(input) => {
            stored.seen = text.to_owned();
            stored.session.answer(&input, &lists)
        }
        None => Screen::Invalid(Box::new(
            stored
                .session
                .screen_of(&stored.session.step.clone(), &lists),
        )),
    };
    if stored.session.language != known
        && let Some(language) = stored.session.language
    {
        let mut remembered = sender.unwrap_or_else(|| PhoneSender {
            sender_key: key.clone(),
            ..PhoneSender::default()
        });
        remembered.language = Some(language.as_str().to_owned());
        app.store.save_phone_sender(remembered, now).await?;
    }
    finish(app, &mut stored, &key, screen, req, now).await
}

fn con(text: String) -> String {
    format!("CON {text}")
}

fn end(text: String) -> String {
    format!("END {text}")
}

/// The code citizens dial: the setting, else what the aggregator says was dialled.
fn dial_code(app: &Services, service_code: &str) -> String {
    app.contact
        .ussd_code
        .clone()
        .unwrap_or_else(|| service_code.to_owned())
}

/// Carries out what the screen asks (filing, following), saves the session when it
/// continues, and renders the reply.
async fn finish(
    app: &Services,
    stored: &mut Stored,
    key: &str,
    screen: Screen,
    req: UssdRequest<'_>,
    now: OffsetDateTime,
) -> Result<String, StoreError> {
    let lang = Lang(stored.session.language.unwrap_or_default());
    let reply = match screen {
        Screen::File(draft) => file(app, lang, draft, req, now).await?,
        Screen::Follow { code, secret } => follow(app, stored, lang, key, &code, secret).await?,
        Screen::SendAnswer { code } => send_answer(app, lang, req.phone, &code, now).await?,
        screen => render(app, lang, &screen, req.service_code),
    };
    if reply.starts_with("CON ") {
        let state = serde_json::to_string(stored).expect("a session serialises");
        app.store
            .save_ussd_session(req.session_id, key, &state, now, now - EXPIRY)
            .await?;
    }
    Ok(reply)
}

/// A screen's words.
fn render(app: &Services, lang: Lang, screen: &Screen, service_code: &str) -> String {
    let nav = || lang.t("ussd-nav");
    match screen {
        Screen::Languages => con(format!(
            "Redress\n{}",
            lines(LANGUAGES.iter().map(|l| Lang(*l).endonym().to_owned()))
        )),
        Screen::Main => con(lang.t("ussd-main")),
        Screen::Kinds => con(format!(
            "{}\n{}\n{}",
            lang.t("ussd-title-kind"),
            lines(
                KINDS
                    .iter()
                    .map(|k| lang.t(&format!("ussd-kind-{}", k.as_str())))
            ),
            nav()
        )),
        Screen::List { of, items, more } => {
            let title = match of {
                ListOf::Departments => "ussd-title-department",
                ListOf::Categories => "ussd-title-category",
                ListOf::Regions => "ussd-title-region",
                ListOf::Communes => "ussd-title-commune",
            };
            let more = if *more {
                format!("\n{NEXT} {}", lang.t("ussd-more"))
            } else {
                String::new()
            };
            con(format!(
                "{}\n{}{more}\n{}",
                lang.t(title),
                lines(items.iter().cloned()),
                nav()
            ))
        }
        Screen::AskDescription => con(lang.t("ussd-ask-description")),
        Screen::Confirm { draft } => {
            let catalog = app.catalog();
            let category = draft
                .category
                .as_deref()
                .and_then(|c| catalog.category(c))
                .map(|c| category_label(lang, c))
                .unwrap_or_default();
            let commune = draft
                .commune
                .as_deref()
                .and_then(|c| catalog.communes.iter().find(|k| k.code == c))
                .map(|c| c.name.clone())
                .unwrap_or_default();
            let kind = draft.kind.unwrap_or_default();
            con(lang.t_with(
                "ussd-confirm",
                &[
                    ("kind", lang.t(&format!("ussd-kind-{}", kind.as_str()))),
                    ("category", category),
                    ("commune", commune),
                ],
            ))
        }
        Screen::AskCode => con(lang.t("ussd-ask-code")),
        Screen::AskSecret => con(lang.t("ussd-ask-secret")),
        Screen::Deadlines => {
            let catalog = app.catalog();
            let answer = catalog
                .categories
                .iter()
                .map(|c| c.answer_days)
                .max()
                .unwrap_or(10);
            let ack = catalog
                .categories
                .iter()
                .map(|c| c.ack_days)
                .max()
                .unwrap_or(3);
            end(lang.t_with(
                "ussd-deadlines",
                &[("ack", ack.to_string()), ("answer", answer.to_string())],
            ))
        }
        Screen::Identity => end(lang.t("ussd-identity")),
        Screen::Cancelled => {
            end(lang.t_with("ussd-cancelled", &[("code", dial_code(app, service_code))]))
        }
        Screen::Invalid(inner) => {
            let again = render(app, lang, inner, service_code);
            let body = again.strip_prefix("CON ").unwrap_or(&again);
            con(format!("{} {body}", lang.t("ussd-invalid")))
        }
        // Carried out by `finish`.
        Screen::File(_) | Screen::Follow { .. } | Screen::SendAnswer { .. } => {
            end(lang.t("sms-unavailable"))
        }
    }
}

/// `1 First\n2 Second…`
fn lines(items: impl Iterator<Item = String>) -> String {
    items
        .enumerate()
        .map(|(i, item)| format!("{} {item}", i + 1))
        .collect::<Vec<_>>()
        .join("\n")
}

async fn file(
    app: &Services,
    lang: Lang,
    draft: Draft,
    req: UssdRequest<'_>,
    now: OffsetDateTime,
) -> Result<String, StoreError> {
    let number = sender_number(req.phone);
    let submission = Submission {
        category: draft.category.unwrap_or_default(),
        description: draft.description.unwrap_or_default(),
        kind: draft.kind.map(|k| k.as_str().to_owned()),
        channel: Some("ussd".to_owned()),
        language: Some(lang.tag().to_owned()),
        commune: draft.commune,
        phone: number.clone(),
        sender: number,
        intake_key: Some(format!("ussd:{}", req.session_id)),
        ..Submission::default()
    };
    match intake::register(app, submission, Submitter::Public, now).await {
        Ok(receipt) => Ok(end(lang.t_with(
            "ussd-filed",
            &[
                ("code", receipt.tracking_code.to_string()),
                ("secret", receipt.secret.expose().to_owned()),
                ("answer", crate::i18n::date(receipt.answer_by)),
            ],
        ))),
        Err(IntakeError::Invalid(errors)) => {
            tracing::warn!(errors = ?errors.iter().map(|e| e.code).collect::<Vec<_>>(), "USSD filing refused");
            Ok(end(lang.t("ussd-not-filed")))
        }
        Err(IntakeError::Store(e)) => Err(e),
    }
}

async fn follow(
    app: &Services,
    stored: &mut Stored,
    lang: Lang,
    key: &str,
    code: &str,
    secret: Option<String>,
) -> Result<String, StoreError> {
    let asked_secret = secret.is_some();
    let caller = Caller::Phone {
        key: key.to_owned(),
        secret,
    };
    let row = app.store.complaint_by_code(code).await?;
    let access = match &row {
        Some(row) => Some(match handling::access(app, &caller, row).await {
            Ok(access) => Ok(access),
            Err(ActError::Store(e)) => return Err(e),
            Err(ActError::Refused(refusal)) => Err(refusal),
        }),
        None => None,
    };
    match (row, access) {
        (Some(row), Some(Ok(_))) => {
            let events = app.store.events_of(row.id).await?;
            let (text, answered) = status(lang, &row, &events);
            if answered {
                stored.session.followed();
                Ok(con(text))
            } else {
                Ok(end(text))
            }
        }
        (_, Some(Err(Refusal::Locked))) => Ok(end(lang.t("sms-locked"))),
        // Not this number's: the secret is asked, whether the code exists or not.
        _ if !asked_secret => {
            stored.session.needs_secret();
            Ok(con(lang.t("ussd-ask-secret")))
        }
        _ => Ok(end(lang.t("ussd-not-found"))),
    }
}

/// A complaint's status, with the start of its answer when it has one.
fn status(lang: Lang, row: &ComplaintRow, events: &[store::EventRow]) -> (String, bool) {
    let code = row.display_code();
    match handling::latest_answer(events) {
        Some(message)
            if matches!(
                row.status,
                State::Answered | State::Closed | State::Appealed
            ) =>
        {
            let head = lang.t_with("ussd-answered", &[("code", code), ("start", String::new())]);
            let room = MAX_SCREEN.saturating_sub(head.chars().count() + 5);
            let mut start: String = message.chars().take(room).collect();
            if message.chars().count() > room {
                start.push('…');
            }
            (
                lang.t_with(
                    "ussd-answered",
                    &[("code", row.display_code()), ("start", start)],
                ),
                true,
            )
        }
        _ => (
            lang.t_with(
                "sms-status",
                &[
                    ("code", code),
                    ("status", lang.t(&format!("status-{}", row.status))),
                    ("answer", crate::i18n::date(row.answer_by)),
                ],
            ),
            false,
        ),
    }
}

async fn send_answer(
    app: &Services,
    lang: Lang,
    phone: &str,
    code: &str,
    now: OffsetDateTime,
) -> Result<String, StoreError> {
    let Some(row) = app.store.complaint_by_code(code).await? else {
        return Ok(end(lang.t("ussd-not-found")));
    };
    let Some(number) = sender_number(phone) else {
        return Ok(end(lang.t("ussd-not-found")));
    };
    let events = app.store.events_of(row.id).await?;
    let Some(answer) = handling::latest_answer(&events) else {
        return Ok(end(lang.t("ussd-not-found")));
    };
    let parts: Vec<NewNotification> = answer_messages(lang, &row, answer)
        .into_iter()
        .map(|text| part(lang, &number, text))
        .collect();
    app.store
        .queue_notifications(Some(row.id), &parts, now)
        .await?;
    Ok(end(lang.t("ussd-answer-sent")))
}
