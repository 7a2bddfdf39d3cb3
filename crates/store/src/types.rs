//! What the store takes in and gives back.

use domain::{Channel, Description, Kind, Language, Role, Secret, State, TrackingCode};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::{Date, OffsetDateTime};

/// A complainant's identity and contact: personal data, sealed at rest.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Complainant {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Personal data stays out of logs even when a value is debug-printed.
impl std::fmt::Debug for Complainant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Complainant(..)")
    }
}

/// A complaint ready to be registered: validated, routed, its deadlines computed.
#[derive(Debug, Clone)]
pub struct NewComplaint {
    pub tracking_code: TrackingCode,
    pub secret: Secret,
    pub kind: Kind,
    pub channel: Channel,
    pub language: Language,
    pub category_code: String,
    pub unit_code: String,
    pub commune_code: Option<String>,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub long: Option<f64>,
    pub description: Description,
    pub anonymous: bool,
    pub complainant: Option<Complainant>,
    /// Who registered it: `public`, or `staff:<id>` for assisted intake.
    pub actor: String,
    pub received_at: OffsetDateTime,
    pub acknowledge_by: Date,
    pub answer_by: Date,
    /// Set by callers that may send the same submission twice (a form, a retried request):
    /// the second registers nothing and gets the first one's receipt.
    pub intake_key: Option<String>,
    pub attachments: Vec<NewAttachment>,
    /// Messages to send because of this registration (the receipt).
    pub notifications: Vec<NewNotification>,
    /// Filed by SMS or USSD: the keyed hash of the sender's number (`Vault::phone_key`).
    pub sender_key: Option<String>,
    /// A photo's address the requester gave (Open311 `media_url`).
    pub media_url: Option<String>,
    /// The service point whose poster's QR code it was filed from.
    pub service_point_code: Option<String>,
    /// What it adds to the statistics (`redress::stats`).
    pub stats: Vec<(StatsKey, StatsDelta)>,
}

/// A message to send, queued in the outbox with the event that causes it.
#[derive(Clone, Serialize)]
pub struct NewNotification {
    /// `sms` or `email`.
    pub channel: String,
    /// A phone number (`+226…`) or an e-mail address: sealed at rest.
    pub recipient: String,
    pub language: String,
    /// Which message (`receipt`, `accepted`, `answered`…).
    pub template: String,
    pub params: Value,
}

/// Recipients are personal data: never debug-printed.
impl std::fmt::Debug for NewNotification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NewNotification({} {})", self.channel, self.template)
    }
}

/// A notification as the outbox keeps it, recipient still sealed.
#[derive(Clone, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: i64,
    pub complaint_id: Option<i64>,
    pub channel: String,
    pub recipient: Vec<u8>,
    pub language: String,
    pub template: String,
    pub params: sqlx::types::Json<Value>,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
}

/// A claimed notification, ready to send: the recipient opened.
#[derive(Clone)]
pub struct Outgoing {
    pub id: i64,
    pub complaint_id: Option<i64>,
    pub channel: String,
    pub recipient: String,
    pub language: String,
    pub template: String,
    pub params: Value,
    pub attempts: i32,
}

/// A file to record with its complaint: its bytes are sealed and stored in the same
/// transaction.
#[derive(Clone)]
pub struct NewAttachment {
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub storage_key: String,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for NewAttachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewAttachment")
            .field("content_type", &self.content_type)
            .field("size_bytes", &self.size_bytes)
            .field("storage_key", &self.storage_key)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct AttachmentRow {
    pub id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub storage_key: String,
}

/// A receipt given before, found by its intake key.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct KeptReceipt {
    pub tracking_code: String,
    pub sealed_secret: Vec<u8>,
    pub acknowledge_by: Date,
    pub answer_by: Date,
}

