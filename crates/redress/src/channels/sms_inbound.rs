//! The SMS front door: a message from a phone, as a gateway delivers it, and the reply to
//! send back. A message is read by `domain::sms::read`: words for a complaint file one (or
//! add to the one waiting for its department and category), a number chooses from the list
//! last sent, a command follows, reads, completes, withdraws, rates or appeals a complaint
//! through `intake` and `handling` like every other channel.
//!
//! Each gateway message is handled once (its id is recorded with the sealed reply, which a
//! second delivery gets again), a number sending too much is told once and then ignored for
//! the hour, and what is remembered of a number (language, stop, the pending choice) is
//! keyed by the vault's phone key, never by the number.

use super::sms::for_phone;
use crate::catalog::{Catalog, TRIAGE_CATEGORY};
use crate::handling::{self, ActError, Caller, Refusal};
use crate::i18n::Lang;
use crate::intake::{self, IntakeError, PhoneFilingError, Submission, Submitter};
use crate::services::Services;
use domain::lifecycle::CommandFields;
use domain::rules::Barred;
use domain::sms::{self, Command, Keywords, Message, Verb};
use domain::{Action, Language, State};
use serde_json::json;
use std::sync::OnceLock;
use store::{ComplaintRow, NewNotification, PhoneSender, StoreError};
use time::{Duration, OffsetDateTime};

/// Messages one number may send in an hour; past it, one polite reply, then silence.
pub const HOURLY_LIMIT: i64 = 30;
/// How long after filing, before choosing, more messages add to the same complaint.
pub const PENDING: Duration = Duration::minutes(10);
/// The longest message read, in characters (a long concatenated SMS is cut here).
pub const MAX_TEXT: usize = 2_000;

/// A message as the gateway delivered it.
#[derive(Debug, Clone)]
pub struct Inbound<'a> {
    /// The sender's number as the gateway gives it.
    pub from: &'a str,
    pub text: &'a str,
    /// The gateway's id for the message: a second delivery of the same id is answered
    /// with the first reply and changes nothing.
    pub gateway_id: Option<&'a str>,
}

/// The command words of every language, from the catalogues (`sms-words-<verb>`); a
/// language's own words only (not the French it falls back to).
pub fn keywords() -> &'static Keywords {
    static KEYWORDS: OnceLock<Keywords> = OnceLock::new();
    KEYWORDS.get_or_init(|| {
        let mut k = Keywords::default();
        for lang in Lang::ALL {
            for verb in Verb::ALL {
                let key = format!("sms-words-{}", verb.name());
                if lang.has_own(&key) {
                    k.add(verb, lang.0, &lang.t(&key));
                }
            }
        }
        k
    })
}

/// The sender as `+226…` when it is a number of the country (gateways write it with or
/// without `+`, `00` or the country code).
pub fn sender_number(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = match digits.strip_prefix("226") {
        Some(local) if local.len() == 8 => format!("+226{local}"),
        _ => digits,
    };
    intake::normalise_phone(&digits)
}

/// Handles one message and returns the reply (empty: send nothing back).
pub async fn receive(app: &Services, msg: Inbound<'_>) -> Result<String, StoreError> {
    let now = app.now();
    let number = sender_number(msg.from);
    let key = app
        .store
        .vault()
        .phone_key(number.as_deref().unwrap_or(msg.from.trim()));
    if let Some(id) = msg.gateway_id
        && let Some(seen) = app.store.seen_message("sms", id).await?
    {
        return Ok(seen.reply.unwrap_or_default());
    }
    let gateway_id = msg
        .gateway_id
        .map(str::to_owned)
        .unwrap_or_else(|| format!("local-{}", uuid::Uuid::new_v4()));
    let (count, limited) = app
        .store
        .messages_since(&key, now - Duration::hours(1))
        .await?;
    let sender = app.store.phone_sender(&key).await?;
    let lang = sender
        .as_ref()
        .and_then(|s| s.language.as_deref())
        .and_then(Lang::parse)
        .unwrap_or_default();
    if count >= HOURLY_LIMIT {
        let reply = if limited == 0 {
            lang.t("sms-too-many")
        } else {
            String::new()
        };
        app.store
            .record_message("sms", &gateway_id, &key, now, true, Some(&reply))
            .await?;
        tracing::warn!("SMS sender over the hourly limit");
        return Ok(reply);
    }
    let text: String = msg.text.chars().take(MAX_TEXT).collect();
    let before = sender.clone();
    let mut talk = Talk {
        app,
        sender: sender.unwrap_or_else(|| PhoneSender {
            sender_key: key.clone(),
            ..PhoneSender::default()
        }),
        number,
        lang,
        now,
        gateway_id: gateway_id.clone(),
        original: text.clone(),
    };
    let reply = talk.respond(sms::read(keywords(), &text)).await?;
    let reply = for_phone(talk.lang.0, reply);
    if before.as_ref() != Some(&talk.sender) {
        app.store
            .save_phone_sender(talk.sender.clone(), now)
            .await?;
    }
    app.store
        .record_message("sms", &gateway_id, &key, now, false, Some(&reply))
        .await?;
    Ok(reply)
}

