// The audit chain: appending an event, reading a complaint's trail, verifying it all.

/// Appends one event to the complaints' chain; returns its sequence.
pub async fn append_event(
    c: &mut Tx,
    complaint_id: i64,
    tracking_code: &str,
    actor: &str,
    action: &str,
    data: &Value,
    at: OffsetDateTime,
) -> Result<i64> {
    let link = Link {
        subject: tracking_code,
        actor,
        action,
        data,
        at,
    };
    let (seq, hash) = next_event(c, &link);
    insert_link(
        c.conn().await?,
        "INSERT INTO complaint_events (seq, complaint_id, actor, action, data, at, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        LinkKey::Complaint(complaint_id),
        seq,
        &hash,
        link,
    )
    .await?;
    chained(c, seq, hash);
    Ok(seq)
}

/// The sequence number and hash of the complaints' next event, `link`. The group writing
/// it holds the chain: it read the head as it began, then carries it (`Tx::head`).
fn next_event(c: &Tx, link: &Link<'_>) -> (i64, String) {
    let seq = c.head.seq + 1;
    (seq, link.hash(seq, &c.head.hash))
}

/// The group's chain now ends with the event `seq`, once it is inserted.
fn chained(c: &mut Tx, seq: i64, hash: String) {
    c.head = crate::group::Head {
        seq,
        hash,
        unwritten: !HEAD_BY_TRIGGER,
    };
}

/// What a chain's rows are keyed by: a complaint (by id), or a subject written as is.
pub(crate) enum LinkKey<'a> {
    Complaint(i64),
    Subject(&'a str),
}

/// One event to chain; `subject` is what is hashed where a tracking code stands.
pub(crate) struct Link<'a> {
    pub subject: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub data: &'a Value,
    pub at: OffsetDateTime,
}

impl Link<'_> {
    /// This link's hash as number `seq` of its chain, after `prev_hash`.
    fn hash(&self, seq: i64, prev_hash: &str) -> String {
        EventContent {
            seq,
            tracking_code: self.subject,
            actor: self.actor,
            action: self.action,
            data: self.data,
            at_micros: crate::micros(self.at),
        }
        .hash(prev_hash)
    }
}

/// Inserts `link` as number `seq` of a chain with its `hash`; `insert` takes `seq, key,
/// actor, action, data, at, hash`.
async fn insert_link(
    c: &mut Conn,
    insert: &'static str,
    key: LinkKey<'_>,
    seq: i64,
    hash: &str,
    link: Link<'_>,
) -> Result<()> {
    let query = sqlx::query(sqlx::AssertSqlSafe(insert)).bind(seq);
    let query = match key {
        LinkKey::Complaint(id) => query.bind(id),
        LinkKey::Subject(subject) => query.bind(subject),
    };
    query
        .bind(link.actor)
        .bind(link.action)
        .bind(Json(link.data))
        .bind(link.at)
        .bind(hash)
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub async fn events_of(c: &mut Conn, complaint_id: i64) -> Result<Vec<EventRow>> {
    Ok(sqlx::query_as(
        "SELECT seq, actor, action, data AS data_json, at, hash FROM complaint_events \
         WHERE complaint_id = $1 ORDER BY seq",
    )
    .bind(complaint_id)
    .fetch_all(&mut *c)
    .await?)
}

/// Recomputes the complaints' chain, in order, without holding it in memory.
pub async fn verify_audit(c: &mut Conn) -> Result<AuditReport> {
    verify_chain(
        c,
        "SELECT seq, hash FROM audit_head WHERE id = 1",
        "SELECT e.seq, c.tracking_code, e.actor, e.action, e.data, e.at, e.hash \
         FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id ORDER BY e.seq",
        "event",
    )
    .await
}

/// Walks a chain whose rows are `seq, subject, actor, action, data, at, hash` in `seq`
/// order and checks every link and the recorded head; `what` names its events in reports.
async fn verify_chain(
    c: &mut Conn,
    read_head: &str,
    walk: &str,
    what: &str,
) -> Result<AuditReport> {
    let head = sqlx::query(sqlx::AssertSqlSafe(read_head))
        .fetch_one(&mut *c)
        .await?;
    let (head_seq, head_hash): (i64, String) = (head.try_get(0)?, head.try_get(1)?);
    let mut rows = sqlx::query(sqlx::AssertSqlSafe(walk)).fetch(&mut *c);
    let (mut prev_seq, mut prev_hash) = (0i64, GENESIS.to_owned());
    while let Some(row) = rows.try_next().await? {
        let seq: i64 = row.try_get(0)?;
        let subject: String = row.try_get(1)?;
        let actor: String = row.try_get(2)?;
        let action: String = row.try_get(3)?;
        let Json(data): Json<Value> = row.try_get(4)?;
        let at: OffsetDateTime = row.try_get(5)?;
        let hash: String = row.try_get(6)?;
        if seq != prev_seq + 1 {
            return Ok(AuditReport::Broken {
                seq: prev_seq + 1,
                reason: format!("{what} {} is missing (the next one is {seq})", prev_seq + 1),
            });
        }
        let content = EventContent {
            seq,
            tracking_code: &subject,
            actor: &actor,
            action: &action,
            data: &data,
            at_micros: crate::micros(at),
        };
        if content.hash(&prev_hash) != hash {
            return Ok(AuditReport::Broken {
                seq,
                reason: format!(
                    "{what} {seq} ({subject}, action {action}) does not match its hash: \
                     it or the one before it was changed"
                ),
            });
        }
        prev_seq = seq;
        prev_hash = hash;
    }
    if (prev_seq, &prev_hash) != (head_seq, &head_hash) {
        return Ok(AuditReport::Broken {
            seq: prev_seq + 1,
            reason: format!(
                "the chain ends at {what} {prev_seq} but its recorded head is {what} \
                 {head_seq}: {what}s were removed"
            ),
        });
    }
    Ok(AuditReport::Intact { events: prev_seq })
}

/// The head of a chain (`head` names its head table, `events` its event table): its last
/// sequence number and hash, and when that event happened.
async fn chain_head(c: &mut Conn, head: &str, events: &str) -> Result<AuditHead> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT h.seq, h.hash, (SELECT e.at FROM {events} e WHERE e.seq = h.seq) \
         FROM {head} h WHERE h.id = 1"
    )))
    .fetch_one(&mut *c)
    .await?;
    Ok(AuditHead {
        seq: row.try_get(0)?,
        hash: row.try_get(1)?,
        at: row.try_get(2)?,
    })
}

/// The heads of both chains, as they are published.
pub async fn audit_heads(c: &mut Conn) -> Result<AuditHeads> {
    Ok(AuditHeads {
        complaints: chain_head(c, "audit_head", "complaint_events").await?,
        admin: chain_head(c, "admin_audit_head", "admin_events").await?,
    })
}

/// Where an event with this hash sits: which chain, at which sequence number.
pub async fn find_audit_hash(c: &mut Conn, hash: String) -> Result<Option<(AuditChain, i64)>> {
    let in_complaints: Option<i64> =
        sqlx::query_scalar("SELECT seq FROM complaint_events WHERE hash = $1")
            .bind(&hash)
            .fetch_optional(&mut *c)
            .await?;
    if let Some(seq) = in_complaints {
        return Ok(Some((AuditChain::Complaints, seq)));
    }
    let in_admin: Option<i64> = sqlx::query_scalar("SELECT seq FROM admin_events WHERE hash = $1")
        .bind(&hash)
        .fetch_optional(&mut *c)
        .await?;
    Ok(in_admin.map(|seq| (AuditChain::Admin, seq)))
}
