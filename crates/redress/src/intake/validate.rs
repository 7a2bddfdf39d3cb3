//! Checking a submission: every field read, normalised and checked against the reference
//! data, every error kept with its field, so that the form can say them all at once.

use super::*;

/// The value, or `None` with its error noted.
fn keep<T>(errors: &mut Vec<FieldError>, r: Result<T, FieldError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

pub const MAX_NAME: usize = 200;
pub const MAX_ADDRESS: usize = 500;
pub const MAX_EMAIL: usize = 254;

fn text(
    value: Option<String>,
    field: &'static str,
    max: usize,
) -> Result<Option<String>, FieldError> {
    let Some(v) = value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if v.chars().count() > max {
        return Err(invalid(
            field,
            "too_long",
            format!("{field} is longer than {max} characters"),
        ));
    }
    if v.chars().any(|c| c.is_control()) {
        return Err(invalid(
            field,
            "invalid",
            format!("{field} contains control characters"),
        ));
    }
    Ok(Some(v))
}

/// The longest photo address accepted.
pub const MAX_MEDIA_URL: usize = 2_000;

/// A Burkina Faso number (8 digits, mobile or fixed), written any usual way; returned as
/// `+226XXXXXXXX`.
pub fn normalise_phone(raw: &str) -> Option<String> {
    let compact: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')'))
        .collect();
    let local = compact
        .strip_prefix("+226")
        .or_else(|| compact.strip_prefix("00226"))
        .unwrap_or(&compact);
    let valid = local.len() == 8
        && local.bytes().all(|b| b.is_ascii_digit())
        && matches!(local.as_bytes()[0], b'0' | b'2' | b'5' | b'6' | b'7');
    valid.then(|| format!("+226{local}"))
}

fn plausible_email(e: &str) -> bool {
    let Some((local, domain)) = e.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e.chars().any(char::is_whitespace)
        && e.len() <= MAX_EMAIL
}