/// What anyone holding a tracking code may see of a complaint: the public lookup reads only
/// these columns, a third of the cost of the whole record on PostgreSQL (bench/RESULTS.md).
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct PublicComplaint {
    pub tracking_code: String,
    #[sqlx(try_from = "String")]
    pub status: State,
    pub category_code: String,
    pub received_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    pub acknowledge_by: Date,
    pub answer_by: Date,
}

impl PublicComplaint {
    /// The tracking code as people see it, `XXXX-XXXX-XXX`.
    pub fn display_code(&self) -> String {
        display_code(&self.tracking_code)
    }

    /// Past its deadline on `today` and still waiting for the service
    /// (`domain::rules::is_late`).
    pub fn is_late(&self, today: Date) -> bool {
        domain::rules::is_late(self.status, self.acknowledge_by, self.answer_by, today)
    }
}

fn display_code(stored: &str) -> String {
    TrackingCode::parse(stored).map_or_else(|_| stored.to_owned(), |c| c.to_string())
}

/// A stored complaint, with its unit's path for scope checks.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ComplaintRow {
    pub id: i64,
    pub tracking_code: String,
    pub secret_hash: String,
    #[sqlx(try_from = "String")]
    pub kind: Kind,
    #[sqlx(try_from = "String")]
    pub channel: Channel,
    #[sqlx(try_from = "String")]
    pub language: Language,
    pub category_code: String,
    pub unit_code: String,
    pub unit_path: String,
    pub commune_code: Option<String>,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub long: Option<f64>,
    pub description: String,
    pub anonymous: bool,
    pub complainant: Option<Vec<u8>>,
    /// An unknown state or kind in the database is an error when the row is read.
    #[sqlx(try_from = "String")]
    pub status: State,
    pub assignee_id: Option<i64>,
    pub assignee_email: Option<String>,
    pub escalation_level: i32,
    pub version: i32,
    pub received_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    pub acknowledge_by: Date,
    pub answer_by: Date,
    pub acknowledged_at: Option<OffsetDateTime>,
    pub answered_at: Option<OffsetDateTime>,
    pub closed_at: Option<OffsetDateTime>,
    /// The earlier complaint about the same problem this one was linked to: its id and
    /// tracking code.
    pub duplicate_of_id: Option<i64>,
    pub duplicate_of: Option<String>,
    /// The keyed hash of the phone number it was filed from by SMS or USSD
    /// (`Vault::phone_key`): from that number no secret is needed.
    pub sender_key: Option<String>,
    /// A photo's address the requester gave (Open311 `media_url`).
    pub media_url: Option<String>,
    /// The service point whose poster's QR code it was filed from.
    pub service_point_code: Option<String>,
    /// When its personal data was erased (retention or the complainant's request).
    pub erased_at: Option<OffsetDateTime>,
}

impl ComplaintRow {
    /// The tracking code as people see it, `XXXX-XXXX-XXX`.
    pub fn display_code(&self) -> String {
        display_code(&self.tracking_code)
    }

    /// Past its deadline on `today` and still waiting for the service
    /// (`domain::rules::is_late`).
    pub fn is_late(&self, today: Date) -> bool {
        domain::rules::is_late(self.status, self.acknowledge_by, self.answer_by, today)
    }

    /// What the public may see of it.
    pub fn public(&self) -> PublicComplaint {
        PublicComplaint {
            tracking_code: self.tracking_code.clone(),
            status: self.status,
            category_code: self.category_code.clone(),
            received_at: self.received_at,
            updated_at: self.updated_at,
            acknowledge_by: self.acknowledge_by,
            answer_by: self.answer_by,
        }
    }

    /// What the domain's rules need to know of this complaint, with what the row does not
    /// hold: its `events`, whether others are linked to it as duplicates, whether its
    /// category's deadline may be extended.
    pub fn facts(
        &self,
        events: &[EventRow],
        has_duplicates: bool,
        extendable: bool,
    ) -> domain::Facts {
        let happened = |action: domain::Action| events.iter().any(|e| e.action == action.as_str());
        domain::Facts {
            state: self.status,
            kind: self.kind,
            anonymous: self.anonymous,
            acknowledge_by: self.acknowledge_by,
            answer_by: self.answer_by,
            answered_at: self.answered_at,
            updated_at: self.updated_at,
            rated: happened(domain::Action::Rate),
            extendable,
            extended: happened(domain::Action::Extend),
            duplicate: self.duplicate_of.is_some(),
            has_duplicates,
        }
    }
}

