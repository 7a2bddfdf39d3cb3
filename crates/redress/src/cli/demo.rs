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
    let reach = load_posters(&app, &store, now).await?;
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
    eprintln!("{reach}");
    Ok(ExitCode::SUCCESS)
}

type DemoServicePoint = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

/// (code, unit, kind, name, commune, address): a few service points per region, one
/// without an address, one with a very long name, one removed since its posters were
/// printed.
const SERVICE_POINTS: &[DemoServicePoint] = &[
    (
        "CSPS-PISSY",
        "SAN-BF13",
        "health_centre",
        "CSPS de Pissy (secteur 17)",
        "Ouagadougou",
        Some("Avenue de la Liberté, secteur 17"),
    ),
    (
        "CSPS-WEND-KUUNI",
        "SAN-BF13",
        "health_centre",
        "Centre de santé Wẽnd-Kuuni",
        "Saaba",
        None,
    ),
    (
        "EPP-TANGHIN-A",
        "EDU-BF13",
        "school",
        "École primaire publique Tanghin A",
        "Ouagadougou",
        Some("Quartier Tanghin, près du barrage"),
    ),
    (
        "EPP-KOMSILGA-CENTRE",
        "EDU-BF13",
        "school",
        "École primaire publique de Komsilga centre, avec ses six classes du CP1 au CM2, sa cantine scolaire, son jardin pédagogique et sa bibliothèque communautaire",
        "Komsilga",
        Some("Route de Kombissiri, à côté de la mairie"),
    ),
    (
        "TGI-OUAGADOUGOU",
        "JUS-BF13",
        "court",
        "Tribunal de grande instance de Ouagadougou",
        "Ouagadougou",
        Some("Avenue de l'Indépendance"),
    ),
    (
        "DRS-KADIOGO",
        "SAN-BF13",
        "directorate",
        "Direction régionale de la santé du Kadiogo",
        "Ouagadougou",
        Some("Boulevard Tansoba Kiéma"),
    ),
    (
        "CMA-DO",
        "SAN-BF53",
        "health_centre",
        "CMA du secteur 22 (Dô)",
        "Bobo-Dioulasso",
        Some("Secteur 22"),
    ),
    (
        "LYCEE-OUEZZIN",
        "EDU-BF53",
        "school",
        "Lycée Ouezzin Coulibaly",
        "Bobo-Dioulasso",
        Some("Avenue de la République"),
    ),
    (
        "TGI-BOBO",
        "JUS-BF53",
        "court",
        "Tribunal de grande instance de Bobo-Dioulasso",
        "Bobo-Dioulasso",
        None,
    ),
    (
        "DRFP-GUIRIKO",
        "FP-BF53",
        "office",
        "Direction régionale de la fonction publique — Guiriko",
        "Bobo-Dioulasso",
        Some("Rue du Commerce"),
    ),
    (
        "CSPS-KAYA-5",
        "SAN-BF49",
        "health_centre",
        "CSPS du secteur 5 de Kaya",
        "Kaya",
        Some("Secteur 5"),
    ),
    (
        "EPP-KAYA-B",
        "EDU-BF49",
        "school",
        "École primaire publique Kaya B",
        "Kaya",
        Some("Quartier Bilgho"),
    ),
    (
        "CHR-KOUDOUGOU",
        "SAN-BF50",
        "health_centre",
        "Centre hospitalier régional de Koudougou",
        "Koudougou",
        Some("Route de Réo"),
    ),
    (
        "EPP-PABRE-ANCIEN",
        "EDU-BF13",
        "school",
        "École de Pabré (ancien site)",
        "Pabré",
        None,
    ),
];

