// Service points, poster campaigns and the reach of a campaign.

macro_rules! service_point_select {
    () => {
        "SELECT sp.code, sp.unit_code, sp.kind, sp.name, sp.commune_code, \
         cm.name AS commune_name, sp.address, \
         COALESCE(p.region_code, u.region_code) AS region_code, sp.removed_at \
         FROM service_points sp JOIN units u ON u.code = sp.unit_code \
         LEFT JOIN communes cm ON cm.code = sp.commune_code \
         LEFT JOIN provinces p ON p.code = cm.province_code"
    };
}

/// Service points by name, the removed ones included; those of one region when given.
pub async fn service_points(c: &mut Conn, region: Option<String>) -> Result<Vec<ServicePointRow>> {
    let mut q = QueryBuilder::<Db>::new(concat!(service_point_select!(), " WHERE 1 = 1"));
    if let Some(r) = region {
        q.push(" AND COALESCE(p.region_code, u.region_code) = ")
            .push_bind(r);
    }
    q.push(" ORDER BY sp.name, sp.code");
    Ok(q.build_query_as().fetch_all(&mut *c).await?)
}

/// One service point, removed or not.
pub async fn service_point(c: &mut Conn, code: String) -> Result<Option<ServicePointRow>> {
    Ok(
        sqlx::query_as(concat!(service_point_select!(), " WHERE sp.code = $1"))
            .bind(code)
            .fetch_optional(&mut *c)
            .await?,
    )
}

/// Adds (`edit` false: 0 if the code exists) or edits (0 if it does not) a service point.
async fn save_service_point(c: &mut Conn, sp: NewServicePoint, edit: bool) -> Result<i64> {
    let sql = if edit {
        "UPDATE service_points SET unit_code = $2, kind = $3, name = $4, commune_code = $5, \
         address = $6 WHERE code = $1"
    } else {
        "INSERT INTO service_points (code, unit_code, kind, name, commune_code, address) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING"
    };
    let done = sqlx::query(sql)
        .bind(&sp.code)
        .bind(&sp.unit_code)
        .bind(&sp.kind)
        .bind(&sp.name)
        .bind(&sp.commune_code)
        .bind(&sp.address)
        .execute(&mut *c)
        .await?;
    match done.rows_affected() {
        0 if !edit => Err(StoreError::Duplicate(crate::Unique::Code)),
        n => Ok(n as i64),
    }
}

/// Marks a service point removed (once: 0 if it is unknown or already removed).
async fn remove_service_point(c: &mut Conn, code: String, at: OffsetDateTime) -> Result<i64> {
    let done = sqlx::query(
        "UPDATE service_points SET removed_at = $1 WHERE code = $2 AND removed_at IS NULL",
    )
    .bind(at)
    .bind(code)
    .execute(&mut *c)
    .await?;
    Ok(done.rows_affected() as i64)
}

async fn add_poster_campaign(
    c: &mut Conn,
    started_on: time::Date,
    label: String,
    region_code: Option<String>,
    created_by: Option<i64>,
    at: OffsetDateTime,
) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO poster_campaigns (started_on, label, region_code, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(started_on)
    .bind(label)
    .bind(region_code)
    .bind(created_by)
    .bind(at)
    .fetch_one(&mut *c)
    .await?)
}

/// Poster campaigns, the latest start first.
pub async fn poster_campaigns(c: &mut Conn) -> Result<Vec<PosterCampaignRow>> {
    Ok(sqlx::query_as(
        "SELECT id, started_on, label, region_code, created_by, created_at \
         FROM poster_campaigns ORDER BY started_on DESC, id DESC",
    )
    .fetch_all(&mut *c)
    .await?)
}

/// Complaints within `scope` (and `region`, by their commune, when given) received on the
/// days (UTC) from `from` to before `to`, counted by day, channel and service point: read
/// from the daily tally the complaints' triggers keep (migration 0023).
pub async fn reach_counts(
    c: &mut Conn,
    scope: &Scope,
    region: Option<String>,
    from: time::Date,
    to: time::Date,
) -> Result<Vec<ReachCount>> {
    let mut q = QueryBuilder::<Db>::new(
        "SELECT t.day, t.channel, NULLIF(t.service_point_code, '') AS service_point_code, \
         CAST(SUM(t.n) AS BIGINT) AS n \
         FROM intake_days t JOIN units u ON u.code = t.unit_code WHERE t.n > 0 AND t.day >= ",
    );
    q.push_bind(from.to_string())
        .push(" AND t.day < ")
        .push_bind(to.to_string());
    if !push_scope_on(&mut q, scope, "t") {
        return Ok(Vec::new());
    }
    if let Some(r) = region {
        q.push(" AND t.region_code = ").push_bind(r);
    }
    q.push(" GROUP BY t.day, t.channel, t.service_point_code ORDER BY 1, 2, 3");
    Ok(q
        .build_query_as()
        .persistent(DASHBOARD_PLANS)
        .fetch_all(&mut *c)
        .await?)
}
