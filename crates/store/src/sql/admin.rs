// Changes admins make to reference data and staff accounts, each with its event in the
// admin audit chain, in the caller's transaction.

pub async fn apply_admin(
    c: &mut Conn,
    change: AdminChange,
    actor: String,
    at: OffsetDateTime,
) -> Result<i64> {
    let at = crate::truncate(at);
    let (action, mut subject, mut data) = change.describe();
    // What a deletion removes is recorded, read before it goes.
    match &change {
        AdminChange::DeleteRoutingRule(id) => {
            let rule: Option<RoutingRuleRow> = sqlx::query_as(
                "SELECT id, category_code, department_code, region_code, province_code, \
                 commune_code, unit_code FROM routing_rules WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(&mut *c)
            .await?;
            data = serde_json::to_value(rule).unwrap_or_default();
        }
        AdminChange::DeleteHoliday(rule) => {
            let holiday: Option<HolidayRow> =
                sqlx::query_as("SELECT rule, name_fr, name_en FROM holidays WHERE rule = $1")
                    .bind(rule)
                    .fetch_optional(&mut *c)
                    .await?;
            data = serde_json::to_value(holiday).unwrap_or_default();
        }
        _ => {}
    }
    let named_by_id = matches!(
        change,
        AdminChange::AddStaff(_)
            | AdminChange::AddRoutingRule(_)
            | AdminChange::AddPosterCampaign { .. }
    );
    let result = match change {
        AdminChange::AddStaff(s) => add_staff(c, s).await?,
        AdminChange::SetPassword {
            user_id,
            password_hash,
        } => set_password(c, user_id, password_hash).await?,
        AdminChange::SetDisabled { user_id, disabled } => {
            set_disabled(c, user_id, disabled).await?
        }
        AdminChange::SetTotp {
            user_id,
            sealed_secret,
        } => {
            // Turning off what is off changes nothing (and records nothing).
            let done = sqlx::query(
                "UPDATE users SET totp_secret = $1, totp_last_step = NULL WHERE id = $2 \
                 AND ($1 IS NOT NULL OR totp_secret IS NOT NULL)",
            )
            .bind(sealed_secret)
            .bind(user_id)
            .execute(&mut *c)
            .await?;
            done.rows_affected() as i64
        }
        AdminChange::AddRoutingRule(r) => add_routing_rule(c, r, at).await?,
        AdminChange::DeleteRoutingRule(id) => i64::from(delete_routing_rule(c, id).await?),
        AdminChange::AddHoliday(h) => {
            add_holiday(c, h).await?;
            1
        }
        AdminChange::DeleteHoliday(rule) => i64::from(delete_holiday(c, rule).await?),
        AdminChange::SetCategoryDeadlines {
            code,
            ack_days,
            ack_count,
            answer_days,
            answer_count,
            extendable,
        } => {
            let done = sqlx::query(
                "UPDATE categories SET ack_days = $1, ack_count = $2, answer_days = $3, \
                 answer_count = $4, extendable = $5 WHERE code = $6",
            )
            .bind(ack_days)
            .bind(ack_count)
            .bind(answer_days)
            .bind(answer_count)
            .bind(extendable)
            .bind(code)
            .execute(&mut *c)
            .await?;
            done.rows_affected() as i64
        }
        AdminChange::AddUnit(mut u) => {
            let parent = u.parent_code.as_deref().unwrap_or_default();
            let parent_path: Option<String> =
                sqlx::query_scalar("SELECT path FROM units WHERE code = $1")
                    .bind(parent)
                    .fetch_optional(&mut *c)
                    .await?;
            let Some(parent_path) = parent_path else {
                return Err(StoreError::Data(format!("there is no unit {parent}")));
            };
            u.path = format!("{parent_path}{}/", u.code);
            if insert_unit(c, &u).await? == 0 {
                return Err(StoreError::Duplicate(crate::Unique::Code));
            }
            1
        }
        AdminChange::RenameUnit {
            code,
            name_fr,
            name_en,
        } => {
            let done = sqlx::query("UPDATE units SET name_fr = $1, name_en = $2 WHERE code = $3")
                .bind(name_fr)
                .bind(name_en)
                .bind(code)
                .execute(&mut *c)
                .await?;
            done.rows_affected() as i64
        }
        AdminChange::AddGuideVersion {
            category_code,
            procedure,
            templates,
            created_by,
        } => add_guide_version(c, category_code, procedure, templates, created_by, at).await?,
        AdminChange::SetRetention { kind, keep_days } => {
            sqlx::query("DELETE FROM retention_rules WHERE kind = $1")
                .bind(&kind)
                .execute(&mut *c)
                .await?;
            if let Some(days) = keep_days {
                sqlx::query("INSERT INTO retention_rules (kind, keep_days) VALUES ($1, $2)")
                    .bind(&kind)
                    .bind(days)
                    .execute(&mut *c)
                    .await?;
            }
            1
        }
        AdminChange::AddServicePoint(sp) => save_service_point(c, sp, false).await?,
        AdminChange::EditServicePoint(sp) => save_service_point(c, sp, true).await?,
        AdminChange::RemoveServicePoint(code) => remove_service_point(c, code, at).await?,
        AdminChange::AddPosterCampaign {
            started_on,
            label,
            region_code,
            created_by,
        } => add_poster_campaign(c, started_on, label, region_code, created_by, at).await?,
    };
    if result == 0 {
        // Nothing matched (a rule, holiday, category or unit that does not exist): nothing
        // changed, nothing to record.
        return Ok(0);
    }
    if named_by_id {
        // A new user or rule is named by the id it was just given, as later events name it.
        subject = format!("{}#{result}", subject.split(':').next().unwrap_or_default());
        data["id"] = serde_json::json!(result);
    }
    append_admin_event(c, &actor, action, &subject, &data, at).await?;
    Ok(result)
}

/// Appends one event to the admin chain and moves its head; returns its sequence. (The
/// complaints' chain is `audit.rs`'s `append_event`.)
async fn append_admin_event(
    c: &mut Conn,
    actor: &str,
    action: &str,
    subject: &str,
    data: &Value,
    at: OffsetDateTime,
) -> Result<i64> {
    // Locked on PostgreSQL until the transaction ends, so appends are serialised.
    let head = sqlx::query(SELECT_ADMIN_HEAD).fetch_one(&mut *c).await?;
    let (seq, prev_hash): (i64, String) = (head.try_get::<i64, _>(0)? + 1, head.try_get(1)?);
    let link = Link {
        subject,
        actor,
        action,
        data,
        at,
    };
    let hash = link.hash(seq, &prev_hash);
    insert_link(
        c,
        "INSERT INTO admin_events (seq, subject, actor, action, data, at, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        LinkKey::Subject(subject),
        seq,
        &hash,
        link,
    )
    .await?;
    sqlx::query("UPDATE admin_audit_head SET seq = $1, hash = $2 WHERE id = 1")
        .bind(seq)
        .bind(&hash)
        .execute(&mut *c)
        .await?;
    Ok(seq)
}

/// The newest admin events first, `limit` of them.
pub async fn admin_events(c: &mut Conn, limit: i64) -> Result<Vec<AdminEventRow>> {
    Ok(sqlx::query_as(
        "SELECT seq, actor, action, subject, data AS data_json, at, hash FROM admin_events \
         ORDER BY seq DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&mut *c)
    .await?)
}

/// Recomputes the admin chain.
pub async fn verify_admin_chain(c: &mut Conn) -> Result<AuditReport> {
    verify_chain(
        c,
        "SELECT seq, hash FROM admin_audit_head WHERE id = 1",
        "SELECT seq, subject, actor, action, data, at, hash FROM admin_events ORDER BY seq",
        "admin event",
    )
    .await
}

/// The retention periods in force: (kind, days).
pub async fn retention_rules(c: &mut Conn) -> Result<Vec<(String, i32)>> {
    Ok(
        sqlx::query_as("SELECT kind, keep_days FROM retention_rules ORDER BY kind")
            .fetch_all(&mut *c)
            .await?,
    )
}
