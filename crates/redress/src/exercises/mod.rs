//! Training exercises (`serve --training`): for each role the work it must master, played on
//! complaints made for the trainee, and judged from what actually happened to them — the
//! same audit trail as real work. A reset starts a new round: the previous round's scenario
//! complaints are withdrawn on their (fictional) complainant's behalf, what the trainee
//! registered and nobody took up is rejected, and fresh scenarios are made. Nothing is
//! deleted: the audit chain stays whole.

use crate::handling::{self, Caller, Staff};
use crate::intake::{self, Submission, Submitter};
use crate::services::Services;
use domain::lifecycle::CommandFields;
use domain::{Action, Channel, Kind, Role, State};
use store::{ComplaintRow, EventRow, Scope, StaffRow, StoreError, TraineeRow};
use time::OffsetDateTime;

mod stories;
use stories::story;

/// The exercises, in the order a trainee meets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exercise {
    /// Intake: register a complaint received by telephone.
    PhoneIntake,
    /// Supervisors and admins: accept a new complaint and assign it to an officer.
    Route,
    /// Officers: answer an assigned complaint within its deadline, from the response guide.
    Answer,
    /// Supervisors and admins: route a denunciation without revealing its author.
    ProtectAuthor,
    /// Supervisors and admins: a founded appeal goes back to an officer.
    Appeal,
}

impl Exercise {
    pub const ALL: [Exercise; 5] = [
        Exercise::PhoneIntake,
        Exercise::Route,
        Exercise::Answer,
        Exercise::ProtectAuthor,
        Exercise::Appeal,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Exercise::PhoneIntake => "phone-intake",
            Exercise::Route => "route",
            Exercise::Answer => "answer",
            Exercise::ProtectAuthor => "protect-author",
            Exercise::Appeal => "appeal",
        }
    }

    pub fn parse(key: &str) -> Option<Exercise> {
        Exercise::ALL.into_iter().find(|e| e.key() == key)
    }

    /// The exercises of a role (auditors read, they have none).
    pub fn for_role(role: Role) -> &'static [Exercise] {
        match role {
            Role::Intake => &[Exercise::PhoneIntake],
            Role::Officer => &[Exercise::Answer],
            Role::Supervisor | Role::Admin => {
                &[Exercise::Route, Exercise::ProtectAuthor, Exercise::Appeal]
            }
            Role::Auditor => &[],
        }
    }

    /// Whether the exercise is played on a complaint made for the trainee.
    fn has_scenario(self) -> bool {
        self != Exercise::PhoneIntake
    }
}

/// The phone call the intake exercise asks to register.
pub const CALL_CATEGORY: &str = "SAN-ABSENCE";
pub const CALL_COMMUNE: &str = "Kaya";
pub const CALL_PHONE: &str = "76 45 12 30";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    Doing,
    Passed,
    Failed,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::Doing => "doing",
            Status::Passed => "passed",
            Status::Failed => "failed",
        }
    }
}

/// Why an exercise stands where it does: a catalogue key and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Why {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

fn why(key: &'static str) -> Option<Why> {
    Some(Why {
        key,
        args: Vec::new(),
    })
}

fn why_with(key: &'static str, args: Vec<(&'static str, String)>) -> Option<Why> {
    Some(Why { key, args })
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub exercise: Exercise,
    pub status: Status,
    pub why: Option<Why>,
    /// The complaint the exercise is played on (or the one the trainee registered).
    pub tracking_code: Option<String>,
}

/// Why a round could not be prepared.
#[derive(Debug, thiserror::Error)]
pub enum PrepareError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("no unit within this trainee's scope can receive their exercises")]
    NoUnit,
    #[error("scenario {0}: {1}")]
    Scenario(&'static str, String),
}

pub fn actor(user_id: i64) -> String {
    format!("staff:{user_id}")
}

fn staff_of(row: &StaffRow) -> Staff {
    Staff {
        id: row.id,
        email: row.email.clone(),
        role: row.role,
        scope: Scope::for_staff(row.role, row.unit_code.as_deref(), row.unit_path.as_deref()),
    }
}

/// The regional unit the trainee's scenarios go to: theirs for an officer; for others the
/// first unit in their scope with an active officer (someone to route to), else the first
/// regional unit in their scope.
fn target_unit(app: &Services, trainee: &StaffRow, staff: &[StaffRow]) -> Option<String> {
    let catalog = app.catalog();
    if trainee.role == Role::Officer {
        return trainee.unit_code.clone();
    }
    let scope = staff_of(trainee).scope;
    let mut regional: Vec<&store::UnitRow> = catalog
        .units
        .iter()
        .filter(|u| u.level == "regional" && scope.contains(&u.code, &u.path))
        .collect();
    // Kadiogo first: the demo's officers work there.
    regional.sort_by_key(|u| (!u.code.ends_with("-BF13"), u.code.clone()));
    let staffed = regional.iter().find(|u| {
        staff.iter().any(|s| {
            s.role == Role::Officer && !s.disabled && s.unit_code.as_deref() == Some(&u.code)
        })
    });
    staffed.or(regional.first()).map(|u| u.code.clone())
}