/// A change to a complaint, decided by the caller after its checks; the store applies it
/// only if the complaint is still at `expected_version`.
#[derive(Debug, Clone)]
pub struct Change {
    pub complaint_id: i64,
    pub tracking_code: String,
    pub expected_version: i32,
    pub status: State,
    pub unit_code: String,
    /// The category, its deadline to acknowledge and the description change only while
    /// the complainant completes a phone filing (`classify`, `describe`).
    pub category_code: String,
    pub acknowledge_by: Date,
    pub description: String,
    pub assignee_id: Option<i64>,
    pub escalation_level: i32,
    pub answer_by: Date,
    pub acknowledged_at: Option<OffsetDateTime>,
    pub answered_at: Option<OffsetDateTime>,
    pub closed_at: Option<OffsetDateTime>,
    pub actor: String,
    pub action: String,
    pub data: Value,
    pub at: OffsetDateTime,
    pub notifications: Vec<NewNotification>,
    /// The complaint this one duplicates (set once, never cleared).
    pub duplicate_of: Option<i64>,
    /// What the change adds to (or moves between) the statistics' cohorts.
    pub stats: Vec<(StatsKey, StatsDelta)>,
}

impl Change {
    /// A change of `row` that keeps everything as it is (state, unit, assignee, clocks):
    /// the caller sets what the action changes.
    pub fn keeping(
        row: &ComplaintRow,
        actor: String,
        action: &str,
        data: Value,
        at: OffsetDateTime,
    ) -> Change {
        Change {
            complaint_id: row.id,
            tracking_code: row.tracking_code.clone(),
            expected_version: row.version,
            status: row.status,
            unit_code: row.unit_code.clone(),
            category_code: row.category_code.clone(),
            acknowledge_by: row.acknowledge_by,
            description: row.description.clone(),
            assignee_id: row.assignee_id,
            escalation_level: row.escalation_level,
            answer_by: row.answer_by,
            acknowledged_at: row.acknowledged_at,
            answered_at: row.answered_at,
            closed_at: row.closed_at,
            actor,
            action: action.to_owned(),
            data,
            at,
            notifications: Vec::new(),
            duplicate_of: row.duplicate_of_id,
            stats: Vec::new(),
        }
    }
}

/// One line of a complaint's audit trail.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct EventRow {
    pub seq: i64,
    pub actor: String,
    pub action: String,
    #[serde(skip)]
    pub data_json: sqlx::types::Json<Value>,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub hash: String,
}

impl EventRow {
    pub fn data(&self) -> &Value {
        &self.data_json.0
    }

    /// Events for staff only: internal notes, ratings, escalations, identity reveals.
    pub fn is_internal(&self) -> bool {
        matches!(
            self.action.as_str(),
            "note" | "rate" | "escalate" | "reveal_identity"
        )
    }

    /// The words this event carries for the complainant: an answer, a reason given to
    /// them, or their own reply.
    pub fn citizen_message(&self) -> Option<String> {
        let field = match self.action.as_str() {
            "answer" => "message",
            "reject" | "close" | "appeal" | "extend" => "reason",
            "reply" => "text",
            _ => return None,
        };
        self.data()[field].as_str().map(str::to_owned)
    }
}

/// A staff member as authentication finds them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StaffRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// An unknown role in the database is an error when the row is read.
    #[sqlx(try_from = "String")]
    pub role: Role,
    pub unit_code: Option<String>,
    /// The path their scope starts from: their unit's, or for a ministry's complaints cell,
    /// the ministry's (the cell oversees it all).
    pub unit_path: Option<String>,
    pub password_hash: String,
    pub disabled: bool,
    /// The TOTP secret, sealed, when the second factor is on.
    pub totp_secret: Option<Vec<u8>>,
}

