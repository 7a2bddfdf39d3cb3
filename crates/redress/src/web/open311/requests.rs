//! Open311 requests: list, one, create, tokens, and the `servicerequestupdates` extension.

use super::doc::{Document, Node};
use super::{Answer, Failure, Params, category_name, english, integration};
use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::intake::{self, IntakeError, Submission, Submitter};
use crate::web::AppState;
use axum::http::StatusCode;
use domain::{Language, State, TrackingCode};
use store::{ComplaintRow, PublicFilter};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

/// The longest window a list may span, and the window without dates (the specification's).
const WINDOW: Duration = Duration::days(90);
/// The most requests or updates in one answer (the specification's usual ceiling).
const MAX_PAGE: i64 = 1_000;
/// Burkina Faso's extent, with a margin: a point outside is not in this jurisdiction.
const LATITUDES: std::ops::RangeInclusive<f64> = 9.0..=15.5;
const LONGITUDES: std::ops::RangeInclusive<f64> = -6.0..=2.8;

fn closed(state: State) -> bool {
    matches!(
        state,
        State::Answered | State::Closed | State::Rejected | State::Withdrawn
    )
}

fn timestamp(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// A W3C date-time (`2026-11-03T09:15:30Z`, `…+00:00`, without seconds' fraction or with),
/// or a date alone (midnight UTC).
fn parse_time(name: &str, raw: &str) -> Result<OffsetDateTime, Failure> {
    if let Ok(t) = OffsetDateTime::parse(raw, &Rfc3339) {
        return Ok(t);
    }
    let date_only = time::macros::format_description!("[year]-[month]-[day]");
    if let Ok(d) = time::Date::parse(raw, date_only) {
        return Ok(d.midnight().assume_utc());
    }
    let no_offset =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    if let Ok(t) = time::PrimitiveDateTime::parse(raw, no_offset) {
        return Ok(t.assume_utc());
    }
    Err(Failure::bad(format!(
        "{name} {raw:?} is not a date and time such as 2026-11-03T09:15:30Z"
    )))
}

/// The window of a list: both dates, or one and 90 days from it, or the last 90 days.
fn window(app: &AppState, p: &Params) -> Result<(OffsetDateTime, OffsetDateTime), Failure> {
    let start = p
        .get("start_date")
        .map(|s| parse_time("start_date", s))
        .transpose()?;
    let end = p
        .get("end_date")
        .map(|s| parse_time("end_date", s))
        .transpose()?;
    let (start, end) = match (start, end) {
        (Some(s), Some(e)) => (s, e),
        (Some(s), None) => (s, s + WINDOW),
        (None, Some(e)) => (e - WINDOW, e),
        (None, None) => {
            let now = app.now();
            (now - WINDOW, now)
        }
    };
    if start > end {
        return Err(Failure::bad("start_date is after end_date"));
    }
    if end - start > WINDOW {
        return Err(Failure::bad(
            "start_date and end_date may not span more than 90 days",
        ));
    }
    Ok((start, end))
}

fn page(p: &Params) -> Result<(i64, i64), Failure> {
    let size = match p.get("page_size") {
        None => MAX_PAGE,
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=MAX_PAGE).contains(n))
            .ok_or_else(|| Failure::bad(format!("page_size is a number from 1 to {MAX_PAGE}")))?,
    };
    let page = match p.get("page") {
        None => 1,
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=1_000_000).contains(n))
            .ok_or_else(|| Failure::bad("page is a number from 1"))?,
    };
    Ok((size, (page - 1) * size))
}

/// What the public may know of a complaint, as an Open311 request.
fn request(catalog: &Catalog, row: &ComplaintRow, english: bool) -> Node {
    let lang = Lang(if english {
        Language::English
    } else {
        Language::French
    });
    let category = catalog.category(&row.category_code);
    let unit = catalog.unit(&row.unit_code).map(|u| {
        if english {
            u.name_en.clone()
        } else {
            u.name_fr.clone()
        }
    });
    let commune = row
        .commune_code
        .as_deref()
        .and_then(|c| catalog.communes.iter().find(|k| k.code == c));
    let expected = row.answer_by.with_hms(23, 59, 59).map(|t| t.assume_utc());
    Node::Record(vec![
        ("service_request_id", row.display_code().into()),
        (
            "status",
            if closed(row.status) { "closed" } else { "open" }.into(),
        ),
        (
            "status_notes",
            lang.t(&format!("status-{}", row.status)).into(),
        ),
        (
            "service_name",
            category.map(|c| category_name(c, english)).into(),
        ),
        ("service_code", row.category_code.clone().into()),
        // The complainant's words are not public (they may name people).
        ("description", Node::Null),
        ("agency_responsible", unit.into()),
        ("service_notice", Node::Null),
        ("requested_datetime", timestamp(row.received_at).into()),
        ("updated_datetime", timestamp(row.updated_at).into()),
        ("expected_datetime", expected.ok().map(timestamp).into()),
        // The commune, not the exact address or point: where, not whose door.
        ("address", commune.map(|c| c.name.clone()).into()),
        ("address_id", row.commune_code.clone().into()),
        ("zipcode", Node::Null),
        (
            "lat",
            commune.and_then(|c| c.lat).map_or(Node::Null, Node::Float),
        ),
        (
            "long",
            commune.and_then(|c| c.long).map_or(Node::Null, Node::Float),
        ),
        ("media_url", row.media_url.clone().into()),
    ])
}

