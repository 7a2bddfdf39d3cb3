//! `redress demo`: training data made through the same intake and handling code as real
//! work, so every complaint has its true audit trail.

use super::{Failure, open_store};
use crate::auth::hash_password;
use crate::config::Settings;
use crate::handling::{self, Caller, Staff};
use crate::intake::{self, Submission, Submitter};
use crate::services::Services;
use domain::lifecycle::CommandFields;
use domain::{Action, Role};
use std::process::ExitCode;
use store::{AdminChange, NewStaff, Scope};
use time::OffsetDateTime;

const DEFAULT_PASSWORD: &str = "formation-redress-2026";

/// (e-mail, name, role, unit)
const STAFF: &[(&str, &str, Role, Option<&str>)] = &[
    ("admin@demo.redress.bf", "Aminata Kaboré", Role::Admin, None),
    (
        "auditeur@demo.redress.bf",
        "Jean Zongo",
        Role::Auditor,
        None,
    ),
    (
        "accueil.sante@demo.redress.bf",
        "Fatimata Diallo",
        Role::Intake,
        Some("SAN"),
    ),
    (
        "superviseur.sante@demo.redress.bf",
        "Dr Salif Ouédraogo",
        Role::Supervisor,
        Some("SAN"),
    ),
    (
        "agent.sante.kadiogo@demo.redress.bf",
        "Mariam Sawadogo",
        Role::Officer,
        Some("SAN-BF13"),
    ),
    (
        "agent.sante.guiriko@demo.redress.bf",
        "Issouf Traoré",
        Role::Officer,
        Some("SAN-BF53"),
    ),
    (
        "superviseur.education@demo.redress.bf",
        "Paul Compaoré",
        Role::Supervisor,
        Some("EDU"),
    ),
    (
        "agent.education.kadiogo@demo.redress.bf",
        "Awa Nikiéma",
        Role::Officer,
        Some("EDU-BF13"),
    ),
    (
        "superviseur.fp@demo.redress.bf",
        "Rasmané Ilboudo",
        Role::Supervisor,
        Some("FP"),
    ),
    // Every department has an officer to route to (the training exercises route to one).
    (
        "agent.fp.kadiogo@demo.redress.bf",
        "Alizèta Tapsoba",
        Role::Officer,
        Some("FP-BF13"),
    ),
    (
        "superviseur.justice@demo.redress.bf",
        "Clémentine Somé",
        Role::Supervisor,
        Some("JUS"),
    ),
    (
        "agent.justice.kadiogo@demo.redress.bf",
        "Hamidou Belem",
        Role::Officer,
        Some("JUS-BF13"),
    ),
    // The national desk that routes complaints naming no department (SMS without a choice).
    (
        "orientation@demo.redress.bf",
        "Boukary Ouattara",
        Role::Intake,
        Some("GEN"),
    ),
];

/// (category, commune name, description, contact phone)
const COMPLAINTS: &[(&str, &str, &str)] = &[
    (
        "SAN-FEES",
        "Ouagadougou",
        "Au CSPS du secteur 30, on m'a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.",
    ),
    (
        "SAN-STOCKOUT",
        "Bobo-Dioulasso",
        "Depuis deux semaines, le dépôt pharmaceutique du CMA n'a plus d'amoxicilline ni de SRO; on nous envoie acheter en ville.",
    ),
    (
        "SAN-WAIT",
        "Ouagadougou",
        "Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.",
    ),
    (
        "SAN-ABSENCE",
        "Kaya",
        "L'infirmier du CSPS n'est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.",
    ),
    (
        "EDU-FEES",
        "Ouagadougou",
        "L'école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.",
    ),
    (
        "EDU-ABSENCE",
        "Koudougou",
        "L'enseignant de CM2 est absent depuis la rentrée d'octobre; les élèves restent dans la cour.",
    ),
    (
        "EDU-CANTEEN",
        "Ouahigouya",
        "La cantine scolaire n'a servi aucun repas ce trimestre alors que les vivres ont été livrés à l'école.",
    ),
    (
        "EDU-EXAMS",
        "Dori",
        "Des sujets du CEP circulaient la veille de l'examen contre de l'argent.",
    ),
    (
        "FP-CAREER",
        "Ouagadougou",
        "Mon avancement d'échelon de 2024 n'est toujours pas pris en compte dans mon salaire malgré trois relances.",
    ),
    (
        "FP-DOCS",
        "Gaoua",
        "Cela fait quatre mois que j'attends la délivrance de mon arrêté d'intégration.",
    ),
    (
        "JUS-DELAY",
        "Bobo-Dioulasso",
        "Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.",
    ),
    (
        "JUS-DOCS",
        "Fada-Ngourma",
        "On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.",
    ),
];

/// The actions that take a new complaint to each state (the complainant's are marked).
fn path_to(state: &str) -> Vec<(Action, bool)> {
    let handled = vec![
        (Action::Accept, false),
        (Action::Assign, false),
        (Action::Start, false),
        (Action::Answer, false),
    ];
    match state {
        "accepted" => vec![(Action::Accept, false)],
        "assigned" => handled[..2].to_vec(),
        "in_progress" => handled[..3].to_vec(),
        "answered" => handled,
        "appealed" => [handled, vec![(Action::Appeal, true)]].concat(),
        "closed" => [handled, vec![(Action::Close, false)]].concat(),
        "rejected" => vec![(Action::Reject, false)],
        "withdrawn" => vec![(Action::Withdraw, true)],
        _ => vec![],
    }
}