#[derive(Debug, Clone)]
pub struct NewStaff {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub unit_code: Option<String>,
    pub password_hash: String,
    pub created_at: OffsetDateTime,
}

/// One sign-in attempt on an account, from an address network (`"10.0.0.1"`, an IPv6
/// `/64`), with the counts that lock it there and everywhere.
#[derive(Debug, Clone)]
pub struct SignInAttempt {
    pub user_id: i64,
    pub network: String,
    /// Attempts from `network` that lock the account for it.
    pub per_network: i32,
    /// Attempts from all networks together that lock the account everywhere.
    pub overall: i32,
    pub now: OffsetDateTime,
    pub lock_until: OffsetDateTime,
    /// A network's attempts older than this are forgotten.
    pub stale_before: OffsetDateTime,
}

/// Which complaints a staff member may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Everything,
    /// The unit with this path and every unit below it.
    Subtree(String),
    /// This one unit.
    Unit(String),
    Nothing,
}

impl Scope {
    pub fn for_staff(role: Role, unit_code: Option<&str>, unit_path: Option<&str>) -> Scope {
        if role.sees_everything() {
            return Scope::Everything;
        }
        match (role.sees_subunits(), unit_code, unit_path) {
            (true, _, Some(path)) => Scope::Subtree(path.to_owned()),
            (false, Some(code), _) => Scope::Unit(code.to_owned()),
            _ => Scope::Nothing,
        }
    }

    pub fn contains(&self, unit_code: &str, unit_path: &str) -> bool {
        match self {
            Scope::Everything => true,
            Scope::Subtree(prefix) => unit_path.starts_with(prefix.as_str()),
            Scope::Unit(code) => code == unit_code,
            Scope::Nothing => false,
        }
    }
}

/// Filters of the staff complaint list.
#[derive(Debug, Clone, Default)]
pub struct ComplaintFilter {
    pub status: Option<String>,
    pub category: Option<String>,
    pub unit: Option<String>,
    pub q: Option<String>,
    /// Only those assigned to this staff member.
    pub assignee_id: Option<i64>,
    /// Only those past a deadline on this date.
    pub late_on: Option<Date>,
    /// Only those whose deadline in force falls between these dates (inclusive).
    pub due_between: Option<(Date, Date)>,
    pub kind: Option<String>,
    pub channel: Option<String>,
    /// Only those of a category of this department.
    pub department: Option<String>,
    /// Where it happened: a region, province or commune code (the most precise given wins).
    pub region: Option<String>,
    pub province: Option<String>,
    pub commune: Option<String>,
    /// Received on or after this day, on or before this day (UTC days).
    pub received_from: Option<Date>,
    pub received_to: Option<Date>,
    pub sort: QueueSort,
    pub page: u32,
    pub per_page: u32,
}

/// The order of a list of complaints (a full-text search is ordered by relevance).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum QueueSort {
    #[default]
    Newest,
    Oldest,
    /// The nearest answer deadline first.
    Deadline,
}

impl QueueSort {
    pub const ALL: [QueueSort; 3] = [QueueSort::Newest, QueueSort::Oldest, QueueSort::Deadline];

    pub fn as_str(self) -> &'static str {
        match self {
            QueueSort::Newest => "newest",
            QueueSort::Oldest => "oldest",
            QueueSort::Deadline => "deadline",
        }
    }

    pub fn parse(s: &str) -> Option<QueueSort> {
        QueueSort::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// The result of recomputing the audit chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditReport {
    Intact { events: i64 },
    Broken { seq: i64, reason: String },
}

