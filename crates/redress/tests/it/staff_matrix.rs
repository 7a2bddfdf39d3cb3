//! The authorization matrix of the staff pages: every person (each role, in and out of
//! scope, signed out, a disabled account) against every page and form of the back-office,
//! driven with the session cookie and CSRF token a browser holds. A denial writes nothing
//! and shows nothing of the complaint; out of scope looks exactly like a code that does not
//! exist; a form without its CSRF token is refused whoever sends it. Every wrong cell is
//! collected and the whole matrix printed at the end, so one run shows them all.

use crate::matrix::setup_for;
use crate::pages::{Browser, Page};
use crate::staff::sign_in;
use crate::support::{Auth, TestApp, health_complaint};
use axum::http::StatusCode;
use domain::{Action, Role, TrackingCode};
use serde_json::json;
use std::collections::BTreeMap;
use store::on_both_backends;
use store::testing::TestDb;
use store::{AdminChange, NewStaff};

const PASSWORD: &str = "a long enough password";
const NAME: &str = "Awa Ouédraogo";
/// A part of `health_complaint()`'s description that HTML escaping leaves as it is.
const DESCRIPTION: &str = "2000 F pour une consultation qui est gratuite";
/// A few bytes of the attachment of the complaint read in the matrix.
const FILE_MARK: &str = "JFIF";
/// An account only the set-up uses, so its e-mail shows only on the list of accounts.
const SETUP: &str = "setup@redress.bf";
const ACTIONS: [Action; 10] = [
    Action::Accept,
    Action::Reject,
    Action::Assign,
    Action::Start,
    Action::Answer,
    Action::Close,
    Action::Transfer,
    Action::Note,
    Action::Extend,
    Action::Duplicate,
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seat {
    /// Signed in; complaints of SAN-BF13 are in scope.
    In,
    /// Signed in; complaints of SAN-BF13 are out of scope.
    Out,
    SignedOut,
    /// Signed in, then the account was disabled.
    Disabled,
}

struct Person {
    label: &'static str,
    /// (e-mail, role, unit); none when signed out.
    account: Option<(&'static str, Role, Option<&'static str>)>,
    seat: Seat,
}

impl Person {
    fn role(&self) -> Option<Role> {
        self.account.map(|(_, role, _)| role)
    }

    /// What a request should get: `granted` when the role allows it and the complaint is
    /// in scope; `on_complaint` when the route names a complaint (out of scope, it does not
    /// exist for this person).
    fn want(&self, allowed: bool, granted: &str, on_complaint: bool) -> String {
        match self.seat {
            Seat::SignedOut | Seat::Disabled => "303 sign-in".into(),
            Seat::Out if on_complaint => "404".into(),
            _ if allowed => granted.into(),
            _ => "403".into(),
        }
    }

    /// What a code that does not exist gets.
    fn gone(&self) -> String {
        match self.seat {
            Seat::SignedOut | Seat::Disabled => "303 sign-in".into(),
            _ => "404".into(),
        }
    }

    fn may(&self, test: impl Fn(Role) -> bool) -> bool {
        self.role().is_some_and(test)
    }
}

fn people() -> Vec<Person> {
    let person = |label, email, role, unit, seat| Person {
        label,
        account: Some((email, role, unit)),
        seat,
    };
    vec![
        person("admin", "admin@redress.bf", Role::Admin, None, Seat::In),
        person(
            "sup SAN",
            "chef@sante.bf",
            Role::Supervisor,
            Some("SAN"),
            Seat::In,
        ),
        person(
            "sup SAN-CP",
            "cellule@sante.bf",
            Role::Supervisor,
            Some("SAN-CP"),
            Seat::In,
        ),
        // The assignee of the set-ups, so that they may start and answer.
        person(
            "off SAN-BF13",
            "agent@sante.bf",
            Role::Officer,
            Some("SAN-BF13"),
            Seat::In,
        ),
        person(
            "off SAN-BF53",
            "agent@bobo.bf",
            Role::Officer,
            Some("SAN-BF53"),
            Seat::Out,
        ),
        person(
            "off EDU-BF13",
            "agent@education.bf",
            Role::Officer,
            Some("EDU-BF13"),
            Seat::Out,
        ),
        person(
            "intake SAN",
            "accueil@sante.bf",
            Role::Intake,
            Some("SAN"),
            Seat::In,
        ),
        person("auditor", "audit@igc.bf", Role::Auditor, None, Seat::In),
        Person {
            label: "signed out",
            account: None,
            seat: Seat::SignedOut,
        },
        person(
            "disabled",
            "ancien@redress.bf",
            Role::Admin,
            None,
            Seat::Disabled,
        ),
    ]
}

/// Every cell checked: (route, person) → (wanted, got).
struct Matrix {
    people: Vec<&'static str>,
    routes: Vec<String>,
    cells: BTreeMap<(usize, usize), (String, String)>,
}

impl Matrix {
    fn record(&mut self, route: &str, person: usize, want: String, got: String) {
        let row = self
            .routes
            .iter()
            .position(|r| r == route)
            .unwrap_or_else(|| {
                self.routes.push(route.to_owned());
                self.routes.len() - 1
            });
        let previous = self.cells.insert((row, person), (want, got));
        assert!(
            previous.is_none(),
            "{route} × {} twice",
            self.people[person]
        );
    }

    fn wrong(&self) -> Vec<String> {
        self.cells
            .iter()
            .filter(|(_, (want, got))| want != got)
            .map(|((row, person), (want, got))| {
                format!(
                    "{} | {} | expected {want} | got {got}",
                    self.routes[*row], self.people[*person]
                )
            })
            .collect()
    }

    /// The matrix as seen, one route a line; a wrong cell starts with ✗.
    fn table(&self) -> String {
        let text = |row: usize, person: usize| match &self.cells[&(row, person)] {
            (want, got) if want == got => got.clone(),
            (_, got) => format!("✗ {got}"),
        };
        let first = self.routes.iter().map(|r| r.chars().count()).max().unwrap();
        let widths: Vec<usize> = (0..self.people.len())
            .map(|p| {
                (0..self.routes.len())
                    .map(|r| text(r, p).chars().count())
                    .chain([self.people[p].len()])
                    .max()
                    .unwrap()
            })
            .collect();
        let mut out = format!("{:first$}", "");
        for (p, w) in widths.iter().enumerate() {
            out.push_str(&format!(" | {:w$}", self.people[p]));
        }
        for (r, route) in self.routes.iter().enumerate() {
            out.push_str(&format!("\n{route:first$}"));
            for (p, w) in widths.iter().enumerate() {
                out.push_str(&format!(" | {:w$}", text(r, p)));
            }
        }
        out
    }
}

/// Everything a request could write: complaints, audit events, accounts, guide versions.
/// What a form may change: complaints, audit events, accounts, guide versions, retention
/// rules, admin events (service points, poster campaigns).
type World = (usize, i64, usize, usize, Vec<(String, i32)>, i64);

async fn world(app: &TestApp) -> World {
    let (complaints, events) = app.footprint().await;
    let store = &app.state.store;
    (
        complaints,
        events,
        store.all_staff().await.unwrap().len(),
        store.guide_versions("SAN-FEES").await.unwrap().len(),
        store.retention_rules().await.unwrap(),
        store
            .admin_events(1)
            .await
            .unwrap()
            .first()
            .map_or(0, |e| e.seq),
    )
}

async fn send_form(
    b: &mut Browser<'_>,
    uri: &str,
    fields: &[(&str, &str)],
    csrf: Option<&str>,
    multipart: bool,
) -> Page {
    let mut all: Vec<(&str, &str)> = csrf.map(|t| ("csrf", t)).into_iter().collect();
    all.extend_from_slice(fields);
    if multipart {
        b.post_multipart(uri, &all, None).await
    } else {
        b.post_form(uri, &all).await
    }
}

struct Run<'a> {
    app: &'a TestApp,
    people: Vec<Person>,
    browsers: Vec<Browser<'a>>,
    /// Each browser's own CSRF token, and one of another visitor.
    csrf: Vec<String>,
    foreign: String,
    /// What each person gets for a tracking code that does not exist.
    unknown: Vec<String>,
    /// What must never show to someone out of scope: (text, flag).
    secrets: Vec<(String, &'static str)>,
    matrix: Matrix,
}

impl Run<'_> {
    /// A response in a few words: the status, `sign-in` when it sends there, `written` when
    /// the request changed something, the flag of each `watched` text the body holds (and of
    /// each secret, out of scope), `≠unknown` when an out-of-scope 404 differs from the one
    /// for a code that does not exist.
    fn seen(&self, p: usize, page: &Page, written: bool, watched: &[(&str, &str)]) -> String {
        let mut s = page.status.as_u16().to_string();
        if page.status == StatusCode::SEE_OTHER && page.location() == "/staff/" {
            s.push_str(" sign-in");
        }
        if written {
            s.push_str(" written");
        }
        let seat = self.people[p].seat;
        let secrets = self
            .secrets
            .iter()
            .filter(|_| seat != Seat::In)
            .map(|(text, flag)| (text.as_str(), *flag));
        let mut flags: Vec<&str> = Vec::new();
        for (text, flag) in watched.iter().copied().chain(secrets) {
            if page.body.contains(text) && !flags.contains(&flag) {
                flags.push(flag);
            }
        }
        for flag in flags {
            s.push(' ');
            s.push_str(flag);
        }
        if seat == Seat::Out && page.status == StatusCode::NOT_FOUND && page.body != self.unknown[p]
        {
            s.push_str(" ≠unknown");
        }
        s
    }

    async fn get(
        &mut self,
        p: usize,
        route: &str,
        uri: &str,
        want: String,
        watched: &[(&str, &str)],
    ) -> Page {
        let page = self.browsers[p].get(uri).await;
        let got = self.seen(p, &page, false, watched);
        self.matrix.record(route, p, want, got);
        page
    }

    /// Sends a form without a CSRF token and with another visitor's, which must both be
    /// refused and write nothing (the row `route ✗csrf`), then with the person's own token;
    /// returns that last response and whether it wrote.
    async fn post(
        &mut self,
        p: usize,
        route: &str,
        uri: &str,
        fields: &[(&str, &str)],
        watched: &[(&str, &str)],
    ) -> (Page, bool) {
        let on_complaint = uri.starts_with("/staff/complaints/");
        let multipart = uri == "/staff/intake";
        let mut refused = Vec::new();
        let mut before = world(self.app).await;
        for token in [None, Some(self.foreign.clone())] {
            let page = send_form(
                &mut self.browsers[p],
                uri,
                fields,
                token.as_deref(),
                multipart,
            )
            .await;
            let after = world(self.app).await;
            refused.push(self.seen(p, &page, after != before, watched));
            before = after;
        }
        let got = if refused[0] == refused[1] {
            refused[0].clone()
        } else {
            format!("{} / foreign token: {}", refused[0], refused[1])
        };
        let want = self.people[p].want(false, "", on_complaint);
        self.matrix.record(&format!("{route} ✗csrf"), p, want, got);
        let own = self.csrf[p].clone();
        let page = send_form(&mut self.browsers[p], uri, fields, Some(&own), multipart).await;
        (page, world(self.app).await != before)
    }
}