pub async fn list(app: &AppState, p: &Params) -> Answer {
    let catalog = app.catalog();
    let (limit, offset) = page(p)?;
    let mut filter = PublicFilter {
        limit,
        offset,
        ..PublicFilter::default()
    };
    if let Some(ids) = p.get("service_request_id") {
        for id in ids.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let code = TrackingCode::parse(id).map_err(|_| {
                Failure::bad(format!("service_request_id {id} is not a tracking code"))
            })?;
            filter.codes.push(code.as_str().to_owned());
        }
    } else {
        let (from, to) = window(app, p)?;
        filter.from = Some(from);
        filter.to = Some(to);
    }
    if let Some(codes) = p.get("service_code") {
        for code in codes.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            if catalog.category(code).is_none() {
                return Err(Failure::bad(format!("service_code {code} not found")));
            }
            filter.categories.push(code.to_owned());
        }
    }
    if let Some(statuses) = p.get("status") {
        for s in statuses.split(',').map(str::trim) {
            let wanted_closed = match s {
                "open" => false,
                "closed" => true,
                other => {
                    return Err(Failure::bad(format!(
                        "status {other:?}: the statuses are open and closed"
                    )));
                }
            };
            filter
                .states
                .extend(State::ALL.iter().filter(|st| closed(**st) == wanted_closed));
        }
    }
    let rows = app.store.public_requests(filter).await?;
    let english = english(p);
    let items = rows.iter().map(|r| request(&catalog, r, english)).collect();
    Ok((
        Document::list("service_requests", "request", items),
        StatusCode::OK,
    ))
}

async fn find(app: &AppState, id: &str) -> Result<ComplaintRow, Failure> {
    let not_found = || Failure::not_found(format!("service_request_id {id} not found"));
    let code = TrackingCode::parse(id).map_err(|_| not_found())?;
    let rows = app
        .store
        .public_requests(PublicFilter {
            codes: vec![code.as_str().to_owned()],
            limit: 1,
            ..PublicFilter::default()
        })
        .await?;
    rows.into_iter().next().ok_or_else(not_found)
}

pub async fn one(app: &AppState, id: &str) -> Answer {
    let row = find(app, id).await?;
    let item = request(&app.catalog(), &row, false);
    Ok((
        Document::list("service_requests", "request", vec![item]),
        StatusCode::OK,
    ))
}

/// A token is the request's own id: requests are created at once.
pub async fn token(app: &AppState, token: &str) -> Answer {
    let row = find(app, token).await?;
    let item = Node::Record(vec![
        ("service_request_id", row.display_code().into()),
        ("token", token.into()),
    ]);
    Ok((
        Document::list("service_requests", "request", vec![item]),
        StatusCode::OK,
    ))
}

/// The commune nearest to a point (by the communes' centres).
fn nearest_commune(catalog: &Catalog, lat: f64, long: f64) -> Option<String> {
    let scale = lat.to_radians().cos();
    catalog
        .communes
        .iter()
        .filter_map(|c| {
            let (clat, clong) = (c.lat?, c.long?);
            let d = (clat - lat).powi(2) + ((clong - long) * scale).powi(2);
            Some((d, &c.code))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, code)| code.clone())
}

fn coordinate(p: &Params, name: &str) -> Result<Option<f64>, Failure> {
    p.get(name)
        .map(|v| {
            v.parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .ok_or_else(|| Failure::bad(format!("{name} {v:?} is not a number")))
        })
        .transpose()
}