/// (days before today, channel, service point from the QR code, category, description):
/// fewer complaints in the four weeks before the poster campaign than in the three after,
/// part of those after filed from the posters' QR codes.
const REACH: &[(i64, &str, Option<&str>, &str, &str)] = &[
    (
        47,
        "web",
        None,
        "SAN-WAIT",
        "Attente de plus de six heures aux urgences sans être reçu.",
    ),
    (
        44,
        "sms",
        None,
        "EDU-FEES",
        "On exige des frais de cotisation non prévus pour inscrire mon enfant.",
    ),
    (
        40,
        "phone",
        None,
        "SAN-FEES",
        "On m'a fait payer un carnet de santé qui devrait être gratuit.",
    ),
    (
        37,
        "web",
        None,
        "JUS-DELAY",
        "Mon dossier n'a pas avancé depuis deux ans au tribunal.",
    ),
    (
        33,
        "ussd",
        None,
        "SAN-STOCKOUT",
        "Plus de médicaments contre le paludisme au dépôt depuis dix jours.",
    ),
    (
        30,
        "web",
        None,
        "EDU-ABSENCE",
        "L'enseignant de CE2 est absent depuis trois semaines.",
    ),
    (
        26,
        "sms",
        None,
        "SAN-RECEPTION",
        "L'accueil a été très désagréable avec une femme enceinte.",
    ),
    (
        23,
        "walk_in",
        None,
        "FP-DOCS",
        "J'attends mon attestation de travail depuis cinq mois.",
    ),
    (
        20,
        "web",
        Some("CSPS-PISSY"),
        "SAN-FEES",
        "Au CSPS on m'a fait payer la consultation de mon bébé de six mois.",
    ),
    (
        20,
        "web",
        Some("EPP-TANGHIN-A"),
        "EDU-FEES",
        "L'école demande 3000 F de frais de table-bancs à chaque élève.",
    ),
    (
        19,
        "sms",
        None,
        "SAN-WAIT",
        "Les consultations commencent à 10 h alors que le centre ouvre à 7 h.",
    ),
    (
        18,
        "web",
        Some("CSPS-WEND-KUUNI"),
        "SAN-STOCKOUT",
        "Le dépôt n'a plus de SRO ni de zinc pour les enfants.",
    ),
    (
        18,
        "ussd",
        None,
        "EDU-CANTEEN",
        "La cantine n'a pas fonctionné depuis la rentrée.",
    ),
    (
        17,
        "web",
        Some("TGI-OUAGADOUGOU"),
        "JUS-DOCS",
        "On me demande de l'argent pour délivrer un certificat de nationalité.",
    ),
    (
        16,
        "phone",
        None,
        "SAN-ABSENCE",
        "Le major du CSPS est absent tous les vendredis.",
    ),
    (
        15,
        "web",
        Some("CMA-DO"),
        "SAN-WAIT",
        "Attente de toute une journée pour une échographie.",
    ),
    (
        15,
        "web",
        Some("CSPS-PISSY"),
        "SAN-RECEPTION",
        "Un agent a insulté ma mère à l'accueil du centre.",
    ),
    (
        14,
        "sms",
        None,
        "FP-CAREER",
        "Mon reclassement n'est toujours pas appliqué sur mon salaire.",
    ),
    (
        13,
        "web",
        Some("LYCEE-OUEZZIN"),
        "EDU-EXAMS",
        "Des notes du BEPC blanc ont été vendues à certains élèves.",
    ),
    (
        12,
        "web",
        None,
        "SAN-FEES",
        "On m'a demandé de payer les gants et la seringue à la maternité.",
    ),
    (
        11,
        "web",
        Some("EPP-KOMSILGA-CENTRE"),
        "EDU-CANTEEN",
        "Les vivres de la cantine sont vendus au marché par le gérant.",
    ),
    (
        10,
        "ussd",
        None,
        "SAN-FREECARE",
        "La gratuité des soins pour les moins de cinq ans n'est pas appliquée.",
    ),
    (
        9,
        "web",
        Some("CSPS-KAYA-5"),
        "SAN-ABSENCE",
        "Le centre est resté fermé deux jours sans explication.",
    ),
    (
        8,
        "web",
        Some("CHR-KOUDOUGOU"),
        "SAN-FEES",
        "On fait payer les pansements aux malades hospitalisés.",
    ),
    (
        7,
        "sms",
        None,
        "EDU-ABSENCE",
        "Deux enseignants de l'école sont absents depuis la fête.",
    ),
    (
        6,
        "web",
        Some("EPP-KAYA-B"),
        "EDU-FEES",
        "Le directeur exige une cotisation pour la fête de fin d'année.",
    ),
    (
        5,
        "phone",
        None,
        "JUS-DELAY",
        "Mon jugement n'est pas rédigé un an après l'audience.",
    ),
    (
        4,
        "web",
        Some("CSPS-PISSY"),
        "SAN-STOCKOUT",
        "Le vaccin contre la rougeole manque depuis deux semaines.",
    ),
    (
        3,
        "web",
        Some("TGI-BOBO"),
        "JUS-FILES",
        "Mon dossier a été perdu par le greffe.",
    ),
    (
        2,
        "ussd",
        None,
        "SAN-WAIT",
        "Attente de cinq heures pour un vaccin.",
    ),
    (
        1,
        "web",
        Some("DRFP-GUIRIKO"),
        "FP-DOCS",
        "On me demande de revenir chaque semaine pour un acte d'intégration.",
    ),
];

