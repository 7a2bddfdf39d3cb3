//! Who is calling: a bearer token (staff), a follow-up secret (complainant), or nobody.
//! A token that is present but wrong is refused at once, never treated as anonymous.

use crate::auth::token_hash;
use crate::handling::{Caller, Staff};
use crate::web::AppState;
use crate::web::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use store::Scope;

pub const SECRET_HEADER: &str = "x-complaint-secret";

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Caller, ApiError> {
        if let Some(value) = parts.headers.get(axum::http::header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .ok_or_else(|| {
                    ApiError::unauthorized("the Authorization header must be `Bearer <token>`")
                })?;
            let staff = app
                .store
                .staff_by_token(&token_hash(token), app.now())
                .await?
                .filter(|s| !s.disabled)
                .ok_or_else(|| ApiError::unauthorized("this token is not valid"))?;
            let role = staff.role;
            let scope =
                Scope::for_staff(role, staff.unit_code.as_deref(), staff.unit_path.as_deref());
            return Ok(Caller::Staff(Staff {
                id: staff.id,
                email: staff.email,
                role,
                scope,
            }));
        }
        if let Some(value) = parts.headers.get(SECRET_HEADER) {
            let secret = value
                .to_str()
                .ok()
                .and_then(domain::Secret::parse)
                .ok_or_else(|| ApiError::unauthorized("the follow-up secret has 8 digits"))?;
            return Ok(Caller::Secret(secret.expose().to_owned()));
        }
        Ok(Caller::Public)
    }
}

/// A caller that must be staff.
pub struct StaffOnly(pub Staff);

impl FromRequestParts<AppState> for StaffOnly {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<StaffOnly, ApiError> {
        match Caller::from_request_parts(parts, app).await? {
            Caller::Staff(s) => Ok(StaffOnly(s)),
            _ => Err(ApiError::unauthorized(
                "this needs a staff token: Authorization: Bearer <token>",
            )),
        }
    }
}

/// The address the request came from.
pub struct ClientIp(pub std::net::IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<ClientIp, Self::Rejection> {
        Ok(ClientIp(crate::web::client_ip(parts)))
    }
}
