//! A JSON body extractor whose refusals are API errors: 413 over the size limit, 400 for
//! malformed JSON, missing or unknown fields, each with a sentence a person can act on.

use crate::web::error::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<ApiJson<T>, ApiError> {
        let RawBody(bytes) = RawBody::from_request(req, state).await?;
        parse(&bytes).map(ApiJson)
    }
}

/// Reads a JSON body already in memory, with the same errors as `ApiJson`.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    {
        serde_json::from_slice(bytes).map_err(|e| {
            use serde_json::error::Category;
            match e.classify() {
                Category::Syntax | Category::Eof | Category::Io => ApiError::bad_request(
                    "invalid_json",
                    format!(
                        "the body is not valid JSON (line {}, column {})",
                        e.line(),
                        e.column()
                    ),
                ),
                Category::Data => ApiError::bad_request("invalid_request", e.to_string()),
            }
        })
    }
}

/// The body's bytes, with the same refusals as `ApiJson` (413 over the limit).
pub struct RawBody(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for RawBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<RawBody, ApiError> {
        Bytes::from_request(req, state)
            .await
            .map(RawBody)
            .map_err(|rejection| {
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::too_large()
                } else {
                    ApiError::bad_request("unreadable_body", rejection.body_text())
                }
            })
    }
}
