//! `/staff/intake`: an agent registers a complaint taken by phone, at a counter or by
//! letter, records the channel (and themselves), and reads out or prints the code and
//! secret for the citizen.

use super::{SignedIn, StaffPage};
use crate::i18n::Lang;
use crate::i18n::date;
use crate::intake::{self, IntakeError, Submitter};
use crate::web::AppState;
use crate::web::complaint_form::{self, Choices, Values, choices, new_key, read_form};
use crate::web::pages::{FormState, Page, Visitor};
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::{Action, Role};

const CHANNELS: [&str; 3] = ["phone", "walk_in", "letter"];

#[derive(Template)]
#[template(path = "staff_intake.html")]
struct IntakePage {
    staff: StaffPage,
    page: Page,
    form: FormState<Values>,
    intake_key: String,
    choices: Choices,
    channels: Vec<(String, String)>,
    channel: String,
    languages: Vec<(String, String)>,
    language: String,
}

#[derive(Template)]
#[template(path = "staff_receipt.html")]
struct ReceiptPage {
    staff: StaffPage,
    code: String,
    secret: String,
    next: String,
}

/// Who registers complaints for citizens: everyone who handles them, not auditors.
fn may_register(role: Role) -> bool {
    role.may(Action::Accept)
}

#[expect(clippy::too_many_arguments, reason = "one page's whole state")]
fn render(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    status: StatusCode,
    form: FormState<Values>,
    intake_key: String,
    channel: String,
    language: String,
) -> Response {
    let lang = visitor.lang;
    let page = IntakePage {
        staff: StaffPage::new(app, visitor, who, "/staff/intake"),
        page: visitor.page(app, "/staff/intake"),
        choices: choices(app, lang),
        channels: CHANNELS
            .iter()
            .map(|c| ((*c).to_owned(), lang.t(&format!("channel-{c}"))))
            .collect(),
        languages: Lang::ALL
            .iter()
            .map(|l| (l.tag().to_owned(), l.endonym().to_owned()))
            .collect(),
        form,
        intake_key,
        channel,
        language,
    };
    visitor.respond(status, page.render())
}

pub async fn form(State(app): State<AppState>, visitor: Visitor, who: SignedIn) -> Response {
    if !may_register(who.staff.role) {
        return visitor.forbidden(&app);
    }
    let values = Values {
        kind: "complaint".into(),
        ..Values::default()
    };
    render(
        &app,
        &visitor,
        &who,
        StatusCode::OK,
        FormState::new(values),
        new_key(),
        "phone".into(),
        "fr".into(),
    )
}

pub async fn submit(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    if !may_register(who.staff.role) {
        return visitor.forbidden(&app);
    }
    let Ok(Ok(mut posted)) = (match multipart {
        Ok(m) => Ok(read_form(m).await),
        Err(e) => Err(e),
    }) else {
        return visitor.message(
            &app,
            StatusCode::BAD_REQUEST,
            "error-page-title",
            "error-form-expired",
        );
    };
    let lang = visitor.lang;
    let channel = if CHANNELS.contains(&posted.channel.as_str()) {
        posted.channel.clone()
    } else {
        "phone".into()
    };
    let language = Lang::parse(&posted.language)
        .unwrap_or_default()
        .tag()
        .to_owned();
    let intake_key = if posted.intake_key.starts_with("web:") {
        posted.intake_key.clone()
    } else {
        new_key()
    };
    if !visitor.csrf_ok(&app, &posted.csrf) {
        let mut form = FormState::new(posted.values);
        form.errors
            .push(("description".into(), lang.t("error-form-expired")));
        return render(
            &app,
            &visitor,
            &who,
            StatusCode::FORBIDDEN,
            form,
            intake_key,
            channel,
            language,
        );
    }
    let stored_key = format!(
        "{}:{}",
        intake_key.replacen("web:", "staff:", 1),
        who.staff.id
    );
    let submission = posted.submission(&channel, &language, stored_key);
    let by = Submitter::Staff { id: who.staff.id };
    match intake::register(&app, submission, by, app.now()).await {
        Ok(receipt) => {
            let page = ReceiptPage {
                staff: StaffPage::new(&app, &visitor, &who, "/staff/intake"),
                code: receipt.tracking_code.to_string(),
                secret: receipt.secret.expose().to_owned(),
                next: lang.t_with(
                    "receipt-next",
                    &[
                        ("ack", date(receipt.acknowledge_by)),
                        ("answer", date(receipt.answer_by)),
                    ],
                ),
            };
            visitor.respond(StatusCode::CREATED, page.render())
        }
        Err(IntakeError::Invalid(found)) => {
            let mut form = FormState::new(posted.values);
            form.errors = complaint_form::errors(lang, &found);
            render(
                &app,
                &visitor,
                &who,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                intake_key,
                channel,
                language,
            )
        }
        Err(IntakeError::Store(e)) => visitor.server_error(&app, "assisted intake", e),
    }
}
