//! The stylesheet, served under a name that changes with its content so browsers may keep
//! it for a year.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

const CSS: &str = include_str!("../../../static/site.css");

pub fn stylesheet_path() -> &'static str {
    static PATH: OnceLock<String> = OnceLock::new();
    PATH.get_or_init(|| {
        let hash = hex::encode(Sha256::digest(CSS.as_bytes()));
        format!("/static/site.{}.css", &hash[..12])
    })
}

pub async fn static_file(Path(file): Path<String>) -> Response {
    if format!("/static/{file}") != stylesheet_path() {
        return StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        CSS,
    )
        .into_response()
}