/// Checks a submission against the rules and the reference data, reporting every problem.
pub fn validate(
    catalog: &Catalog,
    s: Submission,
    by: &Submitter,
) -> Result<Valid, Vec<FieldError>> {
    let mut errors = Vec::new();
    if s.attachment_too_large {
        errors.push(invalid(
            "attachment",
            "attachment_too_large",
            UploadError::TooLarge.to_string(),
        ));
    }
    let category = keep(
        &mut errors,
        catalog.category(s.category.trim()).ok_or_else(|| {
            let code = if s.category.trim().is_empty() {
                "missing_category"
            } else {
                "unknown_category"
            };
            invalid(
                "category",
                code,
                format!("there is no category {:?}", s.category.trim()),
            )
        }),
    );
    let description = keep(
        &mut errors,
        Description::parse(&s.description).map_err(|e| {
            let code = match e {
                DescriptionError::TooShort => "description_too_short",
                DescriptionError::TooLong => "description_too_long",
            };
            invalid("description", code, e.to_string())
        }),
    );
    let kind = keep(
        &mut errors,
        match s.kind.as_deref().filter(|k| !k.is_empty()) {
            None => Ok(Kind::Complaint),
            Some(k) => Kind::parse(k)
                .ok_or_else(|| invalid("kind", "unknown_kind", format!("there is no kind {k:?}"))),
        },
    );
    let default_channel = match by {
        Submitter::Public => Channel::Api,
        Submitter::Staff { .. } => Channel::Phone,
    };
    let channel = keep(&mut errors, match s.channel.as_deref() {
        None => Ok(default_channel),
        Some(c) => Channel::parse(c)
            .ok_or_else(|| invalid("channel", "unknown_channel", format!("there is no channel {c:?}")))
            .and_then(|c| {
                let assisted = matches!(c, Channel::Phone | Channel::WalkIn | Channel::Letter);
                if assisted && matches!(by, Submitter::Public) {
                    Err(invalid("channel", "staff_only_channel", "only staff register complaints taken by phone, at a counter or by letter"))
                } else {
                    Ok(c)
                }
            }),
    });
    let language = keep(
        &mut errors,
        match s.language.as_deref() {
            None => Ok(Language::French),
            Some(l) => Language::parse(l).ok_or_else(|| {
                invalid(
                    "language",
                    "unknown_language",
                    format!("there is no language {l:?} (fr, en, mos, dyu, ff)"),
                )
            }),
        },
    );
    let commune = keep(
        &mut errors,
        text(s.commune, "location.commune", 32).and_then(|c| match c {
            Some(c) if !catalog.has_commune(&c) => Err(invalid(
                "location.commune",
                "unknown_commune",
                format!("there is no commune {c:?}"),
            )),
            c => Ok(c),
        }),
    );
    let address = keep(
        &mut errors,
        text(s.address, "location.address", MAX_ADDRESS),
    );
    keep(
        &mut errors,
        match (s.lat, s.long) {
            (Some(lat), Some(long))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&long) =>
            {
                Ok(())
            }
            (None, None) => Ok(()),
            _ => Err(invalid(
                "location",
                "invalid_coordinates",
                "give both lat and long, in degrees",
            )),
        },
    );
    let name = keep(&mut errors, text(s.name, "complainant.name", MAX_NAME));
    let phone = keep(
        &mut errors,
        text(s.phone, "complainant.phone", 32).and_then(|p| match p {
            None => Ok(None),
            Some(p) => normalise_phone(&p).map(Some).ok_or_else(|| {
                invalid(
                    "complainant.phone",
                    "invalid_phone",
                    "a phone number has 8 digits, with or without +226",
                )
            }),
        }),
    );
    let email = keep(
        &mut errors,
        text(s.email, "complainant.email", MAX_EMAIL).and_then(|e| match e {
            Some(e) if !plausible_email(&e) => Err(invalid(
                "complainant.email",
                "invalid_email",
                "this e-mail address is not valid",
            )),
            e => Ok(e),
        }),
    );
    let intake_key = keep(&mut errors, text(s.intake_key, "intake_key", 100));
    let identity = [&name, &phone, &email]
        .iter()
        .any(|v| matches!(v, Some(Some(_))));
    if s.anonymous && identity {
        errors.push(invalid(
            "anonymous",
            "anonymous_with_identity",
            "an anonymous complaint carries no name, phone or e-mail",
        ));
    }
    if s.consent == Some(false) {
        errors.push(invalid(
            "consent",
            "consent",
            "the complainant has not agreed that the complaint and its data be processed",
        ));
    }
    let media_url = match s
        .media_url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        None => None,
        Some(u)
            if (u.starts_with("https://") || u.starts_with("http://"))
                && u.len() <= MAX_MEDIA_URL
                && !u.chars().any(|c| c.is_whitespace() || c.is_control()) =>
        {
            Some(u.to_owned())
        }
        Some(_) => {
            errors.push(invalid(
                "media_url",
                "invalid_media_url",
                format!("media_url must be an http or https address of at most {MAX_MEDIA_URL} characters"),
            ));
            None
        }
    };
    let (
        Some(category),
        Some(description),
        Some(kind),
        Some(channel),
        Some(language),
        Some(commune),
        Some(address),
        Some(name),
        Some(phone),
        Some(email),
        Some(intake_key),
    ) = (
        category,
        description,
        kind,
        channel,
        language,
        commune,
        address,
        name,
        phone,
        email,
        intake_key,
    )
    else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Valid {
        category_code: category.code.clone(),
        description,
        kind,
        channel,
        language,
        commune,
        address,
        lat: s.lat,
        long: s.long,
        anonymous: s.anonymous,
        complainant: identity.then_some(Complainant { name, phone, email }),
        sender: s.sender,
        media_url,
        intake_key,
        attachment: s.attachment,
        // Checked against the store when registering (`intake::service_point`).
        service_point: s.service_point.filter(|c| domain::is_service_point_code(c)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_in_the_country_format() {
        for ok in [
            "70112233",
            "+226 70 11 22 33",
            "00226-70-11-22-33",
            "25.30.66.00",
            "(+226)76112233",
        ] {
            assert!(normalise_phone(ok).is_some(), "{ok}");
        }
        assert_eq!(
            normalise_phone("70 11 22 33").as_deref(),
            Some("+22670112233")
        );
        for bad in [
            "7011223",
            "701122334",
            "+33612345678",
            "80112233",
            "7011223a",
            "",
        ] {
            assert_eq!(normalise_phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert!(plausible_email("awa@example.bf"));
        for bad in ["awa", "awa@bf", "@x.bf", "a b@x.bf", "awa@.bf", "awa@x."] {
            assert!(!plausible_email(bad), "{bad}");
        }
    }
}