/// One message's handling.
struct Talk<'a> {
    app: &'a Services,
    sender: PhoneSender,
    number: Option<String>,
    lang: Lang,
    now: OffsetDateTime,
    gateway_id: String,
    /// The message as received (at most `MAX_TEXT` characters).
    original: String,
}

/// A complaint to act on, or the reply that says why there is none.
type Target = Result<ComplaintRow, String>;

impl Talk<'_> {
    fn t(&self, key: &str, args: &[(&'static str, String)]) -> String {
        self.lang.t_with(key, args)
    }

    fn pending(&self) -> Option<&str> {
        match (&self.sender.pending_code, self.sender.pending_until) {
            (Some(code), Some(until)) if until > self.now => Some(code),
            _ => None,
        }
    }

    fn clear_pending(&mut self) {
        self.sender.pending_code = None;
        self.sender.pending_step = None;
        self.sender.pending_department = None;
        self.sender.pending_until = None;
    }

    async fn respond(&mut self, message: Message) -> Result<String, StoreError> {
        match message {
            Message::Empty => Ok(self.t("sms-empty", &[])),
            Message::Choice(n) => self.choose(n).await,
            Message::Text(text) => match self.pending().map(str::to_owned) {
                Some(code) => self.describe(&code, &text).await,
                None => self.file(&text).await,
            },
            Message::Command(c) => {
                // The language of the word used becomes the replies' language, except that
                // French words (the fallback of the national languages' commands) do not
                // undo a national language.
                let national = !matches!(self.lang.0, Language::French | Language::English);
                if let Some(language) = c.language
                    && !(language == Language::French && national)
                {
                    self.lang = Lang(language);
                    self.sender.language = Some(language.as_str().to_owned());
                }
                self.command(c).await
            }
        }
    }

    async fn file(&mut self, text: &str) -> Result<String, StoreError> {
        let submission = Submission {
            category: TRIAGE_CATEGORY.to_owned(),
            description: text.to_owned(),
            channel: Some("sms".to_owned()),
            language: Some(self.lang.tag().to_owned()),
            phone: self.number.clone(),
            sender: self.number.clone(),
            intake_key: Some(format!("sms:{}", self.gateway_id)),
            ..Submission::default()
        };
        let receipt =
            match intake::register(self.app, submission, Submitter::Public, self.now).await {
                Ok(receipt) => receipt,
                Err(IntakeError::Invalid(errors)) => {
                    let short = errors.iter().any(|e| e.code == "description_too_short");
                    return Ok(self.t(
                        if short {
                            "sms-too-short"
                        } else {
                            "sms-unavailable"
                        },
                        &[],
                    ));
                }
                Err(IntakeError::Store(e)) => return Err(e),
            };
        let code = receipt.tracking_code.to_string();
        self.sender.pending_code = Some(receipt.tracking_code.as_str().to_owned());
        self.sender.pending_step = Some("department".to_owned());
        self.sender.pending_department = None;
        self.sender.pending_until = Some(self.now + PENDING);
        let filed = self.t(
            "sms-filed",
            &[
                ("code", code),
                ("secret", receipt.secret.expose().to_owned()),
                ("answer", crate::i18n::date(receipt.answer_by)),
            ],
        );
        let choose = self.t(
            "sms-choose-department",
            &[("list", self.department_list(&self.app.catalog()))],
        );
        let together = format!("{filed} {choose}");
        // In one message when they fit together; else the receipt is the reply and the
        // list a message of its own (a national language's word can force UCS-2).
        if sms::segments(&for_phone(self.lang.0, together.clone())) == 1 {
            return Ok(together);
        }
        if let Some(number) = &self.number {
            let list = part(self.lang, number, for_phone(self.lang.0, choose));
            self.app
                .store
                .queue_notifications(None, &[list], self.now)
                .await?;
        }
        Ok(filed)
    }

    fn department_list(&self, catalog: &Catalog) -> String {
        numbered(
            catalog
                .citizen_departments()
                .iter()
                .map(|d| self.lang.t(&format!("dept-{d}"))),
        )
    }

    fn category_list(&self, catalog: &Catalog, department: &str) -> String {
        numbered(
            catalog
                .categories_of(department)
                .iter()
                .map(|c| category_label(self.lang, c)),
        )
    }

    async fn pending_row(&mut self, code: &str) -> Result<Option<ComplaintRow>, StoreError> {
        let row = self.app.store.complaint_by_code(code).await?;
        if row.is_none() {
            self.clear_pending();
        }
        Ok(row)
    }

    async fn describe(&mut self, code: &str, text: &str) -> Result<String, StoreError> {
        let Some(row) = self.pending_row(code).await? else {
            return self.file(text).await;
        };
        match intake::describe(self.app, &row, &self.sender.sender_key, text, self.now).await {
            Ok(row) => {
                self.sender.pending_until = Some(self.now + PENDING);
                Ok(self.t("sms-described", &[("code", row.display_code())]))
            }
            Err(PhoneFilingError::TooLong) => {
                Ok(self.t("sms-too-long", &[("code", row.display_code())]))
            }
            // Handled by staff meanwhile: this is a new complaint.
            Err(PhoneFilingError::Closed) => {
                self.clear_pending();
                self.file(text).await
            }
            Err(e) => self.filing_failed(e),
        }
    }

    fn filing_failed(&self, e: PhoneFilingError) -> Result<String, StoreError> {
        match e {
            PhoneFilingError::Store(e) => Err(e),
            PhoneFilingError::Conflict => Ok(self.t("sms-try-again", &[])),
            other => {
                tracing::warn!(error = %other, "SMS filing not completed");
                Ok(self.t("sms-no-choice", &[]))
            }
        }
    }

    async fn choose(&mut self, n: u32) -> Result<String, StoreError> {
        let Some(code) = self.pending().map(str::to_owned) else {
            return Ok(self.t("sms-no-choice", &[]));
        };
        let catalog = self.app.catalog();
        let departments = catalog.citizen_departments();
        let chosen = |len: usize| (1..=len).contains(&(n as usize)).then(|| n as usize - 1);
        match self.sender.pending_department.clone() {
            None => {
                let Some(i) = chosen(departments.len()) else {
                    let list = self.department_list(&catalog);
                    return Ok(self.t("sms-choice-unknown", &[("list", list)]));
                };
                let department = departments[i].to_owned();
                self.sender.pending_step = Some("category".to_owned());
                self.sender.pending_department = Some(department.clone());
                self.sender.pending_until = Some(self.now + PENDING);
                let list = self.category_list(&catalog, &department);
                let titled = self.t(
                    "sms-choose-category",
                    &[
                        ("department", self.lang.t(&format!("dept-{department}"))),
                        ("list", list.clone()),
                    ],
                );
                // The list alone when the department's name would make it two messages.
                Ok(
                    if sms::segments(&for_phone(self.lang.0, titled.clone())) == 1 {
                        titled
                    } else {
                        list
                    },
                )
            }
            Some(department) => {
                let categories = catalog.categories_of(&department);
                if n == 0 {
                    // Back to the departments.
                    self.sender.pending_step = Some("department".to_owned());
                    self.sender.pending_department = None;
                    let list = self.department_list(&catalog);
                    return Ok(self.t("sms-choose-department", &[("list", list)]));
                }
                let Some(i) = chosen(categories.len()) else {
                    let list = self.category_list(&catalog, &department);
                    return Ok(self.t("sms-choice-unknown", &[("list", list)]));
                };
                let category = categories[i].clone();
                let Some(row) = self.pending_row(&code).await? else {
                    return Ok(self.t("sms-no-choice", &[]));
                };
                let key = self.sender.sender_key.clone();
                match intake::classify(self.app, &row, &key, &category.code, self.now).await {
                    Ok(row) => {
                        self.clear_pending();
                        Ok(self.t(
                            "sms-classified",
                            &[
                                ("code", row.display_code()),
                                ("category", category_label(self.lang, &category)),
                                ("answer", crate::i18n::date(row.answer_by)),
                            ],
                        ))
                    }
                    Err(e) => {
                        self.clear_pending();
                        self.filing_failed(e)
                    }
                }
            }
        }
    }

    fn caller(&self, c: &Command) -> Caller {
        Caller::Phone {
            key: self.sender.sender_key.clone(),
            secret: c.secret.as_ref().map(|s| s.expose().to_owned()),
        }
    }

    /// The complaint a command is about: the code given (its own, or another's with the
    /// secret), else the last one filed from this number.
    async fn target(&self, c: &Command) -> Result<Target, StoreError> {
        let Some(code) = &c.code else {
            if c.secret.is_some() {
                return Ok(Err(self.t("sms-not-found", &[])));
            }
            let mine = self
                .app
                .store
                .complaints_of_sender(&self.sender.sender_key, 1)
                .await?;
            return Ok(mine
                .into_iter()
                .next()
                .ok_or_else(|| self.t("sms-no-complaint", &[])));
        };
        let Some(row) = self.app.store.complaint_by_code(code.as_str()).await? else {
            return Ok(Err(self.t("sms-not-found", &[])));
        };
        Ok(
            match handling::access(self.app, &self.caller(c), &row).await {
                Ok(_) => Ok(row),
                Err(ActError::Store(e)) => return Err(e),
                Err(ActError::Refused(Refusal::Locked)) => Err(self.t("sms-locked", &[])),
                Err(ActError::Refused(_)) => Err(self.t("sms-not-found", &[])),
            },
        )
    }

    async fn command(&mut self, c: Command) -> Result<String, StoreError> {
        match c.verb {
            Verb::Help => return Ok(self.t("sms-help", &[])),
            Verb::Stop => {
                self.sender.stopped = true;
                return Ok(self.t("sms-stopped", &[]));
            }
            Verb::Start => {
                self.sender.stopped = false;
                return Ok(self.t("sms-started", &[]));
            }
            _ => {}
        }
        // A complaint that begins with "add" or "appeal" from a number that never filed one.
        if matches!(c.verb, Verb::Add | Verb::Appeal) && c.code.is_none() && c.secret.is_none() {
            let mine = self
                .app
                .store
                .complaints_of_sender(&self.sender.sender_key, 1)
                .await?;
            if mine.is_empty() && c.rest.split_whitespace().count() > 3 {
                let whole = self.original.clone();
                return self.file(&whole).await;
            }
        }
        let row = match self.target(&c).await? {
            Ok(row) => row,
            Err(reply) => return Ok(reply),
        };
        let code = row.display_code();
        match c.verb {
            Verb::Status => Ok(self.status(&row)),
            Verb::Answer => self.read_answer(&row).await,
            Verb::Add if c.rest.trim().is_empty() => Ok(self.t("sms-add-usage", &[])),
            Verb::Add => {
                let fields = CommandFields {
                    text: Some(c.rest.clone()),
                    ..CommandFields::default()
                };
                self.act(
                    &c,
                    &row,
                    Action::Reply,
                    fields,
                    "sms-added",
                    &[("code", code)],
                )
                .await
            }
            Verb::Withdraw => {
                let fields = CommandFields {
                    reason: Some(c.rest.clone()).filter(|r| !r.trim().is_empty()),
                    ..CommandFields::default()
                };
                self.act(
                    &c,
                    &row,
                    Action::Withdraw,
                    fields,
                    "sms-withdrawn",
                    &[("code", code)],
                )
                .await
            }
            Verb::Rate => match c.score {
                Some(score @ 1..=5) => {
                    let fields = CommandFields {
                        score: Some(score),
                        text: Some(c.rest.clone()).filter(|r| !r.trim().is_empty()),
                        ..CommandFields::default()
                    };
                    let args = [("code", code), ("score", score.to_string())];
                    self.act(&c, &row, Action::Rate, fields, "sms-rated", &args)
                        .await
                }
                _ => Ok(self.t("sms-rate-usage", &[])),
            },
            Verb::Appeal => {
                let fields = CommandFields {
                    reason: Some(c.rest.clone()),
                    ..CommandFields::default()
                };
                self.act(
                    &c,
                    &row,
                    Action::Appeal,
                    fields,
                    "sms-appealed",
                    &[("code", code)],
                )
                .await
            }
            Verb::Help | Verb::Stop | Verb::Start => unreachable!("answered above"),
        }
    }

    fn status(&self, row: &ComplaintRow) -> String {
        let code = row.display_code();
        if row.answered_at.is_some() && matches!(row.status, State::Answered | State::Closed) {
            return self.t("sms-status-answered", &[("code", code)]);
        }
        self.t(
            "sms-status",
            &[
                ("code", code),
                ("status", self.lang.t(&format!("status-{}", row.status))),
                ("answer", crate::i18n::date(row.answer_by)),
            ],
        )
    }

    /// The answer's text, split over as many messages as it needs: the first is the reply,
    /// the others go through the outbox.
    async fn read_answer(&self, row: &ComplaintRow) -> Result<String, StoreError> {
        let events = self.app.store.events_of(row.id).await?;
        let Some(answer) = handling::latest_answer(&events) else {
            return Ok(self.t(
                "sms-no-answer-yet",
                &[
                    ("code", row.display_code()),
                    ("answer", crate::i18n::date(row.answer_by)),
                ],
            ));
        };
        let mut parts = answer_messages(self.lang, row, answer).into_iter();
        let first = parts.next().unwrap_or_default();
        if let Some(number) = &self.number {
            let rest: Vec<NewNotification> =
                parts.map(|text| part(self.lang, number, text)).collect();
            if !rest.is_empty() {
                self.app
                    .store
                    .queue_notifications(Some(row.id), &rest, self.now)
                    .await?;
            }
        }
        Ok(first)
    }

    async fn act(
        &self,
        c: &Command,
        row: &ComplaintRow,
        action: Action,
        fields: CommandFields,
        done: &str,
        args: &[(&'static str, String)],
    ) -> Result<String, StoreError> {
        let caller = self.caller(c);
        match handling::act(
            self.app,
            &row.tracking_code,
            &caller,
            action,
            fields,
            self.now,
        )
        .await
        {
            Ok(_) => Ok(self.t(done, args)),
            Err(ActError::Store(e)) => Err(e),
            Err(ActError::Refused(r)) => Ok(self.refused(&r, row, c.verb)),
        }
    }

    /// A refusal in one short message.
    fn refused(&self, r: &Refusal, row: &ComplaintRow, verb: Verb) -> String {
        let code = row.display_code();
        match r {
            Refusal::Locked => self.t("sms-locked", &[]),
            Refusal::ChangedMeanwhile => self.t("sms-try-again", &[]),
            Refusal::Barred(Barred::AlreadyRated) => self.t("sms-already-rated", &[("code", code)]),
            Refusal::Barred(Barred::AppealWindowClosed(at)) => self.t(
                "sms-appeal-window-closed",
                &[("code", code), ("date", crate::i18n::date(at.date()))],
            ),
            Refusal::Incomplete(_) => match verb {
                Verb::Appeal => self.t("sms-appeal-usage", &[]),
                Verb::Rate => self.t("sms-rate-usage", &[]),
                _ => self.t("sms-add-usage", &[]),
            },
            Refusal::NotFound | Refusal::WrongSecret | Refusal::OutOfScope => {
                self.t("sms-not-found", &[])
            }
            _ => self.t(
                "sms-not-now",
                &[
                    ("code", code),
                    (
                        "status",
                        self.lang
                            .t(&format!("status-{}", row.status))
                            .to_lowercase(),
                    ),
                ],
            ),
        }
    }
}

/// A message to `number` outside any template (a part of a long text), sent through the
/// outbox.
pub fn part(lang: Lang, number: &str, text: String) -> NewNotification {
    NewNotification {
        channel: "sms".to_owned(),
        recipient: number.to_owned(),
        language: lang.tag().to_owned(),
        template: "part".to_owned(),
        params: json!({ "text": text }),
    }
}

/// A complaint's answer as the numbered SMS that carry it, in `lang`.
pub fn answer_messages(lang: Lang, row: &ComplaintRow, answer: &str) -> Vec<String> {
    let text = lang.t_with(
        "sms-answer",
        &[("code", row.display_code()), ("message", answer.to_owned())],
    );
    sms::split_numbered(&for_phone(lang.0, text))
}

/// A category's short name for a phone (`sms-cat-<code>`), or its name where none is given.
pub fn category_label(lang: Lang, c: &store::CategoryRow) -> String {
    let key = format!("sms-cat-{}", c.code);
    if Lang(Language::French).has_own(&key) {
        return lang.t(&key);
    }
    match lang.0 {
        Language::English => c.name_en.clone(),
        _ => c.name_fr.clone(),
    }
}

/// `1 First 2 Second …`
pub fn numbered(items: impl Iterator<Item = String>) -> String {
    items
        .enumerate()
        .map(|(i, item)| format!("{} {item}", i + 1))
        .collect::<Vec<_>>()
        .join(" ")
}
