//! `/staff/posters`: the service points by region with their posters — a printable A4 page
//! (`/staff/posters/{code}`), its PDF (`/staff/posters/{code}.pdf`) and a region's in one
//! PDF (`/staff/posters/region/{region}.pdf`), `?lang=` naming the language beside French.
//! Admins and supervisors print; admins add, edit and remove service points and date poster
//! campaigns (checked by `crate::posters`, written with their admin audit event).

use super::{SignedIn, StaffPage};
use crate::admin::{self, Refusal};
use crate::posters::{self, Poster, ServicePointAsked, qr::Matrix, second_language};
use crate::web::AppState;
use crate::web::complaint_form::{Group, choices};
use crate::web::pages::Visitor;
use askama::Template;
use axum::Form;
use axum::Router;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use store::{AdminChange, SERVICE_POINT_KINDS, ServicePointRow};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/posters", get(list).post(change))
        .route("/staff/posters/region/{file}", get(region_pdf))
        .route("/staff/posters/{item}", get(poster))
}

pub struct Line {
    pub code: String,
    pub name: String,
    pub kind: String,
    pub unit: String,
    pub commune: String,
    pub address: String,
    pub active: bool,
}

#[derive(Template)]
#[template(path = "staff_posters.html")]
struct ListPage {
    staff: StaffPage,
    error: Option<String>,
    can_change: bool,
    region: String,
    poster_lang: String,
    regions: Vec<(String, String)>,
    languages: Vec<(String, String)>,
    lines: Vec<Line>,
    kinds: Vec<(String, String)>,
    units: Vec<(String, String)>,
    communes: Vec<Group>,
    /// (date, label, region name)
    campaigns: Vec<(String, String, String)>,
    /// `&lang=…` for the poster links, or nothing.
    lang_query: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    region: String,
    poster_lang: String,
}

async fn render_list(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    q: ListQuery,
    error: Option<(String, StatusCode)>,
) -> Response {
    let lang = visitor.lang;
    let catalog = app.catalog();
    let region = Some(q.region.trim().to_owned()).filter(|r| catalog.region_exists(r));
    let (points, campaigns) = match (
        app.store.service_points(region.as_deref()).await,
        app.store.poster_campaigns().await,
    ) {
        (Ok(p), Ok(c)) => (p, c),
        (Err(e), _) | (_, Err(e)) => return visitor.server_error(app, "posters page", e),
    };
    let poster_lang = second_language(&q.poster_lang);
    let region_name = |code: &Option<String>| match code {
        Some(c) => catalog
            .regions
            .iter()
            .find(|r| &r.code == c)
            .map_or_else(|| c.clone(), |r| r.name.clone()),
        None => lang.t("posters-campaign-everywhere"),
    };
    let english = lang.0 == domain::Language::English;
    let (status, error) = match error {
        Some((message, status)) => (status, Some(message)),
        None => (StatusCode::OK, None),
    };
    let page = ListPage {
        staff: StaffPage::new(app, visitor, who, "/staff/posters"),
        error,
        can_change: who.staff.role.manages_service_points(),
        region: region.clone().unwrap_or_default(),
        poster_lang: poster_lang.map(|l| l.tag().to_owned()).unwrap_or_default(),
        lang_query: poster_lang
            .map(|l| format!("?lang={}", l.tag()))
            .unwrap_or_default(),
        regions: catalog
            .regions
            .iter()
            .map(|r| (r.code.clone(), r.name.clone()))
            .collect(),
        languages: crate::i18n::Lang::ALL
            .iter()
            .filter(|l| l.0 != domain::Language::French)
            .map(|l| (l.tag().to_owned(), l.endonym().to_owned()))
            .collect(),
        lines: points
            .iter()
            .map(|p| Line {
                code: p.code.clone(),
                name: p.name.clone(),
                kind: lang.t(&format!("sp-kind-{}", p.kind)),
                unit: catalog.unit(&p.unit_code).map_or_else(
                    || p.unit_code.clone(),
                    |u| {
                        if english {
                            u.name_en.clone()
                        } else {
                            u.name_fr.clone()
                        }
                    },
                ),
                commune: p.commune_name.clone().unwrap_or_default(),
                address: p.address.clone().unwrap_or_default(),
                active: p.is_active(),
            })
            .collect(),
        kinds: SERVICE_POINT_KINDS
            .iter()
            .map(|k| ((*k).to_owned(), lang.t(&format!("sp-kind-{k}"))))
            .collect(),
        units: catalog
            .units
            .iter()
            .map(|u| (u.code.clone(), format!("{} — {}", u.code, u.name_fr)))
            .collect(),
        communes: choices(app, lang).communes,
        campaigns: campaigns
            .iter()
            .map(|c| {
                (
                    crate::i18n::date(c.started_on),
                    c.label.clone(),
                    region_name(&c.region_code),
                )
            })
            .collect(),
    };
    visitor.respond(status, page.render())
}

