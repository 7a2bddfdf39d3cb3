//! The service layer's context: what every front door (web pages, JSON API, SMS, USSD,
//! Open311, the command line, the workers) hands to intake, handling, admin and
//! notifications. It knows no front door: nothing here is HTTP.
//!
//! Notifications need no sender here: `notify` composes them and the store queues them in
//! the same transaction as the change they announce; the outbox worker sends them through
//! the gateways it is given (`workers::outbox`).

use crate::catalog::Catalog;
use crate::limits::Limits;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use store::{Store, StoreError};
use time::OffsetDateTime;

/// The time, injected so that deadlines and escalation can be tested.
pub type Clock = Arc<dyn Fn() -> OffsetDateTime + Send + Sync>;

#[derive(Clone)]
pub struct Services {
    pub store: Store,
    catalog: Arc<RwLock<Arc<Catalog>>>,
    pub clock: Clock,
    /// Per-address limits and the wrong-secret lock.
    pub limits: Arc<Limits>,
    /// Where attachments are kept.
    pub files: PathBuf,
    /// The public address, for links in messages.
    pub base_url: String,
    /// How citizens reach Redress by phone, as shown to them.
    pub contact: Contact,
    /// Training mode (`serve --training`): a banner on every page, nothing sent.
    pub training: bool,
}

/// The SMS number and USSD code shown on the home page, receipts and notifications
/// (`REDRESS_SMS_NUMBER`, `REDRESS_USSD_CODE`): an operator's, not the catalogue's.
#[derive(Debug, Clone, Default)]
pub struct Contact {
    pub sms_number: Option<String>,
    pub ussd_code: Option<String>,
    /// The number citizens may call (`REDRESS_PHONE_NUMBER`), printed on posters.
    pub phone_number: Option<String>,
}

impl Services {
    pub async fn new(store: Store, files: PathBuf) -> Result<Services, StoreError> {
        let catalog = Catalog::load(&store).await?;
        Ok(Services {
            store,
            catalog: Arc::new(RwLock::new(Arc::new(catalog))),
            clock: Arc::new(OffsetDateTime::now_utc),
            limits: Arc::new(Limits::new(0, 0)),
            files,
            base_url: "http://127.0.0.1:8080".to_owned(),
            contact: Contact::default(),
            training: false,
        })
    }

    pub fn with_limits(mut self, limits: Limits) -> Services {
        self.limits = Arc::new(limits);
        self
    }

    pub fn with_base_url(mut self, base_url: &str) -> Services {
        self.base_url = base_url.trim_end_matches('/').to_owned();
        self
    }

    pub fn with_training(mut self, training: bool) -> Services {
        self.training = training;
        self
    }

    pub fn with_contact(mut self, contact: Contact) -> Services {
        self.contact = contact;
        self
    }

    pub fn with_clock(mut self, clock: Clock) -> Services {
        self.clock = clock;
        self
    }

    pub fn now(&self) -> OffsetDateTime {
        (self.clock)()
    }

    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog.read().expect("catalog lock").clone()
    }

    /// Reloads the reference data after an admin changed it (on this node; other nodes
    /// reload on their next start).
    pub async fn reload_catalog(&self) -> Result<(), StoreError> {
        let fresh = Arc::new(Catalog::load(&self.store).await?);
        *self.catalog.write().expect("catalog lock") = fresh;
        Ok(())
    }
}