/// The form fields of `action` besides the CSRF token; `original`, for `duplicate`.
fn form_for(action: Action, original: &str) -> Vec<(&'static str, String)> {
    let mut fields = vec![("action", action.as_str().to_owned())];
    let extra: &[(&str, &str)] = match action {
        Action::Reject => &[("reason", "Hors sujet.")],
        Action::Assign => &[("assignee", "agent@sante.bf")],
        Action::Answer => &[("message", "Voici la réponse.")],
        Action::Transfer => &[("unit", "SAN-BF53"), ("reason", "Bobo.")],
        Action::Note => &[("text", "Vu.")],
        Action::Extend => &[("reason", "Enquête.")],
        _ => &[],
    };
    fields.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
    if action == Action::Duplicate {
        fields.push(("of", original.to_owned()));
    }
    fields
}

async fn every_person_against_every_staff_page_and_form(db: &TestDb) {
    let app = TestApp::new(db).await;
    let store = &app.state.store;
    let setup = app.staff(SETUP, Role::Admin, None).await;
    // One hash for every account (Argon2 is slow in a debug build); each signs in for real.
    let hash = redress::auth::hash_password(PASSWORD).unwrap();
    let people = people();
    let mut browsers = Vec::new();
    let mut csrf = Vec::new();
    for person in &people {
        let mut b = Browser::new(&app);
        if let Some((email, role, unit)) = person.account {
            let account = NewStaff {
                email: email.into(),
                name: email.split('@').next().unwrap().into(),
                role,
                unit_code: unit.map(str::to_owned),
                password_hash: hash.clone(),
                created_at: time::OffsetDateTime::now_utc(),
            };
            let now = time::OffsetDateTime::now_utc();
            store
                .admin(AdminChange::AddStaff(account), "test", now)
                .await
                .unwrap();
            assert_eq!(
                sign_in(&mut b, email, PASSWORD).await,
                StatusCode::SEE_OTHER,
                "{email} signs in"
            );
            csrf.push(b.get("/staff/queue").await.field("csrf"));
        } else {
            csrf.push(b.get("/staff/").await.field("csrf"));
        }
        browsers.push(b);
    }
    for person in people.iter().filter(|p| p.seat == Seat::Disabled) {
        let (email, _, _) = person.account.unwrap();
        let id = store.staff_by_email(email).await.unwrap().unwrap().id;
        let change = AdminChange::SetDisabled {
            user_id: id,
            disabled: true,
        };
        let now = time::OffsetDateTime::now_utc();
        store.admin(change, "test", now).await.unwrap();
    }
    let foreign = Browser::new(&app).get("/staff/").await.field("csrf");

    // The complaint read by all: from the portal, with a name and a photo, to SAN-BF13.
    let mut citizen = Browser::new(&app);
    let jpeg = &crate::support::jpeg(b" photo")[..];
    let description = health_complaint()["description"]
        .as_str()
        .unwrap()
        .to_owned();
    let sent = citizen
        .file(
            "fr",
            &[
                ("category", "SAN-FEES"),
                ("commune", "BF130004"),
                ("address", "CSPS secteur 30"),
                ("description", &description),
                ("name", NAME),
            ],
            Some(("photo.jpg", jpeg)),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let code = citizen
        .get("/complaints/receipt")
        .await
        .text_of("tracking-code");
    let row = store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.unit_code, "SAN-BF13", "the set-up routes to SAN-BF13");
    let file_id = store.attachments_of(row.id).await.unwrap()[0].id;
    let mut body = health_complaint();
    body["kind"] = json!("denunciation");
    let (denunciation, _) = app.file(body).await;
    let (original, _) = app.file(health_complaint()).await;
    let unknown_code = TrackingCode::from_random([7; 8]).to_string();
    assert!(
        store
            .complaint_by_code(&unknown_code.replace('-', ""))
            .await
            .unwrap()
            .is_none()
    );

    let mut run = Run {
        app: &app,
        matrix: Matrix {
            people: people.iter().map(|p| p.label).collect(),
            routes: Vec::new(),
            cells: BTreeMap::new(),
        },
        unknown: vec![String::new(); people.len()],
        people,
        browsers,
        csrf,
        foreign,
        secrets: vec![
            (DESCRIPTION.to_owned(), "desc"),
            (NAME.to_owned(), "name"),
            (FILE_MARK.to_owned(), "file"),
        ],
    };
    let n = run.people.len();
    let (desc, name) = ((DESCRIPTION, "desc"), (NAME, "name"));

    // Reads, before anything else is filed (the queue's first page holds the complaint).
    for p in 0..n {
        let person = &run.people[p];
        let listed = if person.seat == Seat::In {
            "200 listed"
        } else {
            "200"
        };
        let is_admin = person.may(|r| r == Role::Admin);
        let (gone, queue, page, hidden, file, users, guide) = (
            person.gone(),
            person.want(true, listed, false),
            person.want(true, "200 desc name", true),
            person.want(true, "200 desc", true),
            person.want(true, "200 file", true),
            person.want(is_admin, "200 accounts", false),
            person.want(true, "200", false),
        );
        let unknown = format!("/staff/complaints/{unknown_code}");
        // What a code that does not exist gets is what out of scope is compared with.
        let missing = run.browsers[p].get(&unknown).await;
        run.unknown[p] = missing.body.clone();
        let got = run.seen(p, &missing, false, &[]);
        run.matrix
            .record("GET complaint: valid unknown code", p, gone.clone(), got);
        let zzz = "/staff/complaints/ZZZZ-ZZZZ-ZZZ";
        run.get(p, "GET complaint: ZZZZ-ZZZZ-ZZZ", zzz, gone, &[])
            .await;
        run.get(
            p,
            "GET /staff/queue",
            "/staff/queue",
            queue,
            &[(&code, "listed")],
        )
        .await;
        let uri = format!("/staff/complaints/{code}");
        run.get(p, "GET complaint page", &uri, page, &[desc, name])
            .await;
        let uri = format!("/staff/complaints/{denunciation}");
        run.get(p, "GET denunciation page", &uri, hidden, &[desc, name])
            .await;
        let uri = format!("/staff/complaints/{code}/attachments/{file_id}");
        run.get(p, "GET attachment", &uri, file, &[(FILE_MARK, "file")])
            .await;
        run.get(
            p,
            "GET /staff/users",
            "/staff/users",
            users,
            &[(SETUP, "accounts")],
        )
        .await;
        run.get(p, "GET /staff/guide", "/staff/guide", guide.clone(), &[])
            .await;
        let uri = "/staff/guide/SAN-FEES";
        run.get(p, "GET /staff/guide/SAN-FEES", uri, guide, &[])
            .await;
    }

    // Posters: admins and supervisors print; only admins change service points.
    let point = store::NewServicePoint {
        code: "CSPS-MATRIX".into(),
        unit_code: "SAN-BF13".into(),
        kind: "health_centre".into(),
        name: "CSPS de la matrice".into(),
        commune_code: Some("BF130004".into()),
        address: None,
    };
    let now = time::OffsetDateTime::now_utc();
    store
        .admin(AdminChange::AddServicePoint(point), "test", now)
        .await
        .unwrap();
    for p in 0..n {
        let person = &run.people[p];
        let prints = person.may(Role::prints_posters);
        let is_admin = person.may(|r| r == Role::Admin);
        let read = person.want(prints, "200", false);
        for (route, uri) in [
            ("GET /staff/posters", "/staff/posters?region=BF13"),
            (
                "GET /staff/posters/{code}",
                "/staff/posters/CSPS-MATRIX?lang=mos",
            ),
            (
                "GET /staff/posters/{code}.pdf",
                "/staff/posters/CSPS-MATRIX.pdf",
            ),
            (
                "GET /staff/posters/region/{region}.pdf",
                "/staff/posters/region/BF13.pdf?lang=dyu",
            ),
        ] {
            run.get(p, route, uri, read.clone(), &[]).await;
        }
        let want = run.people[p].want(is_admin, "303 written", false);
        let code = format!("CSPS-P{p}");
        let (page, written) = run
            .post(
                p,
                "POST /staff/posters save",
                "/staff/posters",
                &[
                    ("op", "save"),
                    ("code", &code),
                    ("name", "CSPS ajouté"),
                    ("kind", "health_centre"),
                    ("unit", "SAN-BF13"),
                    ("commune", "BF130004"),
                    ("region", "BF13"),
                ],
                &[],
            )
            .await;
        let got = run.seen(p, &page, written, &[]);
        run.matrix.record("POST /staff/posters save", p, want, got);
    }

    // Forms that are not about one complaint.
    for p in 0..n {
        let person = &run.people[p];
        let is_admin = person.may(|r| r == Role::Admin);
        let email = format!("new{p}@sante.bf");
        let want = person.want(is_admin, "303 written", false);
        let (page, written) = run
            .post(
                p,
                "POST /staff/users add",
                "/staff/users",
                &[
                    ("op", "add"),
                    ("email", &email),
                    ("name", "Nouvel Agent"),
                    ("role", "officer"),
                    ("unit", "SAN-BF13"),
                    ("password", "first password 2026"),
                ],
                &[],
            )
            .await;
        let got = run.seen(p, &page, written, &[]);
        run.matrix.record("POST /staff/users add", p, want, got);

        let want = run.people[p].want(is_admin, "303 written", false);
        let procedure = format!("Procédure écrite par {p}.");
        let (page, written) = run
            .post(
                p,
                "POST /staff/guide/SAN-FEES",
                "/staff/guide/SAN-FEES",
                &[("procedure", &procedure), ("body_fr", "Bonjour {name}.")],
                &[],
            )
            .await;
        let got = run.seen(p, &page, written, &[]);
        run.matrix
            .record("POST /staff/guide/SAN-FEES", p, want, got);

        // Everyone who handles complaints registers them for citizens; auditors do not
        // (`may_register` in web/staff/intake.rs).
        let registers = run.people[p].may(|r| r.may(Action::Accept));
        let want = run.people[p].want(registers, "200", false);
        let form = run
            .get(p, "GET /staff/intake", "/staff/intake", want, &[])
            .await;
        let key = if form.status == StatusCode::OK {
            form.field("intake_key")
        } else {
            "web:00000000000000000000000000000000".to_owned()
        };
        let want = run.people[p].want(registers, "201 written", false);
        let (page, written) = run
            .post(
                p,
                "POST /staff/intake",
                "/staff/intake",
                &[
                    ("intake_key", &key),
                    ("channel", "walk_in"),
                    ("language", "mos"),
                    ("kind", "complaint"),
                    ("category", "SAN-STOCKOUT"),
                    ("commune", "BF130004"),
                    (
                        "description",
                        "Plus de vaccins au CSPS depuis deux semaines, selon la plaignante.",
                    ),
                    ("name", "Salamata Ouédraogo"),
                    ("phone", "76 00 11 22"),
                    ("consent", "yes"),
                ],
                &[],
            )
            .await;
        let got = run.seen(p, &page, written, &[]);
        run.matrix.record("POST /staff/intake", p, want, got);

        // A denunciation's identity: admins and supervisors in scope, with a reason.
        let reveals = run.people[p].may(|r| matches!(r, Role::Admin | Role::Supervisor));
        let want = run.people[p].want(reveals, "200 written name", true);
        let (page, written) = run
            .post(
                p,
                "POST complaint reveal",
                &format!("/staff/complaints/{denunciation}/reveal"),
                &[("reason", "Audition du témoin demandée par le procureur.")],
                &[name],
            )
            .await;
        let got = run.seen(p, &page, written, &[name]);
        run.matrix.record("POST complaint reveal", p, want, got);

        // Reference data: admins change it, auditors read it (here, the retention rules).
        let reads = run.people[p].may(redress::admin::may_read);
        let want = run.people[p].want(reads, "200", false);
        let uri = "/staff/admin/retention";
        run.get(p, "GET /staff/admin/retention", uri, want, &[])
            .await;
        let changes = run.people[p].may(redress::admin::may_change);
        let want = run.people[p].want(changes, "303 written", false);
        let days = (400 + p).to_string();
        let fields = [("op", "save"), ("kind", "complaint"), ("keep_days", &days)];
        let (page, written) = run
            .post(p, "POST /staff/admin/retention", uri, &fields, &[])
            .await;
        let got = run.seen(p, &page, written, &[]);
        run.matrix
            .record("POST /staff/admin/retention", p, want, got);

        // Erasing a complainant's data at their request, publishing an answer: admins and
        // supervisors in scope; each on a complaint of its own.
        let (fresh, _) = app.file(health_complaint()).await;
        for step in setup_for(Action::Close) {
            let r = app.act(&fresh, Auth::Token(&setup), step.clone()).await;
            assert_eq!(r.status, StatusCode::OK, "set-up {step}: {}", r.json);
        }
        let handles = run.people[p].may(|r| matches!(r, Role::Admin | Role::Supervisor));
        let want = run.people[p].want(handles, "303 written", true);
        let uri = format!("/staff/complaints/{fresh}/publish");
        let (page, written) = run.post(p, "POST complaint publish", &uri, &[], &[]).await;
        let got = run.seen(p, &page, written, &[]);
        run.matrix.record("POST complaint publish", p, want, got);
        let want = run.people[p].want(handles, "303 written", true);
        let uri = format!("/staff/complaints/{fresh}/erase");
        let reason = [(
            "reason",
            "Demande écrite de la plaignante, reçue au guichet.",
        )];
        let (page, written) = run
            .post(p, "POST complaint erase", &uri, &reason, &[])
            .await;
        let got = run.seen(p, &page, written, &[]);
        run.matrix.record("POST complaint erase", p, want, got);
    }

    // Every staff action, each on a new complaint brought to the state it needs.
    for p in 0..n {
        for action in ACTIONS {
            let (code, _) = app.file(health_complaint()).await;
            for step in setup_for(action) {
                let r = app.act(&code, Auth::Token(&setup), step.clone()).await;
                assert_eq!(r.status, StatusCode::OK, "set-up {step}: {}", r.json);
            }
            let canonical = code.replace('-', "");
            let from = store
                .complaint_by_code(&canonical)
                .await
                .unwrap()
                .unwrap()
                .status;
            let fields = form_for(action, &original);
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let route = format!("POST complaint act {action}");
            let allowed = run.people[p].may(|r| r.may(action));
            let want = run.people[p].want(allowed, "303 written", true);
            let (page, written) = run
                .post(
                    p,
                    &route,
                    &format!("/staff/complaints/{code}/act"),
                    &fields,
                    &[],
                )
                .await;
            let mut got = run.seen(p, &page, written, &[]);
            if written {
                // The action itself was recorded and led where the lifecycle says.
                let row = store.complaint_by_code(&canonical).await.unwrap().unwrap();
                let events = store.events_of(row.id).await.unwrap();
                let last = events.iter().max_by_key(|e| e.seq).unwrap();
                if last.action != action.as_str()
                    || action.next_state(from).ok() != Some(row.status)
                {
                    got.push_str(" wrong-effect");
                }
            }
            run.matrix.record(&route, p, want, got);
        }
    }

    let matrix = &run.matrix;
    assert_eq!(
        matrix.cells.len(),
        matrix.routes.len() * n,
        "every route for every person"
    );
    let wrong = matrix.wrong();
    if wrong.is_empty() {
        // Seen with `--no-capture`.
        println!("{}", matrix.table());
    }
    assert!(
        wrong.is_empty(),
        "{} wrong cells of {} ({} routes × {n} people):\n{}\n\n{}",
        wrong.len(),
        matrix.cells.len(),
        matrix.routes.len(),
        matrix.table(),
        wrong.join("\n")
    );
}
on_both_backends!(every_person_against_every_staff_page_and_form);
