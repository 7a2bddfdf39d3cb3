//! `/staff/complaints/{code}/attachments/{id}`: a citizen's file, for staff in scope.

use super::SignedIn;
use super::complaint::load;
use crate::web::AppState;
use crate::web::pages::Visitor;
use axum::extract::{Path, State};
use axum::response::Response;

/// An attachment, for staff in scope: served as a download with its checked type and never
/// rendered inline, whatever the file holds.
pub async fn download(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path((raw, id)): Path<(String, i64)>,
) -> Response {
    let row = match load(&app, &visitor, &who, &raw).await {
        Ok(row) => row,
        Err(response) => return response,
    };
    let files = match app.store.attachments_of(row.id).await {
        Ok(files) => files,
        Err(e) => {
            return visitor.server_error(&app, "attachment lookup", e);
        }
    };
    let Some(file) = files.into_iter().find(|a| a.id == id) else {
        return visitor.not_found(&app);
    };
    let bytes = match crate::attachments::read(&app.store, &app.files, &file.storage_key).await {
        Ok(Some(b)) => b,
        Ok(None) => {
            tracing::error!(attachment = file.id, "attachment bytes missing");
            return visitor.not_found(&app);
        }
        Err(e) => return visitor.server_error(&app, "attachment read", e),
    };
    let ascii_name: String = file
        .file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (header::CONTENT_TYPE, file.content_type.clone()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{ascii_name}\""),
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; sandbox".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response()
}
