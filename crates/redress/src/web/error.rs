//! The one error type of the JSON API: `{"error": {"code", "message"}}` with a 4xx status,
//! or a logged 500 that names the request id and nothing else.

use crate::handling::{ActError, Class, Refusal};
use crate::intake::IntakeError;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use store::StoreError;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub field: Option<&'static str>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable, for programs: `invalid_json`, `unknown_category`, `not_found`…
    pub code: String,
    /// For people.
    pub message: String,
    /// The request field at fault, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            field: None,
        }
    }
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }
    pub fn unauthorized(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }
    pub fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, "forbidden", message)
    }
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", message)
    }
    pub fn rate_limited() -> ApiError {
        ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "too many requests from this address: try again in a minute",
        )
    }
    pub fn too_large() -> ApiError {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!(
                "the request body is larger than {} bytes",
                crate::web::MAX_BODY
            ),
        )
    }
    pub fn internal(error: impl std::fmt::Display) -> ApiError {
        // The request span carries the request id; the client sees it in x-request-id.
        tracing::error!(error = %error, "internal error");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "something went wrong on our side; quote the x-request-id header when reporting it",
        )
    }
    /// The database cannot serve now (lost, full, shutting down): logged, and the client
    /// is asked to try again (`Retry-After`) rather than told of a bug.
    pub fn unavailable(error: impl std::fmt::Display) -> ApiError {
        tracing::error!(error = %error, "database unavailable");
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "the service cannot answer right now; try again in a little while",
        )
    }
    pub fn with_field(mut self, field: &'static str) -> ApiError {
        self.field = Some(field);
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code.to_owned(),
                message: self.message,
                field: self.field.map(str::to_owned),
            },
        };
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from_static("10"),
            );
        }
        response
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound => ApiError::not_found("not found"),
            StoreError::Conflict => ApiError::new(StatusCode::CONFLICT, "conflict", e.to_string()),
            e if e.is_unavailable() => ApiError::unavailable(e),
            e => ApiError::internal(e),
        }
    }
}

impl From<IntakeError> for ApiError {
    fn from(r: IntakeError) -> ApiError {
        match r {
            IntakeError::Invalid(errors) => match errors.into_iter().next() {
                Some(e) => ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, e.code, e.message)
                    .with_field(e.field),
                None => ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid",
                    "invalid submission",
                ),
            },
            IntakeError::Store(e) => e.into(),
        }
    }
}

/// The HTTP status of a refusal, for the API and the pages alike.
pub fn status_of(refusal: &Refusal) -> StatusCode {
    match refusal.class() {
        Class::NotFound => StatusCode::NOT_FOUND,
        Class::Unauthenticated => StatusCode::UNAUTHORIZED,
        Class::Forbidden => StatusCode::FORBIDDEN,
        Class::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
        Class::Conflict => StatusCode::CONFLICT,
        Class::Locked => StatusCode::TOO_MANY_REQUESTS,
    }
}

/// The one mapping of a refusal to the API's error: status, stable code, field.
impl From<Refusal> for ApiError {
    fn from(r: Refusal) -> ApiError {
        let code = match r.class() {
            Class::NotFound => "not_found",
            Class::Unauthenticated => "unauthorized",
            Class::Forbidden => "forbidden",
            Class::Invalid => "invalid_action",
            Class::Conflict => "not_allowed_now",
            Class::Locked => "too_many_attempts",
        };
        let error = ApiError::new(status_of(&r), code, r.to_string());
        match (r.class(), r.field()) {
            (Class::Invalid, Some(field)) => error.with_field(field),
            _ => error,
        }
    }
}

impl From<ActError> for ApiError {
    fn from(e: ActError) -> ApiError {
        match e {
            ActError::Refused(r) => r.into(),
            ActError::Store(e) => e.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ApiError;
    use axum::http::{StatusCode, header};
    use axum::response::IntoResponse;
    use store::StoreError;

    #[test]
    fn an_unavailable_database_is_a_503_to_retry_not_a_500() {
        let response = ApiError::from(StoreError::Closed).into_response();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(response.headers()[header::RETRY_AFTER], "10");
        let bug = StoreError::Data("a bad row".into());
        assert_eq!(
            ApiError::from(bug).status,
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
