//! Open311 GeoReport v2 at `/open311/v2/` (http://wiki.open311.org/GeoReport_v2): discovery,
//! services and their definitions, requests (list, one, create), tokens, and the
//! `servicerequestupdates` extension. Services are the categories; a request is a
//! complaint, `service_request_id` its tracking code. Denunciations are never listed, and
//! lists show what the public may know of a complaint: its category, state, dates, unit
//! and commune — not its description, its exact address or its complainant.
//!
//! Parameters come from the query or the form body alike; an empty one is absent;
//! `jurisdiction_id`, when given, must be this service's (the host of its public address).
//! Writing needs `api_key`: a token of an integration account (`redress token create`).

mod doc;
mod requests;

use crate::auth::token_hash;
use crate::catalog::Catalog;
use crate::web::AppState;
use axum::Router;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{Method, StatusCode};
use axum::response::Response;
use axum::routing::get;
use doc::{Document, Format, Node, errors};
use std::collections::HashMap;
use store::{CategoryRow, StaffRow};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/open311/v2/{resource}", get(dispatch).post(dispatch))
        .route("/open311/v2/{resource}/{item}", get(dispatch_item))
        .route("/open311/{resource}", get(discovery_alias))
        .layer(axum::extract::DefaultBodyLimit::max(
            crate::attachments::MAX_ATTACHMENT + 64 * 1024,
        ))
}

/// The parameters of a call, from the query and the body, empty ones dropped.
#[derive(Debug, Default)]
pub struct Params {
    values: HashMap<String, String>,
    media: Option<crate::attachments::Upload>,
    media_too_large: bool,
}

impl Params {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values
            .get(name)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn add(&mut self, name: String, value: String) {
        if !value.trim().is_empty() {
            self.values.insert(name, value);
        }
    }

    async fn read(query: Option<&str>, request: Option<Request>) -> Result<Params, String> {
        let mut p = Params::default();
        for (k, v) in form_urlencoded(query.unwrap_or_default()) {
            p.add(k, v);
        }
        let Some(request) = request else {
            return Ok(p);
        };
        let content_type = request
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        if content_type.starts_with("multipart/form-data") {
            let mut multipart =
                <axum::extract::Multipart as axum::extract::FromRequest<()>>::from_request(
                    request,
                    &(),
                )
                .await
                .map_err(|_| "the multipart body cannot be read".to_owned())?;
            while let Some(field) = multipart
                .next_field()
                .await
                .map_err(|_| "the multipart body cannot be read".to_owned())?
            {
                let name = field.name().unwrap_or_default().to_owned();
                if name == "media" {
                    match field.bytes().await {
                        Ok(b) if b.len() > crate::attachments::MAX_ATTACHMENT => {
                            p.media_too_large = true
                        }
                        Ok(b) if !b.is_empty() => {
                            p.media = Some(crate::attachments::Upload { bytes: b })
                        }
                        Ok(_) => {}
                        Err(_) => p.media_too_large = true,
                    }
                    continue;
                }
                let value = field
                    .text()
                    .await
                    .map_err(|_| format!("the field {name} is not text"))?;
                p.add(name, value);
            }
        } else {
            let body = axum::body::to_bytes(request.into_body(), crate::web::MAX_BODY)
                .await
                .map_err(|_| "the body is too large".to_owned())?;
            for (k, v) in form_urlencoded(&String::from_utf8_lossy(&body)) {
                p.add(k, v);
            }
        }
        Ok(p)
    }
}

fn form_urlencoded(s: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(s).unwrap_or_default()
}

/// A failed call: its status and the descriptions of what is wrong.
pub struct Failure(pub StatusCode, pub Vec<String>);

impl Failure {
    pub fn bad(description: impl Into<String>) -> Failure {
        Failure(StatusCode::BAD_REQUEST, vec![description.into()])
    }

    pub fn not_found(description: impl Into<String>) -> Failure {
        Failure(StatusCode::NOT_FOUND, vec![description.into()])
    }

    fn respond(self, format: Format) -> Response {
        errors(format, self.0, &self.1)
    }
}