pub async fn list(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Query(q): Query<ListQuery>,
) -> Response {
    if !who.staff.role.prints_posters() {
        return visitor.forbidden(&app);
    }
    render_list(&app, &visitor, &who, q, None).await
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ChangeForm {
    csrf: String,
    /// `save` (add or edit a service point), `remove`, or `campaign`.
    op: String,
    code: String,
    unit: String,
    kind: String,
    name: String,
    commune: String,
    address: String,
    started_on: String,
    label: String,
    region: String,
}

pub async fn change(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Form(f): Form<ChangeForm>,
) -> Response {
    if !who.staff.role.manages_service_points() {
        return visitor.forbidden(&app);
    }
    let lang = visitor.lang;
    let back = ListQuery {
        region: f.region.clone(),
        poster_lang: String::new(),
    };
    let fail = |key: &str, status: StatusCode| (lang.t(key), status);
    if !visitor.csrf_ok(&app, &f.csrf) {
        let e = fail("error-form-expired", StatusCode::FORBIDDEN);
        return render_list(&app, &visitor, &who, back, Some(e)).await;
    }
    let catalog = app.catalog();
    let asked: Result<AdminChange, Refusal> = match f.op.as_str() {
        "save" => {
            let asked = ServicePointAsked {
                code: f.code.clone(),
                unit: f.unit.clone(),
                kind: f.kind.clone(),
                name: f.name.clone(),
                commune: f.commune.clone(),
                address: f.address.clone(),
            };
            match posters::check_service_point(&catalog, &asked) {
                Ok(sp) => match app.store.service_point(&sp.code).await {
                    Ok(Some(_)) => Ok(AdminChange::EditServicePoint(sp)),
                    Ok(None) => Ok(AdminChange::AddServicePoint(sp)),
                    Err(e) => return visitor.server_error(&app, "posters change", e),
                },
                Err(r) => Err(r),
            }
        }
        "remove" => Ok(AdminChange::RemoveServicePoint(f.code.trim().to_owned())),
        "campaign" => {
            posters::check_campaign(&catalog, &f.started_on, &f.label, &f.region, who.staff.id)
        }
        _ => {
            let e = fail("staff-error-invalid", StatusCode::BAD_REQUEST);
            return render_list(&app, &visitor, &who, back, Some(e)).await;
        }
    };
    let change = match asked {
        Ok(c) => c,
        Err(refusal) => {
            let e = fail(refusal.key, StatusCode::UNPROCESSABLE_ENTITY);
            return render_list(&app, &visitor, &who, back, Some(e)).await;
        }
    };
    match admin::apply(&app, &who.staff, change).await {
        Ok(Ok(_)) => {
            let region = f.region.trim();
            let to = if region.is_empty() || f.op == "campaign" {
                "/staff/posters".to_owned()
            } else {
                format!("/staff/posters?region={region}")
            };
            visitor.redirect(&to, None)
        }
        Ok(Err(refusal)) => {
            let e = fail(refusal.key, StatusCode::UNPROCESSABLE_ENTITY);
            render_list(&app, &visitor, &who, back, Some(e)).await
        }
        Err(e) => visitor.server_error(&app, "posters change", e),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PosterQuery {
    lang: String,
}

/// The staff member as a visitor, the query's `lang` left out: on the poster routes it
/// names the poster's second language, not the language of the staff member's pages (an
/// error page stays in theirs, and their language cookie is not changed).
pub struct StaffVisitor(Visitor);

impl FromRequestParts<AppState> for StaffVisitor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<StaffVisitor, Self::Rejection> {
        let original = parts.uri.clone();
        if let Some(query) = original.query() {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|kv| !kv.starts_with("lang="))
                .collect();
            let without = if kept.is_empty() {
                original.path().to_owned()
            } else {
                format!("{}?{}", original.path(), kept.join("&"))
            };
            if let Ok(uri) = without.parse() {
                parts.uri = uri;
            }
        }
        let visitor = Visitor::from_request_parts(parts, app).await;
        parts.uri = original;
        visitor.map(StaffVisitor)
    }
}

#[derive(Template)]
#[template(path = "poster.html")]
struct PosterPage {
    poster: Poster,
    qr: String,
    hint: String,
}

/// A poster or its PDF, without the visitor's cookies (none is needed to print).
fn plain(content_type: &'static str, body: Vec<u8>, filename: Option<String>) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(name) = filename
        && let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{name}\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

/// The PDF of some posters, rendered off the async threads (font subsetting takes a while).
async fn pdf_response(
    app: &AppState,
    visitor: &Visitor,
    posters: Vec<Poster>,
    title: String,
    filename: String,
) -> Response {
    let started = std::time::Instant::now();
    let count = posters.len();
    let rendered =
        tokio::task::spawn_blocking(move || posters::pdf::render(&posters, &title)).await;
    match rendered {
        Ok(Ok(bytes)) => {
            tracing::info!(
                posters = count,
                bytes = bytes.len(),
                ms = started.elapsed().as_millis() as u64,
                "posters rendered"
            );
            plain("application/pdf", bytes, Some(filename))
        }
        Ok(Err(e)) => visitor.server_error(app, "poster PDF", e),
        Err(e) => visitor.server_error(app, "poster PDF", e),
    }
}

pub async fn poster(
    State(app): State<AppState>,
    StaffVisitor(visitor): StaffVisitor,
    who: SignedIn,
    Path(item): Path<String>,
    Query(q): Query<PosterQuery>,
) -> Response {
    if !who.staff.role.prints_posters() {
        return visitor.forbidden(&app);
    }
    let (code, pdf) = match item.strip_suffix(".pdf") {
        Some(code) => (code, true),
        None => (item.as_str(), false),
    };
    if !domain::is_service_point_code(code) {
        return visitor.not_found(&app);
    }
    let sp = match app.store.service_point(code).await {
        Ok(Some(sp)) if sp.is_active() => sp,
        Ok(_) => return visitor.not_found(&app),
        Err(e) => return visitor.server_error(&app, "poster", e),
    };
    let made = posters::poster(&app, &sp, second_language(&q.lang));
    if pdf {
        let title = made.name.clone();
        return pdf_response(&app, &visitor, vec![made], title, format!("{code}.pdf")).await;
    }
    let page = PosterPage {
        qr: Matrix::of(&made.address).svg(&made.address),
        hint: visitor.lang.t("posters-print-hint"),
        poster: made,
    };
    match page.render() {
        Ok(html) => plain("text/html; charset=utf-8", html.into_bytes(), None),
        Err(e) => visitor.server_error(&app, "poster page", e),
    }
}

pub async fn region_pdf(
    State(app): State<AppState>,
    StaffVisitor(visitor): StaffVisitor,
    who: SignedIn,
    Path(file): Path<String>,
    Query(q): Query<PosterQuery>,
) -> Response {
    if !who.staff.role.prints_posters() {
        return visitor.forbidden(&app);
    }
    let catalog = app.catalog();
    let Some(region) = file
        .strip_suffix(".pdf")
        .and_then(|r| catalog.regions.iter().find(|x| x.code == r))
    else {
        return visitor.not_found(&app);
    };
    let points: Vec<ServicePointRow> = match app.store.service_points(Some(&region.code)).await {
        Ok(p) => p.into_iter().filter(ServicePointRow::is_active).collect(),
        Err(e) => return visitor.server_error(&app, "region posters", e),
    };
    if points.is_empty() {
        return visitor.not_found(&app);
    }
    let lang = second_language(&q.lang);
    let made: Vec<Poster> = points
        .iter()
        .map(|sp| posters::poster(&app, sp, lang))
        .collect();
    let title = format!("Redress — {}", region.name);
    let filename = format!("{}.pdf", region.code);
    pdf_response(&app, &visitor, made, title, filename).await
}