fn fields(action: Action, assignee: &str) -> CommandFields {
    let text = |s: &str| Some(s.to_owned());
    match action {
        Action::Assign => CommandFields {
            assignee: text(assignee),
            ..Default::default()
        },
        Action::Answer => CommandFields {
            message: text(
                "Après vérification auprès de la structure, la situation a été corrigée et l'agent concerné a été rappelé à l'ordre. Merci de votre signalement.",
            ),
            ..Default::default()
        },
        Action::Reject => CommandFields {
            reason: text("La plainte ne concerne pas un service public de ce ministère."),
            ..Default::default()
        },
        Action::Appeal => CommandFields {
            reason: text("Rien n'a changé sur place depuis la réponse."),
            ..Default::default()
        },
        Action::Withdraw => CommandFields {
            reason: text("Le problème a été réglé."),
            ..Default::default()
        },
        _ => CommandFields::default(),
    }
}

pub async fn load(settings: &Settings) -> Result<ExitCode, Failure> {
    let store = open_store(settings).await?;
    if store.staff_by_email(STAFF[0].0).await?.is_some() {
        eprintln!("redress: the demo data is already loaded");
        return Ok(ExitCode::SUCCESS);
    }
    let password =
        std::env::var("REDRESS_PASSWORD").unwrap_or_else(|_| DEFAULT_PASSWORD.to_owned());
    let hash = hash_password(&password).map_err(Failure)?;
    let now = OffsetDateTime::now_utc();
    for (email, name, role, unit) in STAFF {
        let staff = NewStaff {
            email: (*email).to_owned(),
            name: (*name).to_owned(),
            role: *role,
            unit_code: unit.map(str::to_owned),
            password_hash: hash.clone(),
            created_at: now,
        };
        store
            .admin(AdminChange::AddStaff(staff), "cli:demo", now)
            .await?;
    }
    let app = Services::new(store.clone(), settings.data_dir.join("attachments")).await?;
    let admin = store.staff_by_email(STAFF[0].0).await?.expect("just added");
    let admin = Caller::Staff(Staff {
        id: admin.id,
        email: admin.email,
        role: Role::Admin,
        scope: Scope::Everything,
    });
    let states = [
        "received",
        "accepted",
        "assigned",
        "in_progress",
        "answered",
        "appealed",
        "closed",
        "rejected",
        "withdrawn",
    ];
    let catalog = app.catalog();
    let mut made = 0;
    for (i, (category, commune, description)) in
        COMPLAINTS.iter().cycle().take(states.len() * 3).enumerate()
    {
        let commune = catalog
            .communes
            .iter()
            .find(|c| c.name == *commune)
            .map(|c| c.code.clone());
        let submission = Submission {
            category: (*category).to_owned(),
            description: (*description).to_owned(),
            kind: Some(
                if i % 7 == 3 {
                    "denunciation"
                } else {
                    "complaint"
                }
                .to_owned(),
            ),
            language: Some(["fr", "mos", "dyu", "fr", "en"][i % 5].to_owned()),
            anonymous: i % 4 == 1,
            commune,
            phone: (i % 4 != 1).then(|| format!("70 00 {:02} {:02}", i / 100, i % 100)),
            ..Default::default()
        };
        let receipt = intake::register(&app, submission, Submitter::Public, now).await?;
        let code = receipt.tracking_code.as_str().to_owned();
        let row = store
            .complaint_by_code(&code)
            .await?
            .expect("just registered");
        let department = row
            .unit_code
            .split('-')
            .next()
            .unwrap_or_default()
            .to_owned();
        let assignee = STAFF
            .iter()
            .find(|(_, _, role, unit)| {
                *role == Role::Officer && *unit == Some(row.unit_code.as_str())
            })
            .or_else(|| {
                STAFF.iter().find(|(_, _, role, unit)| {
                    *role == Role::Supervisor && *unit == Some(department.as_str())
                })
            })
            .map_or(STAFF[0].0, |s| s.0);
        let complainant = Caller::Secret(receipt.secret.expose().to_owned());
        for (action, by_complainant) in path_to(states[i % states.len()]) {
            let caller = if by_complainant { &complainant } else { &admin };
            handling::act(&app, &code, caller, action, fields(action, assignee), now)
                .await
                .map_err(|e| Failure(format!("demo complaint {code}: {action}: {e}")))?;
        }
        made += 1;
    }
    eprintln!(
        "redress: demo data loaded: {} staff accounts (password: {}), {made} complaints in every state",
        STAFF.len(),
        if std::env::var("REDRESS_PASSWORD").is_ok() {
            "from REDRESS_PASSWORD"
        } else {
            DEFAULT_PASSWORD
        }
    );
    for (email, _, role, unit) in STAFF {
        eprintln!("  {role:<10} {email} {}", unit.unwrap_or("(all units)"));
    }
    Ok(ExitCode::SUCCESS)
}
