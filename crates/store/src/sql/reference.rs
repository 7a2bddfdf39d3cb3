// Reference data: loading the bundled files, reading it back, routing rules, holidays.

pub async fn routing_rules(c: &mut Conn) -> Result<Vec<RoutingRuleRow>> {
    Ok(sqlx::query_as(
        "SELECT id, category_code, department_code, region_code, province_code, commune_code, \
         unit_code FROM routing_rules ORDER BY id",
    )
    .fetch_all(&mut *c)
    .await?)
}

pub async fn add_routing_rule(c: &mut Conn, r: RoutingRuleRow, at: OffsetDateTime) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO routing_rules (category_code, department_code, region_code, province_code, \
         commune_code, unit_code, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(&r.category_code)
    .bind(&r.department_code)
    .bind(&r.region_code)
    .bind(&r.province_code)
    .bind(&r.commune_code)
    .bind(&r.unit_code)
    .bind(crate::truncate(at))
    .fetch_one(&mut *c)
    .await?;
    Ok(row.try_get(0)?)
}

/// Adds a unit unless its code exists; 1 if added, else 0.
pub async fn insert_unit(c: &mut Conn, u: &UnitRow) -> Result<u64> {
    Ok(sqlx::query(
        "INSERT INTO units (code, parent_code, department_code, level, name_fr, name_en, \
         region_code, path) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (code) DO NOTHING",
    )
    .bind(&u.code)
    .bind(&u.parent_code)
    .bind(&u.department_code)
    .bind(&u.level)
    .bind(&u.name_fr)
    .bind(&u.name_en)
    .bind(&u.region_code)
    .bind(&u.path)
    .execute(&mut *c)
    .await?
    .rows_affected())
}

pub async fn delete_routing_rule(c: &mut Conn, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM routing_rules WHERE id = $1")
        .bind(id)
        .execute(&mut *c)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Inserts the reference data rows that are not there yet; rows an admin edited stay.
pub async fn load_reference(c: &mut Conn, r: std::sync::Arc<Reference>) -> Result<u64> {
    let mut added = 0;
    for d in &r.departments {
        added += sqlx::query(
            "INSERT INTO departments (code, name_fr, name_en) VALUES ($1, $2, $3) \
             ON CONFLICT (code) DO NOTHING",
        )
        .bind(&d.code)
        .bind(&d.name_fr)
        .bind(&d.name_en)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for g in &r.regions {
        added += sqlx::query(
            "INSERT INTO regions (code, name, capital) VALUES ($1, $2, $3) \
             ON CONFLICT (code) DO NOTHING",
        )
        .bind(&g.code)
        .bind(&g.name)
        .bind(&g.capital)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for p in &r.provinces {
        added += sqlx::query(
            "INSERT INTO provinces (code, region_code, name, capital) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (code) DO NOTHING",
        )
        .bind(&p.code)
        .bind(&p.region_code)
        .bind(&p.name)
        .bind(&p.capital)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for m in &r.communes {
        added += sqlx::query(
            "INSERT INTO communes (code, province_code, name, kind, lat, long) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING",
        )
        .bind(&m.code)
        .bind(&m.province_code)
        .bind(&m.name)
        .bind(&m.kind)
        .bind(m.lat)
        .bind(m.long)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for u in &r.units {
        added += insert_unit(c, u).await?;
    }
    for k in &r.categories {
        added += sqlx::query(
            "INSERT INTO categories (code, department_code, name_fr, name_en, ack_days, \
             ack_count, answer_days, answer_count, extendable) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING",
        )
        .bind(&k.code)
        .bind(&k.department_code)
        .bind(&k.name_fr)
        .bind(&k.name_en)
        .bind(k.ack_days)
        .bind(&k.ack_count)
        .bind(k.answer_days)
        .bind(&k.answer_count)
        .bind(k.extendable)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for h in &r.holidays {
        added += sqlx::query(
            "INSERT INTO holidays (rule, name_fr, name_en) VALUES ($1, $2, $3) \
             ON CONFLICT (rule) DO NOTHING",
        )
        .bind(&h.rule)
        .bind(&h.name_fr)
        .bind(&h.name_en)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    Ok(added)
}

pub async fn categories(c: &mut Conn) -> Result<Vec<CategoryRow>> {
    Ok(sqlx::query_as(
        "SELECT code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, \
         answer_count, extendable FROM categories ORDER BY code",
    )
    .fetch_all(&mut *c)
    .await?)
}

pub async fn units(c: &mut Conn) -> Result<Vec<UnitRow>> {
    Ok(sqlx::query_as(
        "SELECT code, parent_code, department_code, level, name_fr, name_en, region_code, path \
         FROM units ORDER BY path",
    )
    .fetch_all(&mut *c)
    .await?)
}

pub async fn regions(c: &mut Conn) -> Result<Vec<RegionRow>> {
    Ok(
        sqlx::query_as("SELECT code, name, capital FROM regions ORDER BY name")
            .fetch_all(&mut *c)
            .await?,
    )
}

pub async fn provinces(c: &mut Conn) -> Result<Vec<ProvinceRow>> {
    Ok(
        sqlx::query_as("SELECT code, region_code, name, capital FROM provinces ORDER BY name")
            .fetch_all(&mut *c)
            .await?,
    )
}

pub async fn communes(c: &mut Conn) -> Result<Vec<CommuneRow>> {
    Ok(sqlx::query_as(
        "SELECT code, province_code, name, kind, lat, long FROM communes ORDER BY code",
    )
    .fetch_all(&mut *c)
    .await?)
}

pub async fn add_holiday(c: &mut Conn, h: HolidayRow) -> Result<()> {
    sqlx::query("INSERT INTO holidays (rule, name_fr, name_en) VALUES ($1, $2, $3)")
        .bind(&h.rule)
        .bind(&h.name_fr)
        .bind(&h.name_en)
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub async fn delete_holiday(c: &mut Conn, rule: String) -> Result<bool> {
    let done = sqlx::query("DELETE FROM holidays WHERE rule = $1")
        .bind(rule)
        .execute(&mut *c)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn holidays(c: &mut Conn) -> Result<Vec<HolidayRow>> {
    Ok(
        sqlx::query_as("SELECT rule, name_fr, name_en FROM holidays ORDER BY rule")
            .fetch_all(&mut *c)
            .await?,
    )
}
