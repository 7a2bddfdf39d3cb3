//! The citizen portal: server-rendered pages that work without JavaScript, light enough for
//! a cheap phone on 2G, in the citizen's language. Every form carries a CSRF token bound to
//! a cookie; filing and tracking are limited per address.

mod assets;
mod file;
mod home;
pub mod stats;
mod track;

use crate::i18n::Lang;
use crate::web::AppState;
use askama::Template;
use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

pub use assets::stylesheet_path;

/// Attachments up to 3 MB, plus the form around them.
const FORM_BODY_LIMIT: usize = crate::web::MAX_UPLOAD_BODY;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/privacy", get(home::privacy))
        .route("/stats", get(stats::stats))
        .route(
            "/complaints/new",
            get(file::form)
                .post(file::submit)
                .layer(axum::extract::DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route("/complaints/receipt", get(file::receipt))
        .route("/track", get(track::form).post(track::lookup))
        .route("/track/{code}", get(track::detail))
        .route("/track/{code}/{action}", post(track::act))
        .route("/static/{file}", get(assets::static_file))
}

/// What every page needs: the language, where it is (for the language links), the
/// stylesheet, and the CSRF token for its forms.
pub struct Page {
    pub lang: Lang,
    pub path: String,
    pub css: &'static str,
    pub csrf: String,
    /// Training mode: every page says so.
    pub training: bool,
}

impl Page {
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    pub fn languages(&self) -> &'static [Lang] {
        &Lang::ALL
    }
}

/// A form's values as typed, and what is wrong with them: `(field id, message)`.
pub struct FormState<V> {
    pub v: V,
    pub errors: Vec<(String, String)>,
}

impl<V> FormState<V> {
    pub fn new(v: V) -> FormState<V> {
        FormState {
            v,
            errors: Vec::new(),
        }
    }

    pub fn err(&self, id: &str) -> Option<&String> {
        self.errors.iter().find(|(f, _)| f == id).map(|(_, m)| m)
    }
}

const LANG_COOKIE: &str = "rd_lang";
const CSRF_COOKIE: &str = "rd_csrf";