/// A commune of the unit's region from which `category` is routed to the unit, if any.
fn commune_for(app: &Services, category: &str, unit: &store::UnitRow) -> Option<String> {
    let catalog = app.catalog();
    let category = catalog.category(category)?;
    catalog
        .communes
        .iter()
        .filter(|c| catalog.region_of(&c.code) == unit.region_code)
        .find(|c| catalog.route(category, Some(&c.code)).as_deref() == Some(unit.code.as_str()))
        .or_else(|| {
            catalog
                .communes
                .iter()
                .find(|c| catalog.region_of(&c.code) == unit.region_code)
        })
        .map(|c| c.code.clone())
}

/// A fictional number for the complainant of a scenario: the scenario is filed "from" it, so
/// that a reset may withdraw it on the complainant's behalf without any secret kept.
fn scenario_phone(user_id: i64, round: i32, exercise: Exercise) -> String {
    let n = Exercise::ALL
        .iter()
        .position(|e| *e == exercise)
        .unwrap_or(0) as i64;
    format!(
        "+22665{:06}",
        (user_id * 1000 + i64::from(round) * 10 + n) % 1_000_000
    )
}

struct Setup<'a> {
    app: &'a Services,
    trainer: Caller,
    now: OffsetDateTime,
}

impl Setup<'_> {
    async fn act(
        &self,
        code: &str,
        caller: &Caller,
        action: Action,
        fields: CommandFields,
        what: &'static str,
    ) -> Result<(), PrepareError> {
        handling::act(self.app, code, caller, action, fields, self.now)
            .await
            .map(|_| ())
            .map_err(|e| PrepareError::Scenario(what, format!("{action}: {e}")))
    }

    /// Files the scenario complaint from its fictional number, in `unit`.
    async fn file(
        &self,
        exercise: Exercise,
        phone: String,
        (category, description): (&str, &str),
        unit: &store::UnitRow,
    ) -> Result<ComplaintRow, PrepareError> {
        let what = exercise.key();
        let denunciation = exercise == Exercise::ProtectAuthor;
        let submission = Submission {
            category: category.to_owned(),
            description: description.to_owned(),
            kind: Some(
                if denunciation {
                    "denunciation"
                } else {
                    "complaint"
                }
                .to_owned(),
            ),
            channel: Some("sms".to_owned()),
            language: Some("fr".to_owned()),
            commune: commune_for(self.app, category, unit),
            name: denunciation.then(|| "Adama Sana".to_owned()),
            phone: Some(phone.clone()),
            sender: Some(phone),
            consent: Some(true),
            ..Default::default()
        };
        let receipt = intake::register(self.app, submission, Submitter::Public, self.now)
            .await
            .map_err(|e| PrepareError::Scenario(what, e.to_string()))?;
        let code = receipt.tracking_code.as_str().to_owned();
        let row = self.row(&code).await?;
        if row.unit_code == unit.code {
            return Ok(row);
        }
        // Routed elsewhere (the reference data changed): brought to the unit.
        self.act(
            &code,
            &self.trainer,
            Action::Accept,
            CommandFields::default(),
            what,
        )
        .await?;
        let fields = CommandFields {
            unit: Some(unit.code.clone()),
            reason: Some("Exercice de formation : dossier confié à cette unité.".to_owned()),
            ..Default::default()
        };
        self.act(&code, &self.trainer, Action::Transfer, fields, what)
            .await?;
        self.row(&code).await
    }

    async fn row(&self, code: &str) -> Result<ComplaintRow, PrepareError> {
        self.app
            .store
            .complaint_by_code(code)
            .await?
            .ok_or(PrepareError::Scenario("lookup", code.to_owned()))
    }
}