/// How many days before today the demo's poster campaign started.
const CAMPAIGN_DAYS_AGO: i64 = 21;

/// Service points, a poster campaign three weeks ago, and complaints before and after it
/// (back-dated through the same intake), so that the dashboard shows the campaign's reach.
async fn load_posters(
    app: &Services,
    store: &store::Store,
    now: OffsetDateTime,
) -> Result<String, Failure> {
    let catalog = app.catalog();
    let commune = |name: &str| {
        catalog
            .communes
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.code.clone())
    };
    for (code, unit, kind, name, place, address) in SERVICE_POINTS {
        let sp = store::NewServicePoint {
            code: (*code).to_owned(),
            unit_code: (*unit).to_owned(),
            kind: (*kind).to_owned(),
            name: (*name).to_owned(),
            commune_code: commune(place),
            address: address.map(str::to_owned),
        };
        store
            .admin(AdminChange::AddServicePoint(sp), "cli:demo", now)
            .await?;
    }
    store
        .admin(
            AdminChange::RemoveServicePoint("EPP-PABRE-ANCIEN".into()),
            "cli:demo",
            now,
        )
        .await?;
    let started_on = (now - time::Duration::days(CAMPAIGN_DAYS_AGO)).date();
    store
        .admin(
            AdminChange::AddPosterCampaign {
                started_on,
                label: "Affiches dans les centres de santé, écoles et tribunaux".into(),
                region_code: None,
                created_by: None,
            },
            "cli:demo",
            now,
        )
        .await?;
    let intake_agent = store
        .staff_by_email("accueil.sante@demo.redress.bf")
        .await?
        .map(|s| s.id);
    for (i, (days_ago, channel, sp, category, description)) in REACH.iter().enumerate() {
        let place = sp
            .and_then(|code| SERVICE_POINTS.iter().find(|p| p.0 == code))
            .map_or(["Ouagadougou", "Bobo-Dioulasso", "Kaya"][i % 3], |p| p.4);
        let by = match (*channel, intake_agent) {
            ("phone" | "walk_in", Some(id)) => Submitter::Staff { id },
            _ => Submitter::Public,
        };
        let submission = Submission {
            category: (*category).to_owned(),
            description: (*description).to_owned(),
            channel: Some((*channel).to_owned()),
            language: Some(["fr", "mos", "fr", "dyu"][i % 4].to_owned()),
            anonymous: i % 3 == 0,
            commune: commune(place),
            service_point: sp.map(str::to_owned),
            consent: Some(true),
            ..Default::default()
        };
        let at = now - time::Duration::days(*days_ago) - time::Duration::hours(i as i64 % 7);
        intake::register(app, submission, by, at).await?;
    }
    let after = REACH.iter().filter(|r| r.0 <= CAMPAIGN_DAYS_AGO).count();
    let from_qr = REACH.iter().filter(|r| r.2.is_some()).count();
    Ok(format!(
        "redress: {} service points (one removed), a poster campaign on {started_on}, {} complaints \
         around it ({} before, {after} after, {from_qr} from the posters' QR codes)",
        SERVICE_POINTS.len(),
        REACH.len(),
        REACH.len() - after,
    ))
}