pub async fn create(app: &AppState, p: &Params) -> Answer {
    let staff = integration(app, p).await?;
    let catalog = app.catalog();
    let code = p
        .get("service_code")
        .ok_or_else(|| Failure::bad("service_code was not provided"))?;
    if catalog.category(code).is_none() {
        return Err(Failure::not_found(format!("service_code {code} not found")));
    }
    let (lat, long) = match (coordinate(p, "lat")?, coordinate(p, "long")?) {
        (Some(lat), Some(long)) => {
            if !LATITUDES.contains(&lat) || !LONGITUDES.contains(&long) {
                return Err(Failure::bad(
                    "lat and long are outside this jurisdiction (Burkina Faso)",
                ));
            }
            (Some(lat), Some(long))
        }
        (None, None) => (None, None),
        _ => return Err(Failure::bad("lat and long go together")),
    };
    let commune = p
        .get("attribute[commune]")
        .or(p.get("address_id"))
        .map(str::to_owned)
        .or_else(|| {
            lat.zip(long)
                .and_then(|(la, lo)| nearest_commune(&catalog, la, lo))
        });
    let address = p.get("address_string").map(str::to_owned);
    if commune.is_none() && address.is_none() {
        return Err(Failure::bad(
            "a location is required: lat and long, address_string, address_id or attribute[commune]",
        ));
    }
    let name = [p.get("first_name"), p.get("last_name")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let submission = Submission {
        category: code.to_owned(),
        description: p.get("description").unwrap_or_default().to_owned(),
        kind: p.get("attribute[kind]").map(str::to_owned),
        channel: Some("open311".to_owned()),
        language: p
            .get("attribute[language]")
            .or(p.get("locale").map(|l| l.get(..2).unwrap_or(l)))
            .map(str::to_owned),
        commune,
        address,
        lat,
        long,
        name: Some(name).filter(|n| !n.is_empty()),
        phone: p.get("phone").map(str::to_owned),
        email: p.get("email").map(str::to_owned),
        attachment: p.media.clone(),
        attachment_too_large: p.media_too_large,
        media_url: p.get("media_url").map(str::to_owned),
        ..Submission::default()
    };
    let receipt = match intake::register(
        app,
        submission,
        Submitter::Staff { id: staff.id },
        app.now(),
    )
    .await
    {
        Ok(r) => r,
        Err(IntakeError::Invalid(errors)) => {
            return Err(Failure(
                StatusCode::BAD_REQUEST,
                errors
                    .iter()
                    .map(|e| format!("{}: {}", open311_name(e.field), e.message))
                    .collect(),
            ));
        }
        Err(IntakeError::Store(e)) => return Err(e.into()),
    };
    let lang = Lang(if english(p) {
        Language::English
    } else {
        Language::French
    });
    let notice = lang.t_with(
        "open311-notice",
        &[("answer", crate::i18n::date(receipt.answer_by))],
    );
    let item = Node::Record(vec![
        (
            "service_request_id",
            receipt.tracking_code.to_string().into(),
        ),
        ("service_notice", notice.into()),
        ("account_id", Node::Null),
        // Not in the specification: the follow-up secret, for the citizen (web, SMS).
        ("secret", receipt.secret.expose().into()),
    ]);
    tracing::info!(tracking_code = %receipt.tracking_code, account = staff.id, "Open311 request created");
    Ok((
        Document::list("service_requests", "request", vec![item]),
        StatusCode::CREATED,
    ))
}

/// Our field names as Open311 calls them.
fn open311_name(field: &str) -> &str {
    match field {
        "category" => "service_code",
        "commune" => "attribute[commune]",
        "kind" => "attribute[kind]",
        "language" => "attribute[language]",
        "complainant.phone" => "phone",
        "complainant.email" => "email",
        "complainant.name" => "first_name",
        "attachment" => "media",
        other => other,
    }
}

/// `GET servicerequestupdates`: what happened to listed requests in the window, oldest
/// first, each with the request's status after it.
pub async fn updates(app: &AppState, p: &Params) -> Answer {
    let (from, to) = window(app, p)?;
    let (limit, _) = page(p)?;
    let rows = app.store.public_updates(from, to, limit).await?;
    let lang = Lang(if english(p) {
        Language::English
    } else {
        Language::French
    });
    let items = rows
        .iter()
        .map(|u| {
            let closes = matches!(
                u.action.as_str(),
                "answer" | "close" | "reject" | "withdraw"
            );
            let code = TrackingCode::parse(&u.tracking_code)
                .map_or_else(|_| u.tracking_code.clone(), |c| c.to_string());
            Node::Record(vec![
                ("update_id", u.seq.to_string().into()),
                ("service_request_id", code.into()),
                ("status", if closes { "closed" } else { "open" }.into()),
                ("updated_datetime", timestamp(u.at).into()),
                (
                    "description",
                    lang.t(&format!("history-{}", u.action)).into(),
                ),
                ("media_url", Node::Null),
            ])
        })
        .collect();
    Ok((
        Document::list("service_request_updates", "request_update", items),
        StatusCode::OK,
    ))
}
