//! `/complaints/new` (the form, and its submission) and `/complaints/receipt`.

use super::{FormState, Page, Visitor, date, open_cookie, seal_cookie};
use crate::app::AppState;
use crate::attachments::Upload;
use crate::i18n::Lang;
use crate::intake::{self, FieldError, Refusal, Submission, Submitter};
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::response::Response;
use domain::complaint::{MAX_DESCRIPTION, MIN_DESCRIPTION};
use domain::{Kind, Language};

const RECEIPT_COOKIE: &str = "rd_receipt";

/// What the citizen typed, kept when the form comes back with errors.
#[derive(Default)]
pub struct Values {
    pub kind: String,
    pub category: String,
    pub commune: String,
    pub address: String,
    pub description: String,
    pub anonymous: bool,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub consent: bool,
}

pub struct Group {
    pub label: String,
    pub options: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "file.html")]
struct FilePage {
    page: Page,
    form: FormState<Values>,
    intake_key: String,
    choices: Choices,
}

pub fn new_key() -> String {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).expect("random source");
    format!("web:{}", hex::encode(b))
}

/// The lists and hints of the complaint form, in the visitor's language.
pub struct Choices {
    pub kinds: Vec<(String, String)>,
    pub categories: Vec<Group>,
    pub communes: Vec<Group>,
    pub description_hint: String,
}

pub fn choices(app: &AppState, lang: Lang) -> Choices {
    let catalog = app.catalog();
    let category_name = |c: &store::CategoryRow| match lang.0 {
        Language::English => c.name_en.clone(),
        _ => c.name_fr.clone(),
    };
    let mut categories: Vec<Group> = Vec::new();
    for c in &catalog.categories {
        let label = lang.t(&format!("dept-{}", c.department_code));
        match categories.last_mut() {
            Some(g) if g.label == label => g.options.push((c.code.clone(), category_name(c))),
            _ => categories.push(Group {
                label,
                options: vec![(c.code.clone(), category_name(c))],
            }),
        }
    }
    let region_of: std::collections::HashMap<&str, &str> = catalog
        .provinces
        .iter()
        .map(|p| (p.code.as_str(), p.region_code.as_str()))
        .collect();
    let communes = catalog
        .regions
        .iter()
        .map(|r| {
            let mut options: Vec<(String, String)> = catalog
                .communes
                .iter()
                .filter(|c| region_of.get(c.province_code.as_str()) == Some(&r.code.as_str()))
                .map(|c| (c.code.clone(), c.name.clone()))
                .collect();
            options.sort_by(|a, b| a.1.cmp(&b.1));
            Group {
                label: r.name.clone(),
                options,
            }
        })
        .collect();
    Choices {
        kinds: Kind::ALL
            .iter()
            .map(|k| {
                (
                    k.as_str().to_owned(),
                    lang.t(&format!("kind-{}", k.as_str())),
                )
            })
            .collect(),
        categories,
        communes,
        description_hint: lang.t_with(
            "field-description-hint",
            &[
                ("min", MIN_DESCRIPTION.to_string()),
                ("max", MAX_DESCRIPTION.to_string()),
            ],
        ),
    }
}

fn render(
    app: &AppState,
    visitor: &Visitor,
    status: StatusCode,
    form: FormState<Values>,
    intake_key: String,
) -> Response {
    let page = FilePage {
        choices: choices(app, visitor.lang),
        intake_key,
        form,
        page: visitor.page(app, "/complaints/new"),
    };
    visitor.respond(status, page.render())
}

pub async fn form(State(app): State<AppState>, visitor: Visitor) -> Response {
    let values = Values {
        kind: "complaint".into(),
        ..Values::default()
    };
    render(
        &app,
        &visitor,
        StatusCode::OK,
        FormState::new(values),
        new_key(),
    )
}

/// The form field an intake field is shown next to.
pub fn field_id(field: &str) -> &'static str {
    match field {
        "category" => "category",
        "description" => "description",
        "kind" => "kind",
        "location.commune" => "commune",
        "location.address" => "address",
        "complainant.name" => "name",
        "complainant.phone" => "phone",
        "complainant.email" => "email",
        "anonymous" => "anonymous",
        "attachment" => "attachment",
        _ => "description",
    }
}

/// The citizen's sentence for an intake error, in their language.
pub fn message(lang: Lang, e: &FieldError) -> String {
    let key = format!("error-{}", e.code);
    let args = [
        ("min", MIN_DESCRIPTION.to_string()),
        ("max", MAX_DESCRIPTION.to_string()),
    ];
    if crate::i18n::Lang(Language::French).has_own(&key) {
        lang.t_with(&key, &args)
    } else {
        lang.t("error-invalid")
    }
}

pub struct Posted {
    pub values: Values,
    pub csrf: String,
    pub intake_key: String,
    pub honeypot: bool,
    pub attachment: Option<Upload>,
    pub too_large: bool,
    /// Staff intake only: how the complaint came (phone, walk_in, letter) and the
    /// citizen's language.
    pub channel: String,
    pub language: String,
}

