// The SQL of Redress, written once and compiled twice: `dialects.rs` includes the files of
// this folder in the module of each backend, where `Db` names that backend and constants
// (`SELECT_ADMIN_HEAD`, `CLAIM_NOTIFICATIONS`, `SEARCH_*`, `PLACE_IN`) hold
// what differs between them. Every function runs on a connection the caller has already put
// in a transaction.

use crate::error::StoreError;
use crate::filing::ToFile;
use crate::reference::Reference;
use crate::admin_change::*;
use crate::posters::*;
use crate::types::*;
use domain::State;
use domain::audit::{EventContent, GENESIS};
use futures_util::TryStreamExt;
use futures_util::future::BoxFuture;
use serde_json::Value;
use std::sync::Arc;
use sqlx::types::Json;
use sqlx::{QueryBuilder, Row};
use time::OffsetDateTime;

pub type Conn = <Db as sqlx::Database>::Connection;
/// The writer's connection inside a group (see `group.rs`); it dereferences to `Conn`.
pub type Tx = crate::group::Tx<Conn>;
type Result<T> = std::result::Result<T, StoreError>;

macro_rules! complaint_columns {
    () => {
        "SELECT c.id, c.tracking_code, c.secret_hash, c.kind, c.channel, c.language, \
         c.category_code, c.unit_code, u.path AS unit_path, c.commune_code, c.address, c.lat, \
         c.long, c.description, c.anonymous, c.complainant, c.status, c.assignee_id, \
         s.email AS assignee_email, c.escalation_level, c.version, c.received_at, c.updated_at, \
         c.acknowledge_by, c.answer_by, c.acknowledged_at, c.answered_at, c.closed_at, \
         c.duplicate_of AS duplicate_of_id, \
         (SELECT d.tracking_code FROM complaints d WHERE d.id = c.duplicate_of) AS duplicate_of, \
         c.sender_key, c.media_url, c.service_point_code, c.erased_at"
    };
}

macro_rules! complaint_select {
    () => {
        concat!(
            complaint_columns!(),
            " FROM complaints c JOIN units u ON u.code = c.unit_code \
             LEFT JOIN users s ON s.id = c.assignee_id"
        )
    };
}

pub async fn ping(c: &mut Conn) -> Result<()> {
    sqlx::query("SELECT 1").execute(&mut *c).await?;
    Ok(())
}