/// The last link of a chain: published, it lets anyone check later that the chain was only
/// extended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AuditHead {
    pub seq: i64,
    pub hash: String,
    /// When that last event happened (none in an empty chain).
    #[serde(with = "time::serde::rfc3339::option")]
    pub at: Option<OffsetDateTime>,
}

/// The heads of the complaints' chain and of the admin changes' chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AuditHeads {
    pub complaints: AuditHead,
    pub admin: AuditHead,
}

/// What a database (or a copy of it) holds, for a backup's manifest and the check after a
/// restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct BackupSummary {
    pub heads: AuditHeads,
    pub complaints: i64,
    /// The last migration applied.
    pub schema: i64,
    /// Every complaint's tracking code, in registration order.
    #[serde(skip)]
    pub codes: Vec<String>,
}

/// Which audit chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditChain {
    Complaints,
    Admin,
}

/// Reference data, as the files in `reference/` hold it and the database stores it.
#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize)]
pub struct DepartmentRow {
    pub code: String,
    pub name_fr: String,
    pub name_en: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize)]
pub struct CategoryRow {
    pub code: String,
    pub department_code: String,
    pub name_fr: String,
    pub name_en: String,
    pub ack_days: i32,
    /// `calendar` or `working` (the files call it `ack_unit`).
    #[serde(alias = "ack_unit")]
    pub ack_count: String,
    pub answer_days: i32,
    #[serde(alias = "answer_unit")]
    pub answer_count: String,
    pub extendable: bool,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize)]
pub struct UnitRow {
    pub code: String,
    pub parent_code: Option<String>,
    pub department_code: Option<String>,
    pub level: String,
    pub name_fr: String,
    pub name_en: String,
    pub region_code: Option<String>,
    /// Materialised path of codes, `/SAN/SAN-BF13/`; computed from the tree on load.
    #[serde(default)]
    pub path: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize)]
pub struct RegionRow {
    pub code: String,
    pub name: String,
    pub capital: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize)]
pub struct ProvinceRow {
    pub code: String,
    pub region_code: String,
    pub name: String,
    pub capital: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize)]
pub struct CommuneRow {
    pub code: String,
    pub province_code: String,
    pub name: String,
    pub kind: String,
    pub lat: Option<f64>,
    pub long: Option<f64>,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize)]
pub struct HolidayRow {
    /// `MM-DD`, `YYYY-MM-DD` or `easter+N` (see `domain::HolidayRule`).
    pub rule: String,
    pub name_fr: String,
    pub name_en: String,
}

/// A routing rule: complaints of a category (or of a whole department) in a place (or
/// anywhere) go to a unit.
#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize, PartialEq)]
pub struct RoutingRuleRow {
    #[serde(default)]
    pub id: i64,
    pub category_code: Option<String>,
    pub department_code: Option<String>,
    pub region_code: Option<String>,
    pub province_code: Option<String>,
    pub commune_code: Option<String>,
    pub unit_code: String,
}

/// One version of the response guide of a category.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct GuideVersionRow {
    pub id: i64,
    pub category_code: String,
    pub version: i32,
    pub procedure: String,
    /// `{"fr": {"body": "…"}, …}`
    pub templates: sqlx::types::Json<Value>,
    pub created_by: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// What Redress remembers of a phone number between messages (keyed by
/// `Vault::phone_key`, never by the number).
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct PhoneSender {
    pub sender_key: String,
    /// The language tag it last used.
    pub language: Option<String>,
    /// It asked for no more messages.
    pub stopped: bool,
    /// A complaint filed from it that waits for its department and category.
    pub pending_code: Option<String>,
    /// `department` or `category`: what the next number it sends chooses.
    pub pending_step: Option<String>,
    pub pending_department: Option<String>,
    /// Until when messages add to the pending complaint's description and choose for it.
    pub pending_until: Option<OffsetDateTime>,
}

/// A message a gateway delivered before, with the reply it got.
#[derive(Debug, Clone)]
pub struct SeenMessage {
    pub reply: Option<String>,
}