impl From<store::StoreError> for Failure {
    fn from(e: store::StoreError) -> Failure {
        tracing::error!(error = %e, "Open311 call failed");
        let status = if e.is_unavailable() {
            StatusCode::SERVICE_UNAVAILABLE
        } else {
            StatusCode::INTERNAL_SERVER_ERROR
        };
        Failure(
            status,
            vec!["the service failed; try again later".to_owned()],
        )
    }
}

/// This service's jurisdiction: the host of its public address.
fn jurisdiction(app: &AppState) -> String {
    app.base_url
        .split("://")
        .nth(1)
        .unwrap_or(&app.base_url)
        .split(['/', ':'])
        .next()
        .unwrap_or_default()
        .to_owned()
}

fn check_jurisdiction(app: &AppState, p: &Params) -> Result<(), Failure> {
    match p.get("jurisdiction_id") {
        Some(j) if j != jurisdiction(app) => Err(Failure::not_found(format!(
            "jurisdiction_id {j} not found: this service is {}",
            jurisdiction(app)
        ))),
        _ => Ok(()),
    }
}

/// The account behind `api_key`, or 403.
async fn integration(app: &AppState, p: &Params) -> Result<StaffRow, Failure> {
    let Some(key) = p.get("api_key") else {
        return Err(Failure(
            StatusCode::FORBIDDEN,
            vec!["api_key was not provided".to_owned()],
        ));
    };
    app.store
        .staff_by_token(&token_hash(key), app.now())
        .await?
        .filter(|s| !s.disabled)
        .ok_or_else(|| Failure(StatusCode::FORBIDDEN, vec!["api_key is invalid".to_owned()]))
}

/// French by default, English with `locale=en`.
fn english(p: &Params) -> bool {
    p.get("locale")
        .is_some_and(|l| l.to_ascii_lowercase().starts_with("en"))
}

async fn dispatch(
    State(app): State<AppState>,
    Path(resource): Path<String>,
    RawQuery(query): RawQuery,
    request: Request,
) -> Response {
    let Some((name, format)) = Format::split(&resource) else {
        return Failure::not_found(format!("{resource}: the formats are .json and .xml"))
            .respond(Format::Xml);
    };
    let method = request.method().clone();
    let body = (method == Method::POST).then_some(request);
    let result = async {
        let p = Params::read(query.as_deref(), body)
            .await
            .map_err(Failure::bad)?;
        check_jurisdiction(&app, &p)?;
        match (method, name) {
            (Method::GET, "discovery") => Ok(discovery(&app)),
            (Method::GET, "services") => Ok(services(&app.catalog(), english(&p))),
            (Method::GET, "requests") => requests::list(&app, &p).await,
            (Method::POST, "requests") => requests::create(&app, &p).await,
            (Method::GET, "servicerequestupdates") => requests::updates(&app, &p).await,
            _ => Err(Failure::not_found(format!("there is no {name} here"))),
        }
    }
    .await;
    match result {
        Ok((doc, status)) => doc.respond(format, status),
        Err(f) => f.respond(format),
    }
}

