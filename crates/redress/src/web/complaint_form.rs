//! The complaint form the citizen portal (`/complaints/new`) and staff assisted intake
//! (`/staff/intake`) share: its fields as typed, its choices, reading the posted form, and
//! turning intake's errors into sentences next to their fields. Both submit through the
//! one intake pipeline (`intake::register`).

use crate::attachments::Upload;
use crate::i18n::Lang;
use crate::intake::{FieldError, Submission};
use crate::web::AppState;
use axum::extract::Multipart;
use domain::complaint::{MAX_DESCRIPTION, MIN_DESCRIPTION};
use domain::{Kind, Language};

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
    /// The service point of the poster the form was opened from (`?sp=`), kept in a hidden
    /// field.
    pub service_point: String,
}

pub struct Group {
    pub label: String,
    pub options: Vec<(String, String)>,
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

/// The categories of these departments only, a group each (the form opened from a service
/// point's poster: its unit's department, and the general one).
pub fn categories_of(app: &AppState, lang: Lang, departments: &[&str]) -> Vec<Group> {
    let catalog = app.catalog();
    departments
        .iter()
        .map(|d| Group {
            label: lang.t(&format!("dept-{d}")),
            options: catalog
                .categories_of(d)
                .into_iter()
                .map(|c| {
                    let name = match lang.0 {
                        Language::English => c.name_en.clone(),
                        _ => c.name_fr.clone(),
                    };
                    (c.code.clone(), name)
                })
                .collect(),
        })
        .filter(|g| !g.options.is_empty())
        .collect()
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
        "consent" => "consent",
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
            match field.bytes().await {
                Ok(bytes) if bytes.len() > crate::attachments::MAX_ATTACHMENT => p.too_large = true,
                Ok(bytes) if !bytes.is_empty() => p.attachment = Some(Upload { bytes }),
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
            "service_point" => v.service_point = value,
            "channel" => p.channel = value,
            "language" => p.language = value,
            _ => {}
        }
    }
    Ok(p)
}

pub fn some(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// Everything wrong with a submission, as (field id, sentence in `lang`).
pub fn errors(lang: Lang, found: &[FieldError]) -> Vec<(String, String)> {
    found
        .iter()
        .map(|e| (field_id(e.field).to_owned(), message(lang, e)))
        .collect()
}

impl Posted {
    /// The submission this form makes, for `channel` in `language`, under `intake_key`.
    pub fn submission(&mut self, channel: &str, language: &str, intake_key: String) -> Submission {
        let v = &self.values;
        Submission {
            category: v.category.clone(),
            description: v.description.clone(),
            kind: some(&v.kind),
            channel: Some(channel.to_owned()),
            language: Some(language.to_owned()),
            anonymous: v.anonymous,
            commune: some(&v.commune),
            address: some(&v.address),
            name: some(&v.name),
            phone: some(&v.phone),
            email: some(&v.email),
            intake_key: Some(intake_key),
            attachment: self.attachment.take(),
            attachment_too_large: self.too_large,
            consent: Some(v.consent),
            service_point: some(&v.service_point),
            ..Submission::default()
        }
    }
}
