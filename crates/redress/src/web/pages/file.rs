//! `/complaints/new` (the form, and its submission) and `/complaints/receipt`.

use super::{FormState, Page, Visitor, open_cookie, seal_cookie};
use crate::i18n::date;
use crate::intake::{self, IntakeError, Submitter};
use crate::web::AppState;
use crate::web::complaint_form::{self, Choices, Values, choices, new_key, read_form};
use askama::Template;
use axum::extract::{Multipart, RawQuery, State};
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::response::Response;

const RECEIPT_COOKIE: &str = "rd_receipt";

#[derive(Template)]
#[template(path = "file.html")]
struct FilePage {
    page: Page,
    form: FormState<Values>,
    intake_key: String,
    choices: Choices,
    /// What the form says of the poster's service point it was opened from.
    service_point: Option<ServicePointNotice>,
}

/// The service point a poster's QR code named (`?sp=`), as the form shows it.
enum ServicePointNotice {
    /// "You are complaining about: …", its code carried in a hidden field.
    Known { code: String, sentence: String },
    /// The code names nothing (any more): the form is the ordinary one.
    Gone(String),
}

impl ServicePointNotice {
    fn code(&self) -> &str {
        match self {
            ServicePointNotice::Known { code, .. } => code,
            ServicePointNotice::Gone(_) => "",
        }
    }
}

/// Looks the poster's service point up: what the form says of it, and its row when it is
/// active (to preselect its commune and limit the categories to its department).
async fn notice_for(
    app: &AppState,
    visitor: &Visitor,
    code: &str,
) -> Result<(ServicePointNotice, Option<store::ServicePointRow>), store::StoreError> {
    let lang = visitor.lang;
    Ok(match intake::service_point(app, code.trim()).await? {
        Some(sp) => {
            let sentence = match &sp.commune_name {
                Some(commune) => lang.t_with(
                    "file-service-point",
                    &[("name", sp.name.clone()), ("commune", commune.clone())],
                ),
                None => lang.t_with(
                    "file-service-point-no-commune",
                    &[("name", sp.name.clone())],
                ),
            };
            let notice = ServicePointNotice::Known {
                code: sp.code.clone(),
                sentence,
            };
            (notice, Some(sp))
        }
        None => (
            ServicePointNotice::Gone(lang.t("file-service-point-gone")),
            None,
        ),
    })
}

async fn render(
    app: &AppState,
    visitor: &Visitor,
    status: StatusCode,
    mut form: FormState<Values>,
    intake_key: String,
) -> Response {
    let mut choices = choices(app, visitor.lang);
    let mut service_point = None;
    let code = form.v.service_point.clone();
    if !code.trim().is_empty() {
        let (notice, sp) = match notice_for(app, visitor, &code).await {
            Ok(found) => found,
            Err(e) => return visitor.server_error(app, "service point", e),
        };
        form.v.service_point = notice.code().to_owned();
        if let Some(sp) = sp {
            let catalog = app.catalog();
            if let Some(dept) = catalog
                .unit(&sp.unit_code)
                .and_then(|u| u.department_code.clone())
            {
                choices.categories = complaint_form::categories_of(
                    app,
                    visitor.lang,
                    &[&dept, crate::catalog::TRIAGE_DEPARTMENT],
                );
            }
        }
        service_point = Some(notice);
    }
    // The language switcher keeps the poster's service point.
    let path = match &service_point {
        Some(ServicePointNotice::Known { code, .. }) => format!("/complaints/new?sp={code}"),
        _ => "/complaints/new".to_owned(),
    };
    let page = FilePage {
        choices,
        intake_key,
        form,
        service_point,
        page: visitor.page(app, &path),
    };
    visitor.respond(status, page.render())
}

pub async fn form(
    State(app): State<AppState>,
    visitor: Visitor,
    RawQuery(query): RawQuery,
) -> Response {
    // `?sp=`: the service point of the poster whose QR code opened the form. Read by hand:
    // whatever else the query holds, the form opens.
    let sp = serde_urlencoded::from_str::<Vec<(String, String)>>(query.as_deref().unwrap_or(""))
        .unwrap_or_default()
        .into_iter()
        .find(|(k, _)| k == "sp")
        .map(|(_, v)| v)
        .unwrap_or_default();
    let mut values = Values {
        kind: "complaint".into(),
        service_point: sp.clone(),
        ..Values::default()
    };
    // Its commune chosen already (the citizen may change it).
    if !sp.trim().is_empty() {
        match intake::service_point(&app, sp.trim()).await {
            Ok(Some(found)) => values.commune = found.commune_code.unwrap_or_default(),
            Ok(None) => {}
            Err(e) => return visitor.server_error(&app, "service point", e),
        }
    }
    render(
        &app,
        &visitor,
        StatusCode::OK,
        FormState::new(values),
        new_key(),
    )
    .await
}

