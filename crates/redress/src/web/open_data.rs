//! `/open-data/`: what anyone may download, without personal data (`crate::open_data`):
//! the complaints and the aggregates as CSV or JSON, the data dictionary, and the heads of
//! the audit chains (`audit-head.json`): published, they let anyone check later, with
//! `redress audit verify --since SEQ:HASH`, that the record was only ever extended.
//!
//! The complaints' files can be large (a line per complaint): each is written to the data
//! folder (`open-data/`, beside the attachments) page by page, at most once every
//! `REFRESH`, and sent from there in chunks, so that no request holds it in memory.

use crate::open_data::{self, Format};
use crate::web::AppState;
use crate::web::pages::Visitor;
use askama::Template;
use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::json;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/open-data/", get(index))
        .route("/open-data", get(index))
        .route("/open-data/audit-head.json", get(audit_head))
        .route("/open-data/{file}", get(file))
}

#[derive(Template)]
#[template(path = "open_data.html")]
struct IndexPage {
    page: crate::web::pages::Page,
    small: i64,
    dictionary: &'static [(&'static str, &'static str, &'static str)],
}

async fn index(State(app): State<AppState>, visitor: Visitor) -> Response {
    let page = IndexPage {
        page: visitor.page(&app, "/open-data/"),
        small: open_data::SMALL,
        dictionary: open_data::DICTIONARY,
    };
    visitor.respond(StatusCode::OK, page.render())
}

async fn file(State(app): State<AppState>, Path(file): Path<String>) -> Response {
    let Some((name, format)) = file
        .rsplit_once('.')
        .and_then(|(n, ext)| Format::parse(ext).map(|f| (n.to_owned(), f)))
    else {
        return (StatusCode::NOT_FOUND, "no such file\n").into_response();
    };
    if name == "complaints" {
        return complaints(&app, format, &file).await;
    }
    let mut body = Vec::new();
    let written = match name.as_str() {
        "aggregates" => match open_data::aggregates(&app).await {
            Ok(rows) => open_data::write_aggregates(&rows, format, &mut body),
            Err(e) => Err(e.into()),
        },
        "dictionary" => open_data::write_dictionary(format, &mut body),
        _ => return (StatusCode::NOT_FOUND, "no such file\n").into_response(),
    };
    if let Err(e) = written {
        tracing::error!(error = %e, file, "open data not produced");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let disposition = format!("inline; filename=\"redress-{file}\"");
    (
        [
            (header::CONTENT_TYPE, content_type(format)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("inline")),
            ),
        ],
        body,
    )
        .into_response()
}

/// How old a written complaints file may be before it is written again.
pub const REFRESH: std::time::Duration = std::time::Duration::from_secs(600);

fn content_type(format: Format) -> HeaderValue {
    HeaderValue::from_static(match format {
        Format::Csv => "text/csv; charset=utf-8",
        Format::Json => "application/json",
    })
}

async fn complaints(app: &AppState, format: Format, file: &str) -> Response {
    let dir = app.files.with_file_name("open-data");
    let path = dir.join(file);
    let fresh = tokio::fs::metadata(&path)
        .await
        .ok()
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age < REFRESH);
    if !fresh {
        let written: Result<(), String> = async {
            tokio::fs::create_dir_all(&dir)
                .await
                .map_err(|e| e.to_string())?;
            let tmp = dir.join(format!(".{file}.{}", uuid::Uuid::new_v4()));
            let out = std::fs::File::create(&tmp).map_err(|e| e.to_string())?;
            let mut out = std::io::BufWriter::new(out);
            let result = open_data::write_complaints(app, format, &mut out).await;
            drop(out);
            if let Err(e) = result {
                let _ = tokio::fs::remove_file(&tmp).await;
                return Err(e.to_string());
            }
            // Whole or not at all: readers see the old file until the new one is complete.
            tokio::fs::rename(&tmp, &path)
                .await
                .map_err(|e| e.to_string())
        }
        .await;
        if let Err(e) = written {
            tracing::error!(error = %e, file, "open data not produced");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    }
    let Ok(handle) = tokio::fs::File::open(&path).await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let chunks = futures_util::stream::unfold(handle, |mut f| async move {
        use tokio::io::AsyncReadExt;
        let mut buf = vec![0u8; 64 * 1024];
        match f.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok::<_, std::io::Error>(axum::body::Bytes::from(buf)), f))
            }
            Err(e) => Some((Err(e), f)),
        }
    });
    (
        [(header::CONTENT_TYPE, content_type(format))],
        axum::body::Body::from_stream(chunks),
    )
        .into_response()
}

async fn audit_head(State(app): State<AppState>) -> Response {
    match app.store.audit_heads().await {
        Ok(heads) => {
            let check = format!(
                "redress audit verify --since {}:{}",
                heads.complaints.seq, heads.complaints.hash
            );
            (
                [(header::CACHE_CONTROL, "no-cache")],
                Json(json!({
                    "complaints": heads.complaints,
                    "admin": heads.admin,
                    "published_at": app.now().format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
                    "how_to_check": check,
                })),
            )
                .into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "audit heads unavailable");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
