//! The columns that hold sealed personal data, the same SQL on both backends: what key
//! rotation walks (`sql/keys.rs`, `Store::reseal_batch`).

/// A sealed column: its table's name, the batch query (key as text, sealed value, after the
/// cursor) and the guarded update (new value, key, old value).
pub struct SealedColumn {
    pub name: &'static str,
    pub(crate) select: &'static str,
    pub(crate) update: &'static str,
    pub(crate) int_key: bool,
}

pub const SEALED_COLUMNS: [SealedColumn; 6] = [
    SealedColumn {
        name: "complaints",
        select: "SELECT CAST(id AS TEXT) AS k, complainant FROM complaints \
                 WHERE id > $1 AND complainant IS NOT NULL ORDER BY id LIMIT $2",
        update: "UPDATE complaints SET complainant = $1 WHERE id = $2 AND complainant = $3",
        int_key: true,
    },
    SealedColumn {
        name: "notifications",
        select: "SELECT CAST(id AS TEXT) AS k, recipient FROM notifications \
                 WHERE id > $1 ORDER BY id LIMIT $2",
        update: "UPDATE notifications SET recipient = $1 WHERE id = $2 AND recipient = $3",
        int_key: true,
    },
    SealedColumn {
        name: "inbound_messages",
        select: "SELECT CAST(id AS TEXT) AS k, reply FROM inbound_messages \
                 WHERE id > $1 AND reply IS NOT NULL ORDER BY id LIMIT $2",
        update: "UPDATE inbound_messages SET reply = $1 WHERE id = $2 AND reply = $3",
        int_key: true,
    },
    SealedColumn {
        name: "users",
        select: "SELECT CAST(id AS TEXT) AS k, totp_secret FROM users \
                 WHERE id > $1 AND totp_secret IS NOT NULL ORDER BY id LIMIT $2",
        update: "UPDATE users SET totp_secret = $1 WHERE id = $2 AND totp_secret = $3",
        int_key: true,
    },
    SealedColumn {
        name: "intake_receipts",
        select: "SELECT key, sealed_secret FROM intake_receipts \
                 WHERE key > $1 ORDER BY key LIMIT $2",
        update: "UPDATE intake_receipts SET sealed_secret = $1 WHERE key = $2 \
                 AND sealed_secret = $3",
        int_key: false,
    },
    SealedColumn {
        name: "attachment_blobs",
        select: "SELECT storage_key, sealed FROM attachment_blobs \
                 WHERE storage_key > $1 ORDER BY storage_key LIMIT $2",
        update: "UPDATE attachment_blobs SET sealed = $1 WHERE storage_key = $2 AND sealed = $3",
        int_key: false,
    },
];

/// The first cursor of a column: before every key.
pub fn first_cursor(column: usize) -> String {
    if SEALED_COLUMNS[column].int_key {
        "0".into()
    } else {
        String::new()
    }
}
