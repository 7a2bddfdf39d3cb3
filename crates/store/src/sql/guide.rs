// The response guide, one version per edit.

/// The newest version of a category's guide.
pub async fn current_guide(c: &mut Conn, category_code: &str) -> Result<Option<GuideVersionRow>> {
    Ok(sqlx::query_as(
        "SELECT id, category_code, version, procedure, templates, created_by, created_at \
         FROM guide_versions WHERE category_code = $1 ORDER BY version DESC LIMIT 1",
    )
    .bind(category_code)
    .fetch_optional(&mut *c)
    .await?)
}

pub async fn guide_versions(c: &mut Conn, category_code: &str) -> Result<Vec<GuideVersionRow>> {
    Ok(sqlx::query_as(
        "SELECT id, category_code, version, procedure, templates, created_by, created_at \
         FROM guide_versions WHERE category_code = $1 ORDER BY version DESC",
    )
    .bind(category_code)
    .fetch_all(&mut *c)
    .await?)
}

/// Adds the next version of a category's guide; returns its id.
pub async fn add_guide_version(
    c: &mut Conn,
    category_code: String,
    procedure: String,
    templates: Value,
    created_by: Option<i64>,
    at: OffsetDateTime,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO guide_versions (category_code, version, procedure, templates, created_by, created_at) \
         SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4, $5 FROM guide_versions \
         WHERE category_code = $1 RETURNING id",
    )
    .bind(&category_code)
    .bind(&procedure)
    .bind(Json(&templates))
    .bind(created_by)
    .bind(crate::truncate(at))
    .fetch_one(&mut *c)
    .await?;
    Ok(row.try_get(0)?)
}