async fn dispatch_item(
    State(app): State<AppState>,
    Path((resource, item)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> Response {
    let Some((item, format)) = Format::split(&item) else {
        return Failure::not_found(format!("{item}: the formats are .json and .xml"))
            .respond(Format::Xml);
    };
    let result = async {
        let p = Params::read(query.as_deref(), None)
            .await
            .map_err(Failure::bad)?;
        check_jurisdiction(&app, &p)?;
        match resource.as_str() {
            // `service/{code}` as well, which older clients ask.
            "services" | "service" => definition(&app.catalog(), item, english(&p)),
            "requests" => requests::one(&app, item).await,
            "tokens" => requests::token(&app, item).await,
            _ => Err(Failure::not_found(format!("there is no {resource} here"))),
        }
    }
    .await;
    match result {
        Ok((doc, status)) => doc.respond(format, status),
        Err(f) => f.respond(format),
    }
}

/// `/open311/discovery.{json,xml}`, where discovery documents usually live.
async fn discovery_alias(State(app): State<AppState>, Path(resource): Path<String>) -> Response {
    match Format::split(&resource) {
        Some(("discovery", format)) => {
            let (doc, status) = discovery(&app);
            doc.respond(format, status)
        }
        _ => Failure::not_found("there is no such document").respond(Format::Xml),
    }
}

type Answer = Result<(Document, StatusCode), Failure>;

fn discovery(app: &AppState) -> (Document, StatusCode) {
    let endpoint = Node::Record(vec![
        (
            "specification",
            "http://wiki.open311.org/GeoReport_v2".into(),
        ),
        ("url", format!("{}/open311/v2", app.base_url).into()),
        ("changeset", "2026-11-29T00:00:00Z".into()),
        ("type", "production".into()),
        (
            "formats",
            Node::List("format", vec!["text/xml".into(), "application/json".into()]),
        ),
    ]);
    let doc = Document::single(
        "discovery",
        Node::Record(vec![
            ("changeset", "2026-11-29T00:00:00Z".into()),
            ("contact", format!("{}/privacy", app.base_url).into()),
            (
                "key_service",
                "An administrator creates an integration account and its key with \
                 `redress token create --email E`."
                    .into(),
            ),
            ("endpoints", Node::List("endpoint", vec![endpoint])),
        ]),
    );
    (doc, StatusCode::OK)
}

fn category_name(c: &CategoryRow, english: bool) -> String {
    if english {
        c.name_en.clone()
    } else {
        c.name_fr.clone()
    }
}

fn services(catalog: &Catalog, english: bool) -> (Document, StatusCode) {
    let lang = crate::i18n::Lang(if english {
        domain::Language::English
    } else {
        domain::Language::French
    });
    let items = catalog
        .categories
        .iter()
        .map(|c| {
            let group = lang.t(&format!("dept-{}", c.department_code));
            Node::Record(vec![
                ("service_code", c.code.clone().into()),
                ("service_name", category_name(c, english).into()),
                (
                    "description",
                    format!("{group} — {}", category_name(c, english)).into(),
                ),
                ("metadata", Node::Bool(true)),
                ("type", "realtime".into()),
                ("keywords", c.department_code.clone().into()),
                ("group", group.into()),
            ])
        })
        .collect();
    (Document::list("services", "service", items), StatusCode::OK)
}

/// The attributes every service takes: the kind, the commune, the language.
fn definition(catalog: &Catalog, code: &str, english: bool) -> Answer {
    let category = catalog
        .category(code)
        .ok_or_else(|| Failure::not_found(format!("service_code {code} not found")))?;
    let lang = crate::i18n::Lang(if english {
        domain::Language::English
    } else {
        domain::Language::French
    });
    let values = |list: Vec<(String, String)>| {
        Node::List(
            "value",
            list.into_iter()
                .map(|(key, name)| Node::Record(vec![("key", key.into()), ("name", name.into())]))
                .collect(),
        )
    };
    let attribute =
        |code: &str, datatype: &str, order: i64, description: &str, list: Option<Node>| {
            let mut fields = vec![
                ("variable", Node::Bool(true)),
                ("code", code.into()),
                ("datatype", datatype.into()),
                ("required", Node::Bool(false)),
                ("datatype_description", Node::Null),
                ("order", Node::Int(order)),
                ("description", description.into()),
            ];
            if let Some(list) = list {
                fields.push(("values", list));
            }
            Node::Record(fields)
        };
    let kinds = domain::Kind::ALL
        .iter()
        .map(|k| {
            (
                k.as_str().to_owned(),
                lang.t(&format!("kind-{}", k.as_str())),
            )
        })
        .collect();
    let languages = crate::i18n::Lang::ALL
        .iter()
        .map(|l| (l.tag().to_owned(), l.endonym().to_owned()))
        .collect();
    let attributes = vec![
        attribute(
            "kind",
            "singlevaluelist",
            1,
            "What is reported: a complaint by default; a denunciation keeps its author's identity protected and is never listed publicly.",
            Some(values(kinds)),
        ),
        attribute(
            "commune",
            "string",
            2,
            "The commune's code (BF…, as in /api/v1/reference/communes); without it, the commune nearest to lat/long, or address_id.",
            None,
        ),
        attribute(
            "language",
            "singlevaluelist",
            3,
            "The language the complainant is answered in.",
            Some(values(languages)),
        ),
    ];
    let doc = Document::single(
        "service_definition",
        Node::Record(vec![
            ("service_code", category.code.clone().into()),
            ("attributes", Node::List("attribute", attributes)),
        ]),
    );
    Ok((doc, StatusCode::OK))
}