/// Starts `trainee`'s next round (the first enrols them): its scenario complaints are made,
/// by `trainer`. Returns the round's number.
pub async fn prepare(
    app: &Services,
    trainer: &Staff,
    trainee: &StaffRow,
    now: OffsetDateTime,
) -> Result<i32, PrepareError> {
    let scenarios: Vec<Exercise> = Exercise::for_role(trainee.role)
        .iter()
        .copied()
        .filter(|e| e.has_scenario())
        .collect();
    // The unit is found before the round starts: a trainee with no unit to play in gets no
    // new round.
    let unit = if scenarios.is_empty() {
        None
    } else {
        let staff = app.store.all_staff().await?;
        let code = target_unit(app, trainee, &staff).ok_or(PrepareError::NoUnit)?;
        Some(
            app.catalog()
                .unit(&code)
                .cloned()
                .ok_or(PrepareError::NoUnit)?,
        )
    };
    let round = app.store.start_training_round(trainee.id, now).await?;
    let setup = Setup {
        app,
        trainer: Caller::Staff(trainer.clone()),
        now,
    };
    // `unit` is there whenever `scenarios` is not empty.
    for (exercise, unit) in scenarios.into_iter().zip(unit.iter().cycle()) {
        let story = story(unit.department_code.as_deref().unwrap_or_default());
        let phone = scenario_phone(trainee.id, round, exercise);
        let what = exercise.key();
        let row = match exercise {
            Exercise::Route => setup.file(exercise, phone, story.route, unit).await?,
            Exercise::ProtectAuthor => {
                setup
                    .file(exercise, phone, story.denunciation, unit)
                    .await?
            }
            Exercise::Answer => {
                let row = setup.file(exercise, phone, story.answer, unit).await?;
                ensure_guide(app, trainer, &row.category_code, now).await?;
                if row.status == State::Received {
                    setup
                        .act(
                            &row.tracking_code,
                            &setup.trainer,
                            Action::Accept,
                            CommandFields::default(),
                            what,
                        )
                        .await?;
                }
                let fields = CommandFields {
                    assignee: Some(trainee.email.clone()),
                    ..Default::default()
                };
                setup
                    .act(
                        &row.tracking_code,
                        &setup.trainer,
                        Action::Assign,
                        fields,
                        what,
                    )
                    .await?;
                row
            }
            Exercise::Appeal => {
                let row = setup
                    .file(exercise, phone.clone(), story.appeal, unit)
                    .await?;
                let code = row.tracking_code.clone();
                if row.status == State::Received {
                    setup
                        .act(
                            &code,
                            &setup.trainer,
                            Action::Accept,
                            CommandFields::default(),
                            what,
                        )
                        .await?;
                }
                // Answered by the trainer, then appealed by the complainant from their phone.
                let steps = [
                    (
                        Action::Assign,
                        CommandFields {
                            assignee: Some(trainer.email.clone()),
                            ..Default::default()
                        },
                    ),
                    (Action::Start, CommandFields::default()),
                    (
                        Action::Answer,
                        CommandFields {
                            message: Some(
                                "Après vérification auprès de la structure, la somme perçue vous sera remboursée et l'agent concerné a été rappelé à l'ordre.".to_owned(),
                            ),
                            ..Default::default()
                        },
                    ),
                ];
                for (action, fields) in steps {
                    setup
                        .act(&code, &setup.trainer, action, fields, what)
                        .await?;
                }
                let complainant = Caller::Phone {
                    key: app.store.vault().phone_key(&phone),
                    secret: None,
                };
                let fields = CommandFields {
                    reason: Some(story.appeal_reason.to_owned()),
                    ..Default::default()
                };
                setup
                    .act(&code, &complainant, Action::Appeal, fields, what)
                    .await?;
                row
            }
            Exercise::PhoneIntake => unreachable!("no scenario"),
        };
        app.store
            .add_training_scenario(trainee.id, round, exercise.key(), row.id)
            .await?;
    }
    tracing::info!(trainee = trainee.id, round, "training round prepared");
    Ok(round)
}

/// The response guide of `category`, written for training when it has none (the answer
/// exercise asks for an answer built from it).
async fn ensure_guide(
    app: &Services,
    trainer: &Staff,
    category: &str,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    if app.store.current_guide(category).await?.is_some() {
        return Ok(());
    }
    let templates = serde_json::json!({
        "fr": {"body": "Madame, Monsieur,\n\nNous avons bien reçu votre plainte {code}. Après vérification auprès de la structure concernée, voici ce qui a été fait : [décrire les mesures prises].\n\nSi cette réponse ne vous satisfait pas, vous pouvez faire appel dans les 30 jours depuis la page de suivi de votre plainte.\n\nLa cellule des plaintes"},
        "en": {"body": "Dear Sir or Madam,\n\nWe received your complaint {code}. Having checked with the service concerned, this is what was done: [describe the measures taken].\n\nIf this answer does not satisfy you, you may appeal within 30 days from your complaint's tracking page.\n\nThe complaints unit"},
    });
    app.store
        .admin(
            store::AdminChange::AddGuideVersion {
                category_code: category.to_owned(),
                procedure: "1. Vérifier les faits auprès de la structure concernée.\n2. Prendre ou demander les mesures correctives.\n3. Répondre en disant ce qui a été fait et ce que le citoyen peut faire ensuite.".to_owned(),
                templates,
                created_by: Some(trainer.id),
            },
            &trainer.actor(),
            now,
        )
        .await?;
    Ok(())
}