pub fn cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A visitor: their language (`?lang=`, else the cookie, else `Accept-Language`, else
/// French) and their CSRF cookie (made on the first visit).
pub struct Visitor {
    pub lang: Lang,
    lang_chosen: bool,
    csrf_cookie: String,
    csrf_new: bool,
    /// The staff session cookie, when the request carries one (under `/staff`): forms are
    /// then bound to the session as well as to the CSRF cookie.
    session: Option<String>,
    secure: bool,
    pub ip: std::net::IpAddr,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Visitor, Self::Rejection> {
        let from_query = parts.uri.query().and_then(|q| {
            q.split('&')
                .filter_map(|kv| kv.split_once('='))
                .find(|(k, _)| *k == "lang")
                .and_then(|(_, v)| Lang::parse(v))
        });
        let lang = from_query
            .or_else(|| cookie(&parts.headers, LANG_COOKIE).and_then(Lang::parse))
            .or_else(|| {
                parts
                    .headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(Lang::from_accept_language)
            })
            .unwrap_or_default();
        let existing = cookie(&parts.headers, CSRF_COOKIE)
            .filter(|c| c.len() == 32 && c.bytes().all(|b| b.is_ascii_hexdigit()))
            .map(str::to_owned);
        let csrf_new = existing.is_none();
        let csrf_cookie = existing.unwrap_or_else(|| {
            let mut b = [0u8; 16];
            getrandom::fill(&mut b).expect("random source");
            hex::encode(b)
        });
        Ok(Visitor {
            lang,
            lang_chosen: from_query.is_some(),
            csrf_cookie,
            csrf_new,
            session: cookie(&parts.headers, crate::web::staff::SESSION_COOKIE).map(str::to_owned),
            secure: app.secure_cookies(),
            ip: crate::web::client_ip(parts),
        })
    }
}

impl Visitor {
    /// The token a form must carry: bound to the CSRF cookie and, for a signed-in staff
    /// member, to the session (a cookie planted by a neighbour cannot forge it, and a
    /// token from before signing in, or another session's, is refused).
    fn csrf_token(&self, app: &AppState) -> String {
        csrf_token_for(app, &self.csrf_cookie, self.session.as_deref())
    }

    /// A value tied to this visitor's cookie, to bind what they submit to them.
    pub fn binding(&self, app: &AppState) -> String {
        app.store
            .vault()
            .cookie_mac("binding", self.csrf_cookie.as_bytes())[..16]
            .to_owned()
    }

    /// Whether a posted form carries the token of this visitor's cookie.
    pub fn csrf_ok(&self, app: &AppState, token: &str) -> bool {
        !self.csrf_new
            && token.len() == 32
            && constant_eq(token.as_bytes(), self.csrf_token(app).as_bytes())
    }

    pub fn page(&self, app: &AppState, path: &str) -> Page {
        Page {
            lang: self.lang,
            path: path.to_owned(),
            css: stylesheet_path(),
            csrf: self.csrf_token(app),
            training: app.training,
        }
    }

    pub fn set_cookie(&self, name: &str, value: &str, path: &str, max_age: i64) -> HeaderValue {
        let secure = if self.secure { "; Secure" } else { "" };
        HeaderValue::from_str(&format!(
            "{name}={value}; Path={path}; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
        ))
        .expect("cookie values are ASCII")
    }

    /// A rendered page, with the visitor's cookies set when they are new.
    pub fn respond(&self, status: StatusCode, body: Result<String, askama::Error>) -> Response {
        let body = match body {
            Ok(b) => b,
            Err(e) => {
                tracing::error!(error = %e, "template failed");
                return (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    self.lang.t("error-server"),
                )
                    .into_response();
            }
        };
        let mut response = (status, axum::response::Html(body)).into_response();
        self.add_cookies(&mut response);
        response
    }

    pub fn add_cookies(&self, response: &mut Response) {
        let headers = response.headers_mut();
        if self.csrf_new {
            headers.append(
                header::SET_COOKIE,
                self.set_cookie(CSRF_COOKIE, &self.csrf_cookie, "/", 86_400 * 30),
            );
        }
        if self.lang_chosen {
            headers.append(
                header::SET_COOKIE,
                self.set_cookie(LANG_COOKIE, self.lang.tag(), "/", 86_400 * 365),
            );
        }
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }

    /// A page with a title and one message (errors, limits).
    pub fn message(
        &self,
        app: &AppState,
        status: StatusCode,
        title_key: &str,
        message_key: &str,
    ) -> Response {
        let page = MessagePage {
            title: self.lang.t(title_key),
            message: self.lang.t(message_key),
            page: self.page(app, "/"),
        };
        self.respond(status, page.render())
    }

    /// 403 with the staff's "not allowed" page.
    pub fn forbidden(&self, app: &AppState) -> Response {
        self.message(
            app,
            StatusCode::FORBIDDEN,
            "error-page-title",
            "staff-error-forbidden",
        )
    }

    /// 404 with the "not found" page.
    pub fn not_found(&self, app: &AppState) -> Response {
        self.message(
            app,
            StatusCode::NOT_FOUND,
            "error-page-title",
            "error-not-found",
        )
    }

    /// The page for a failure on our side (the database did not answer…): logged once
    /// here with what failed, shown as "try again later", never as a refusal.
    pub fn server_error(
        &self,
        app: &AppState,
        what: &str,
        error: impl std::fmt::Display,
    ) -> Response {
        tracing::error!(error = %error, "{what} failed");
        self.message(
            app,
            StatusCode::SERVICE_UNAVAILABLE,
            "error-page-title",
            "error-server",
        )
    }

    /// A 303 to `to`, with the visitor's cookies and any `extra` cookie.
    pub fn redirect(&self, to: &str, extra: Option<HeaderValue>) -> Response {
        let mut response =
            (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_owned())]).into_response();
        self.add_cookies(&mut response);
        if let Some(c) = extra {
            response.headers_mut().append(header::SET_COOKIE, c);
        }
        response
    }
}

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage {
    page: Page,
    title: String,
    message: String,
}

/// The token a form must carry for a CSRF cookie and, when signed in, a staff session.
pub fn csrf_token_for(app: &AppState, csrf_cookie: &str, session: Option<&str>) -> String {
    let bound = match session {
        Some(session) => format!("{csrf_cookie}|{session}"),
        None => csrf_cookie.to_owned(),
    };
    app.store.vault().cookie_mac("csrf", bound.as_bytes())[..32].to_owned()
}

/// Compares two byte strings in time that does not depend on where they differ.
pub fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Seals a few lines for a cookie (receipts, the complainant's follow-up session).
pub fn seal_cookie(app: &AppState, lines: &[&str]) -> String {
    URL_SAFE_NO_PAD.encode(app.store.vault().seal_cookie(lines.join("\n").as_bytes()))
}

pub fn open_cookie(app: &AppState, value: &str) -> Option<Vec<String>> {
    let sealed = URL_SAFE_NO_PAD.decode(value).ok()?;
    let plain = app.store.vault().open_cookie(&sealed)?;
    Some(
        String::from_utf8(plain)
            .ok()?
            .split('\n')
            .map(str::to_owned)
            .collect(),
    )
}
