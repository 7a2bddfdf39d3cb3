//! Posters for service points: what a poster says, in French and the national language
//! chosen for it, and its QR code (`qr.rs`). The printable page renders it as HTML, `pdf.rs`
//! as an A4 PDF; both show the same `Poster`.

pub mod pdf;
pub mod qr;
pub mod reach;

use crate::admin::{Refusal, refuse};
use crate::i18n::Lang;
use crate::services::Services;
use domain::Language;
use store::ServicePointRow;

/// A sentence in French, and in the poster's second language when that language has its
/// own text for it (never French twice).
#[derive(Debug, Clone)]
pub struct Text {
    pub fr: String,
    pub other: Option<String>,
}

/// Everything one poster says.
#[derive(Debug, Clone)]
pub struct Poster {
    pub code: String,
    pub name: String,
    /// The commune, and the address when there is one.
    pub place: Option<String>,
    pub kind: Text,
    pub heading: Text,
    /// The address the QR code opens.
    pub address: String,
    pub web: Text,
    /// How else to complain (SMS and its example, USSD, phone), the deadline, the
    /// protection of those who report corruption.
    pub lines: Vec<Text>,
    /// The second language's tag, for `lang` attributes.
    pub other_lang: Option<&'static str>,
}

/// The languages a poster may carry beside French.
pub fn second_language(tag: &str) -> Option<Lang> {
    Lang::parse(tag).filter(|l| l.0 != Language::French)
}

/// The poster of `sp`, in French and `lang`.
pub fn poster(app: &Services, sp: &ServicePointRow, lang: Option<Lang>) -> Poster {
    let fr = Lang(Language::French);
    let text = |key: &str, args: &[(&'static str, String)]| Text {
        fr: fr.t_with(key, args),
        other: lang.filter(|l| l.has_own(key)).map(|l| l.t_with(key, args)),
    };
    let catalog = app.catalog();
    let place = match (&sp.commune_name, &sp.address) {
        (Some(c), Some(a)) => Some(format!("{a}, {c}")),
        (Some(c), None) => Some(c.clone()),
        (None, Some(a)) => Some(a.clone()),
        (None, None) => None,
    };
    let address = domain::poster::form_address(&app.base_url, &sp.code, lang.map(|l| l.tag()));
    let mut lines = Vec::new();
    if let Some(number) = &app.contact.sms_number {
        lines.push(text("poster-sms", &[("number", number.clone())]));
        lines.push(text("poster-sms-example", &[]));
    }
    if let Some(code) = &app.contact.ussd_code {
        lines.push(text("poster-ussd", &[("code", code.clone())]));
    }
    if let Some(number) = &app.contact.phone_number {
        lines.push(text("poster-phone", &[("number", number.clone())]));
    }
    // The legal deadline: the longest answer time of the unit's department's categories.
    let department = catalog
        .unit(&sp.unit_code)
        .and_then(|u| u.department_code.clone());
    let longest = catalog
        .categories
        .iter()
        .filter(|c| Some(&c.department_code) == department.as_ref())
        .max_by_key(|c| c.answer_days);
    if let Some(c) = longest {
        let key = if c.answer_count == "working" {
            "poster-deadline-working"
        } else {
            "poster-deadline"
        };
        lines.push(text(key, &[("days", c.answer_days.to_string())]));
    }
    lines.push(text("poster-protection", &[]));
    Poster {
        code: sp.code.clone(),
        name: sp.name.clone(),
        place,
        kind: text(&format!("sp-kind-{}", sp.kind), &[]),
        heading: text("poster-heading", &[]),
        web: text("poster-web", &[]),
        address,
        lines,
        other_lang: lang.map(|l| l.tag()),
    }
}

/// A service point as an admin asked for it (the posters page's form).
#[derive(Debug, Default, Clone)]
pub struct ServicePointAsked {
    pub code: String,
    pub unit: String,
    pub kind: String,
    pub name: String,
    pub commune: String,
    pub address: String,
}

fn given(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// The longest name and address a service point may have (a poster shrinks a long name).
pub const MAX_NAME: usize = 300;

/// Checks a service point before it is written: a plain code, a unit and commune that
/// exist, a known kind, a name.
pub fn check_service_point(
    catalog: &crate::catalog::Catalog,
    a: &ServicePointAsked,
) -> Result<store::NewServicePoint, Refusal> {
    let code = a.code.trim();
    if !domain::is_service_point_code(code) {
        return Err(refuse(
            "invalid_service_point",
            "posters-error-code",
            "a service point code has 2 to 40 capitals, digits or dashes",
        ));
    }
    let bad = || {
        refuse(
            "invalid_service_point",
            "posters-error-fields",
            "give a name, a kind and a unit that exist (and a commune that exists, if any)",
        )
    };
    let name = given(&a.name).filter(|n| n.chars().count() <= MAX_NAME);
    let address = given(&a.address);
    let commune = given(&a.commune);
    if name.is_none()
        || !store::SERVICE_POINT_KINDS.contains(&a.kind.as_str())
        || catalog.unit(a.unit.trim()).is_none()
        || commune.as_deref().is_some_and(|c| !catalog.has_commune(c))
        || address
            .as_ref()
            .is_some_and(|a| a.chars().count() > MAX_NAME)
    {
        return Err(bad());
    }
    Ok(store::NewServicePoint {
        code: code.to_owned(),
        unit_code: a.unit.trim().to_owned(),
        kind: a.kind.clone(),
        name: name.unwrap_or_default(),
        commune_code: commune,
        address,
    })
}

/// Checks a poster campaign: a real date, a label, a region that exists or none.
pub fn check_campaign(
    catalog: &crate::catalog::Catalog,
    started_on: &str,
    label: &str,
    region: &str,
    created_by: i64,
) -> Result<store::AdminChange, Refusal> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = time::Date::parse(started_on.trim(), &format);
    let region = given(region);
    if date.is_err() || region.as_deref().is_some_and(|r| !catalog.region_exists(r)) {
        return Err(refuse(
            "invalid_campaign",
            "posters-error-date",
            "the date is YYYY-MM-DD, the region one that exists or none",
        ));
    }
    let Some(label) = given(label).filter(|l| l.chars().count() <= MAX_NAME) else {
        return Err(refuse(
            "invalid_campaign",
            "posters-error-label",
            "give the campaign a label",
        ));
    };
    Ok(store::AdminChange::AddPosterCampaign {
        started_on: date.map_err(|_| refuse("invalid_campaign", "posters-error-date", ""))?,
        label,
        region_code: region,
        created_by: Some(created_by),
    })
}