/// Ends `trainee`'s current round and starts the next: the round's scenario complaints still
/// open are withdrawn on their fictional complainant's behalf, and the complaints the trainee
/// registered that nobody took up are rejected, so that queues hold only the new round.
pub async fn reset(
    app: &Services,
    trainer: &Staff,
    trainee: &StaffRow,
    now: OffsetDateTime,
) -> Result<i32, PrepareError> {
    let current = app
        .store
        .trainees()
        .await?
        .into_iter()
        .find(|t| t.user_id == trainee.id);
    if let Some(t) = current {
        let mut codes: Vec<(String, bool)> = app
            .store
            .training_scenarios(t.user_id, t.round)
            .await?
            .into_iter()
            .map(|(_, code)| (code, true))
            .collect();
        for e in app
            .store
            .events_by_actor(&actor(t.user_id), t.round_started_at, 500)
            .await?
        {
            if e.action == "received" {
                codes.push((e.tracking_code, false));
            }
        }
        for (code, scenario) in codes {
            let Some(row) = app.store.complaint_by_code(&code).await? else {
                continue;
            };
            let (caller, action, reason) = match (scenario, &row.sender_key) {
                (true, Some(key)) if !row.status.is_final() => (
                    Caller::Phone {
                        key: key.clone(),
                        secret: None,
                    },
                    Action::Withdraw,
                    "Exercice de formation remis à zéro.",
                ),
                (false, _) if row.status == State::Received => (
                    Caller::Staff(trainer.clone()),
                    Action::Reject,
                    "Exercice de formation remis à zéro : plainte d'entraînement.",
                ),
                _ => continue,
            };
            let fields = CommandFields {
                reason: Some(reason.to_owned()),
                ..Default::default()
            };
            if let Err(e) = handling::act(app, &code, &caller, action, fields, now).await {
                // Someone moved it meanwhile; the new round does not depend on it.
                tracing::warn!(error = %e, "training reset: a complaint of the round stays");
            }
        }
    }
    prepare(app, trainer, trainee, now).await
}

/// How each of the trainee's exercises of their current round stands; `staff` are the
/// accounts (the assignees' roles are read there).
pub async fn outcomes(
    app: &Services,
    trainee: &StaffRow,
    round: &TraineeRow,
    staff: &[StaffRow],
) -> Result<Vec<Outcome>, StoreError> {
    let scenarios = app
        .store
        .training_scenarios(round.user_id, round.round)
        .await?;
    let role_of = |email: &str| {
        staff
            .iter()
            .find(|s| s.email == email)
            .map(|s| (s.role, s.name.clone()))
    };
    let mut out = Vec::new();
    for &exercise in Exercise::for_role(trainee.role) {
        if exercise == Exercise::PhoneIntake {
            let registered = app
                .store
                .events_by_actor(&actor(trainee.id), round.round_started_at, 500)
                .await?
                .into_iter()
                .find(|e| e.action == "received");
            let row = match registered {
                Some(e) => app.store.complaint_by_code(&e.tracking_code).await?,
                None => None,
            };
            let (status, why) = match &row {
                Some(row) => judge_call(app, row),
                None => (Status::NotStarted, None),
            };
            out.push(Outcome {
                exercise,
                status,
                why,
                tracking_code: row.map(|r| r.tracking_code),
            });
            continue;
        }
        let code = scenarios
            .iter()
            .find(|(e, _)| e == exercise.key())
            .map(|(_, c)| c.clone());
        let row = match &code {
            Some(code) => app.store.complaint_by_code(code).await?,
            None => None,
        };
        let (status, why) = match &row {
            Some(row) => {
                let events = app.store.events_of(row.id).await?;
                judge(exercise, trainee.id, row, &events, &role_of)
            }
            None => (Status::NotStarted, why("training-why-no-scenario")),
        };
        out.push(Outcome {
            exercise,
            status,
            why,
            tracking_code: code,
        });
    }
    Ok(out)
}

