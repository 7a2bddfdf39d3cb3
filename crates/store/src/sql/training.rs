// Training mode: trainees' rounds, the complaints their exercises are played on, and what
// they did (their events).

/// Starts `user_id`'s next round of exercises (the first enrols them); its number.
pub async fn start_training_round(c: &mut Conn, user_id: i64, at: OffsetDateTime) -> Result<i32> {
    Ok(sqlx::query_scalar(
        "INSERT INTO training_trainees (user_id, round, round_started_at) VALUES ($1, 1, $2) \
         ON CONFLICT (user_id) DO UPDATE SET round = training_trainees.round + 1, \
         round_started_at = excluded.round_started_at RETURNING round",
    )
    .bind(user_id)
    .bind(crate::truncate(at))
    .fetch_one(&mut *c)
    .await?)
}

pub async fn add_training_scenario(
    c: &mut Conn,
    user_id: i64,
    round: i32,
    exercise: String,
    complaint_id: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO training_scenarios (user_id, round, exercise, complaint_id) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(user_id)
    .bind(round)
    .bind(&exercise)
    .bind(complaint_id)
    .execute(&mut *c)
    .await?;
    Ok(())
}

pub async fn trainees(c: &mut Conn) -> Result<Vec<TraineeRow>> {
    Ok(sqlx::query_as(
        "SELECT user_id, round, round_started_at FROM training_trainees ORDER BY user_id",
    )
    .fetch_all(&mut *c)
    .await?)
}

/// The exercises of `user_id`'s round with the tracking codes of their complaints.
pub async fn training_scenarios(
    c: &mut Conn,
    user_id: i64,
    round: i32,
) -> Result<Vec<(String, String)>> {
    let rows = sqlx::query(
        "SELECT s.exercise, c.tracking_code FROM training_scenarios s \
         JOIN complaints c ON c.id = s.complaint_id \
         WHERE s.user_id = $1 AND s.round = $2 ORDER BY s.exercise",
    )
    .bind(user_id)
    .bind(round)
    .fetch_all(&mut *c)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
}

/// What `actor` did since `since`, newest first: their events with the complaint's code.
pub async fn events_by_actor(
    c: &mut Conn,
    actor: String,
    since: OffsetDateTime,
    limit: i64,
) -> Result<Vec<ActorEvent>> {
    Ok(sqlx::query_as(
        "SELECT c.tracking_code, e.action, e.at FROM complaint_events e \
         JOIN complaints c ON c.id = e.complaint_id \
         WHERE e.actor = $1 AND e.at >= $2 ORDER BY e.seq DESC LIMIT $3",
    )
    .bind(&actor)
    .bind(crate::truncate(since))
    .bind(limit)
    .fetch_all(&mut *c)
    .await?)
}