pub async fn submit(
    State(app): State<AppState>,
    visitor: Visitor,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    if !app.limits.allow_filing(visitor.ip) {
        return visitor.message(
            &app,
            StatusCode::TOO_MANY_REQUESTS,
            "error-page-title",
            "error-rate-limited",
        );
    }
    let Ok(multipart) = multipart else {
        return visitor.message(
            &app,
            StatusCode::BAD_REQUEST,
            "error-page-title",
            "error-form-expired",
        );
    };
    let Ok(mut posted) = read_form(multipart).await else {
        return visitor.message(
            &app,
            StatusCode::PAYLOAD_TOO_LARGE,
            "error-page-title",
            "error-attachment_too_large",
        );
    };
    if posted.honeypot {
        tracing::info!("filing refused: honeypot field filled");
        return visitor.message(
            &app,
            StatusCode::BAD_REQUEST,
            "error-page-title",
            "error-bot",
        );
    }
    let lang = visitor.lang;
    let intake_key = if posted.intake_key.starts_with("web:") && posted.intake_key.len() == 36 {
        posted.intake_key.clone()
    } else {
        new_key()
    };
    if !visitor.csrf_ok(&app, &posted.csrf) {
        let mut form = FormState::new(posted.values);
        form.errors
            .push(("description".into(), lang.t("error-form-expired")));
        return render(&app, &visitor, StatusCode::FORBIDDEN, form, intake_key).await;
    }
    // Stored bound to this visitor: a key seen elsewhere never returns this receipt.
    let stored_key = format!("{intake_key}:{}", visitor.binding(&app));
    let submission = posted.submission("web", lang.tag(), stored_key);
    let v = &posted.values;
    let masked_phone = crate::intake::normalise_phone(&v.phone)
        .filter(|_| !v.anonymous)
        .map(|p| format!("+226 •• •• •• {}", &p[p.len() - 2..]))
        .unwrap_or_default();
    match intake::register(&app, submission, Submitter::Public, app.now()).await {
        Ok(receipt) => {
            let cookie = seal_cookie(
                &app,
                &[
                    &receipt.tracking_code.to_string(),
                    receipt.secret.expose(),
                    &date(receipt.acknowledge_by),
                    &date(receipt.answer_by),
                    &masked_phone,
                ],
            );
            let set = visitor.set_cookie(RECEIPT_COOKIE, &cookie, "/complaints/receipt", 600);
            visitor.redirect("/complaints/receipt", Some(set))
        }
        Err(IntakeError::Invalid(found)) => {
            let mut form = FormState::new(posted.values);
            form.errors = complaint_form::errors(lang, &found);
            render(
                &app,
                &visitor,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                intake_key,
            )
            .await
        }
        Err(IntakeError::Store(e)) => visitor.server_error(&app, "filing", e),
    }
}

#[derive(Template)]
#[template(path = "receipt.html")]
struct ReceiptPage {
    page: Page,
    sms: Option<String>,
    /// How to follow it by SMS, when the service has a number.
    follow_by_sms: Option<String>,
    code: String,
    secret: String,
    next: String,
}

pub async fn receipt(
    State(app): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
) -> Response {
    let lines = super::cookie(&headers, RECEIPT_COOKIE).and_then(|c| open_cookie(&app, c));
    let Some([code, secret, ack, answer, phone]) = lines.as_deref() else {
        return visitor.message(
            &app,
            StatusCode::NOT_FOUND,
            "receipt-title",
            "receipt-missing",
        );
    };
    let page = ReceiptPage {
        sms: (!phone.is_empty()).then(|| {
            visitor
                .lang
                .t_with("receipt-sms", &[("phone", phone.clone())])
        }),
        follow_by_sms: app.contact.sms_number.as_ref().map(|number| {
            visitor.lang.t_with(
                "receipt-follow-sms",
                &[("code", code.clone()), ("number", number.clone())],
            )
        }),
        next: visitor.lang.t_with(
            "receipt-next",
            &[("ack", ack.clone()), ("answer", answer.clone())],
        ),
        code: code.clone(),
        secret: secret.clone(),
        page: visitor.page(&app, "/complaints/receipt"),
    };
    // Shown once: on a shared phone the next person finds nothing here.
    let mut response = visitor.respond(StatusCode::OK, page.render());
    response.headers_mut().append(
        axum::http::header::SET_COOKIE,
        visitor.set_cookie(RECEIPT_COOKIE, "", "/complaints/receipt", 0),
    );
    response
}