/// The phone call registered by the trainee, against what the caller said.
fn judge_call(app: &Services, row: &ComplaintRow) -> (Status, Option<Why>) {
    let catalog = app.catalog();
    let expected_commune = catalog
        .communes
        .iter()
        .find(|c| c.name == CALL_COMMUNE)
        .map(|c| c.code.clone());
    let failed = |w| (Status::Failed, w);
    if row.channel != Channel::Phone {
        return failed(why_with(
            "training-why-channel",
            vec![("channel", row.channel.as_str().to_owned())],
        ));
    }
    if row.category_code != CALL_CATEGORY {
        return failed(why_with(
            "training-why-category",
            vec![("category", row.category_code.clone())],
        ));
    }
    if row.commune_code != expected_commune {
        return failed(why("training-why-commune"));
    }
    if row.kind != Kind::Complaint {
        return failed(why("training-why-kind"));
    }
    if row.anonymous || row.complainant.is_none() {
        return failed(why("training-why-contact"));
    }
    (Status::Passed, None)
}

/// The assignee of an `assign` event: their e-mail.
fn assignee(e: &EventRow) -> Option<&str> {
    e.data().get("assignee").and_then(|v| v.as_str())
}

/// Judges an exercise played on `row` from its events. `staff` gives the role and name of
/// an e-mail.
pub fn judge(
    exercise: Exercise,
    trainee: i64,
    row: &ComplaintRow,
    events: &[EventRow],
    staff: &dyn Fn(&str) -> Option<(Role, String)>,
) -> (Status, Option<Why>) {
    let me = actor(trainee);
    let mine = |e: &&EventRow| e.actor == me;
    let touched = events.iter().any(|e| e.actor == me);
    let started = if touched {
        Status::Doing
    } else {
        Status::NotStarted
    };
    // An assignment by the trainee to an officer passes the routing exercises.
    let routed = |after: i64| -> Option<(Status, Option<Why>)> {
        let e = events
            .iter()
            .rev()
            .find(|e| e.seq > after && e.action == "assign")?;
        if e.actor != me {
            return Some((Status::Failed, why("training-why-someone-else")));
        }
        let email = assignee(e).unwrap_or_default();
        match staff(email) {
            Some((Role::Officer, _)) => Some((Status::Passed, None)),
            Some((_, name)) => Some((
                Status::Failed,
                why_with("training-why-not-officer", vec![("name", name)]),
            )),
            None => Some((Status::Failed, why("training-why-not-officer-unknown"))),
        }
    };
    match exercise {
        Exercise::PhoneIntake => (started, None),
        Exercise::Route | Exercise::ProtectAuthor => {
            if exercise == Exercise::ProtectAuthor
                && events.iter().any(|e| e.action == "reveal_identity")
            {
                return (Status::Failed, why("training-why-revealed"));
            }
            if row.status == State::Rejected {
                return (Status::Failed, why("training-why-rejected"));
            }
            if events.iter().any(|e| e.action == "transfer" && mine(&e)) {
                return (Status::Failed, why("training-why-transferred"));
            }
            if row.status == State::Withdrawn {
                return (Status::Failed, why("training-why-withdrawn"));
            }
            routed(0).unwrap_or((started, None))
        }
        Exercise::Appeal => {
            let appeal = events
                .iter()
                .rev()
                .find(|e| e.action == "appeal")
                .map(|e| e.seq)
                .unwrap_or(i64::MAX);
            if events.iter().any(|e| e.seq > appeal && e.action == "close") {
                return (Status::Failed, why("training-why-appeal-closed"));
            }
            if row.status == State::Withdrawn {
                return (Status::Failed, why("training-why-withdrawn"));
            }
            routed(appeal).unwrap_or((started, None))
        }
        Exercise::Answer => {
            let Some(answer) = events.iter().rev().find(|e| e.action == "answer") else {
                if events.iter().any(|e| e.action == "transfer" && mine(&e)) {
                    return (Status::Failed, why("training-why-transferred"));
                }
                if row.status.is_final() {
                    return (Status::Failed, why("training-why-withdrawn"));
                }
                let doing = events.iter().any(|e| e.actor == me && e.action != "assign");
                return (
                    if doing {
                        Status::Doing
                    } else {
                        Status::NotStarted
                    },
                    None,
                );
            };
            if answer.actor != me {
                return (Status::Failed, why("training-why-someone-else"));
            }
            if answer
                .data()
                .get("guide_version")
                .is_none_or(|v| v.is_null())
            {
                return (Status::Failed, why("training-why-no-guide"));
            }
            if answer.at.date() > row.answer_by {
                return (
                    Status::Failed,
                    why_with(
                        "training-why-late",
                        vec![
                            ("due", crate::i18n::date(row.answer_by)),
                            ("answered", crate::i18n::date(answer.at.date())),
                        ],
                    ),
                );
            }
            (Status::Passed, None)
        }
    }
}
