//! Service points (the places citizens deal with, each answered by a unit), poster
//! campaigns, and the counts that show a campaign's reach. The SQL is in `sql/posters.rs`.

use serde::Serialize;
use time::{Date, OffsetDateTime};

/// The kinds of service point a poster may name.
pub const SERVICE_POINT_KINDS: [&str; 5] =
    ["school", "health_centre", "court", "directorate", "office"];

/// A service point as an admin gives it (added or edited).
#[derive(Debug, Clone, Serialize)]
pub struct NewServicePoint {
    pub code: String,
    pub unit_code: String,
    pub kind: String,
    pub name: String,
    pub commune_code: Option<String>,
    pub address: Option<String>,
}

/// A stored service point, with its place's names and its region (the commune's, else its
/// unit's).
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct ServicePointRow {
    pub code: String,
    pub unit_code: String,
    pub kind: String,
    pub name: String,
    pub commune_code: Option<String>,
    pub commune_name: Option<String>,
    pub address: Option<String>,
    pub region_code: Option<String>,
    /// Removed service points stay, so that an old poster's code can explain itself.
    pub removed_at: Option<OffsetDateTime>,
}

impl ServicePointRow {
    pub fn is_active(&self) -> bool {
        self.removed_at.is_none()
    }
}

/// A poster campaign: the day posters went up (in one region, or everywhere).
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct PosterCampaignRow {
    pub id: i64,
    pub started_on: Date,
    pub label: String,
    pub region_code: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: OffsetDateTime,
}

/// Complaints received on one day through one channel, from one service point's QR code
/// (or none): what the reach figures are summed from.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReachCount {
    /// `YYYY-MM-DD` (UTC).
    pub day: String,
    pub channel: String,
    pub service_point_code: Option<String>,
    pub n: i64,
}