pub async fn read_form(mut multipart: Multipart) -> Result<Posted, ()> {
    let mut p = Posted {
        values: Values::default(),
        csrf: String::new(),
        intake_key: String::new(),
        honeypot: false,
        attachment: None,
        too_large: false,
        channel: String::new(),
        language: String::new(),
    };
    while let Some(field) = multipart.next_field().await.map_err(|_| ())? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "attachment" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            match field.bytes().await {
                Ok(bytes) if bytes.len() > crate::attachments::MAX_ATTACHMENT => p.too_large = true,
                Ok(bytes) if !bytes.is_empty() => p.attachment = Some(Upload { file_name, bytes }),
                Ok(_) => {}
                Err(_) => p.too_large = true,
            }
            continue;
        }
        let value = field.text().await.map_err(|_| ())?;
        let v = &mut p.values;
        match name.as_str() {
            "csrf" => p.csrf = value,
            "intake_key" => p.intake_key = value,
            "website" => p.honeypot = !value.trim().is_empty(),
            "kind" => v.kind = value,
            "category" => v.category = value,
            "commune" => v.commune = value,
            "address" => v.address = value,
            "description" => v.description = value,
            "anonymous" => v.anonymous = true,
            "name" => v.name = value,
            "phone" => v.phone = value,
            "email" => v.email = value,
            "consent" => v.consent = true,
            "channel" => p.channel = value,
            "language" => p.language = value,
            _ => {}
        }
    }
    Ok(p)
}

/// The posted complaint form, valid, or everything wrong with it as (field id, message)
/// in `lang`.
pub fn check_form(
    app: &AppState,
    lang: Lang,
    submission: Submission,
    by: &Submitter,
    consent: bool,
    too_large: bool,
) -> Result<intake::Valid, Vec<(String, String)>> {
    let mut errors = Vec::new();
    if too_large {
        errors.push(("attachment".into(), lang.t("error-attachment_too_large")));
    }
    let valid = match intake::validate(&app.catalog(), submission, by) {
        Ok(valid) => Some(valid),
        Err(found) => {
            errors.extend(
                found
                    .iter()
                    .map(|e| (field_id(e.field).to_owned(), message(lang, e))),
            );
            None
        }
    };
    if !consent {
        errors.push(("consent".into(), lang.t("error-consent")));
    }
    match valid {
        Some(valid) if errors.is_empty() => Ok(valid),
        _ => Err(errors),
    }
}

pub fn some(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
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
    let Ok(posted) = read_form(multipart).await else {
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
    // Stored bound to this visitor: a key seen elsewhere never returns this receipt.
    let stored_key = format!("{intake_key}:{}", visitor.binding(&app));
    let mut form = FormState::new(posted.values);
    if !visitor.csrf_ok(&app, &posted.csrf) {
        form.errors
            .push(("description".into(), lang.t("error-form-expired")));
        return render(&app, &visitor, StatusCode::FORBIDDEN, form, intake_key);
    }
    let v = &form.v;
    let masked_phone = crate::intake::normalise_phone(&v.phone)
        .filter(|_| !v.anonymous)
        .map(|p| format!("+226 •• •• •• {}", &p[p.len() - 2..]))
        .unwrap_or_default();
    let submission = Submission {
        category: v.category.clone(),
        description: v.description.clone(),
        kind: some(&v.kind),
        channel: Some("web".into()),
        language: Some(lang.tag().into()),
        anonymous: v.anonymous,
        commune: some(&v.commune),
        address: some(&v.address),
        name: some(&v.name),
        phone: some(&v.phone),
        email: some(&v.email),
        intake_key: Some(stored_key),
        attachment: posted.attachment,
        ..Submission::default()
    };
    let valid = match check_form(
        &app,
        lang,
        submission,
        &Submitter::Public,
        v.consent,
        posted.too_large,
    ) {
        Ok(valid) => valid,
        Err(errors) => {
            form.errors = errors;
            return render(
                &app,
                &visitor,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                intake_key,
            );
        }
    };
    match intake::register_valid(&app, valid, Submitter::Public, app.now()).await {
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
        Err(Refusal::Invalid(found)) => {
            form.errors = found
                .iter()
                .map(|e| (field_id(e.field).to_owned(), message(lang, e)))
                .collect();
            render(
                &app,
                &visitor,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                intake_key,
            )
        }
        Err(Refusal::Store(e)) => {
            tracing::error!(error = %e, "filing failed");
            visitor.message(
                &app,
                StatusCode::SERVICE_UNAVAILABLE,
                "error-page-title",
                "error-server",
            )
        }
    }
}

#[derive(Template)]
#[template(path = "receipt.html")]
struct ReceiptPage {
    page: Page,
    sms: Option<String>,
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