/// What a public list of complaints asks for (Open311 `GET requests`). Denunciations are
/// never listed.
#[derive(Debug, Clone, Default)]
pub struct PublicFilter {
    /// These tracking codes only (then no date window applies).
    pub codes: Vec<String>,
    pub categories: Vec<String>,
    pub states: Vec<State>,
    /// Received within this window.
    pub from: Option<OffsetDateTime>,
    pub to: Option<OffsetDateTime>,
    pub limit: i64,
    pub offset: i64,
}

/// Something that happened to a complaint the public may see.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PublicUpdate {
    pub seq: i64,
    pub tracking_code: String,
    pub action: String,
    pub at: OffsetDateTime,
}

/// A cohort of the statistics: complaints received in a month (`YYYY-MM`), of a
/// department, category, region (empty when unknown) and kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StatsKey {
    pub month: String,
    pub department: String,
    pub category: String,
    pub region: String,
    pub kind: String,
}

/// What a change adds to its cohort's counters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatsDelta {
    pub received: i64,
    pub answered: i64,
    pub answered_on_time: i64,
    pub rejected: i64,
    pub withdrawn: i64,
    pub appeals: i64,
    pub ratings: i64,
    pub rating_sum: i64,
    /// Open and past a deadline (+1 when the sweep first escalates it, -1 when it is
    /// answered, closed, rejected or withdrawn, or its escalation is reset).
    pub overdue: i64,
    /// A first answer, this many whole days after the day received.
    pub answer_days: Option<i64>,
}

/// How statistics are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatsBy {
    Department,
    Category,
    Region,
    Month,
    Kind,
}

/// Which cohorts statistics count.
#[derive(Debug, Clone, Default)]
pub struct StatsFilter {
    pub department: Option<String>,
    pub region: Option<String>,
    /// Months `YYYY-MM`, inclusive.
    pub from_month: Option<String>,
    pub to_month: Option<String>,
    /// These kinds only (all when empty).
    pub kinds: Vec<String>,
}

/// The counters of a group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatsRow {
    pub key: String,
    pub received: i64,
    pub answered: i64,
    pub answered_on_time: i64,
    pub rejected: i64,
    pub withdrawn: i64,
    pub appeals: i64,
    pub ratings: i64,
    pub rating_sum: i64,
    pub overdue: i64,
}

/// What the open data set may hold of a complaint.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OpenDataRow {
    pub id: i64,
    pub tracking_code: String,
    pub category_code: String,
    pub kind: String,
    pub channel: String,
    pub commune_code: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: State,
    pub received_at: OffsetDateTime,
    pub acknowledge_by: Date,
    pub answer_by: Date,
    pub answered_at: Option<OffsetDateTime>,
    /// The `publish_answer` event's data (`{"text": …}`), when an answer was published.
    pub published: Option<sqlx::types::Json<Value>>,
}

/// The staff dashboard's counts within a scope (`Store::scope_counts`).
#[derive(Debug, Clone, Default)]
pub struct ScopeCounts {
    /// Complaints of each unit in each state (units and states with none left out).
    pub states: Vec<ScopeCount>,
    /// Open complaints of each unit that are late, or due by tomorrow (units with no open
    /// complaint left out).
    pub due: Vec<UnitDue>,
}

/// Complaints of a unit in a state.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ScopeCount {
    pub unit_code: String,
    #[sqlx(try_from = "String")]
    pub status: State,
    pub n: i64,
}

/// A unit's open complaints past their deadline in force, and due today or tomorrow.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UnitDue {
    pub unit_code: String,
    pub late: i64,
    pub soon: i64,
}

/// A staff member doing the exercises of a training server, in their current round.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TraineeRow {
    pub user_id: i64,
    pub round: i32,
    pub round_started_at: OffsetDateTime,
}

/// One thing a staff member did to a complaint.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ActorEvent {
    pub tracking_code: String,
    pub action: String,
    pub at: OffsetDateTime,
}
