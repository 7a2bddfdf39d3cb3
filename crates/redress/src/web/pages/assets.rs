//! The stylesheet and the complaint form's photo script, each served under a name that
//! changes with its content so browsers may keep it for a year.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

const CSS: &str = include_str!("../../../static/site.css");
const SHRINK_JS: &str = include_str!("../../../static/shrink.js");

fn versioned(stem: &str, extension: &str, body: &str) -> String {
    let hash = hex::encode(Sha256::digest(body.as_bytes()));
    format!("/static/{stem}.{}.{extension}", &hash[..12])
}

pub fn stylesheet_path() -> &'static str {
    static PATH: OnceLock<String> = OnceLock::new();
    PATH.get_or_init(|| versioned("site", "css", CSS))
}

/// The script that makes a photo smaller before the complaint form sends it.
pub(super) fn shrink_script_path() -> &'static str {
    static PATH: OnceLock<String> = OnceLock::new();
    PATH.get_or_init(|| versioned("shrink", "js", SHRINK_JS))
}

pub async fn static_file(Path(file): Path<String>) -> Response {
    let path = format!("/static/{file}");
    let (content_type, body) = if path == stylesheet_path() {
        ("text/css; charset=utf-8", CSS)
    } else if path == shrink_script_path() {
        ("text/javascript; charset=utf-8", SHRINK_JS)
    } else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        body,
    )
        .into_response()
}
