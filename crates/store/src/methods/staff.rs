//! The store's methods for staff: accounts, sessions and sign-in limits, tokens,
//! training, and the admin changes with their audit chain.

use crate::*;

impl Store {
    /// Records that the TOTP code of `step` was used by `user_id`; false when it (or a later
    /// one) already was.
    pub async fn use_totp_step(&self, user_id: i64, step: i64) -> Result<bool, StoreError> {
        write!(self, use_totp_step(user_id, step))
    }

    /// Makes an admin change and records it in the admin audit chain, in one transaction;
    /// returns the new row's id (users, routing rules, guide versions) or how many rows
    /// changed (0 when the subject does not exist). Errors as the change's own: `Duplicate`
    /// for an existing rule, holiday, e-mail or unit code, `Reference` for a missing code.
    pub async fn admin(
        &self,
        change: AdminChange,
        actor: &str,
        at: OffsetDateTime,
    ) -> Result<i64, StoreError> {
        let actor = actor.to_owned();
        write!(self, apply_admin(change, actor, at))
    }

    /// The newest admin events first.
    pub async fn admin_events(&self, limit: i64) -> Result<Vec<AdminEventRow>, StoreError> {
        read!(self, admin_events(limit))
    }

    /// Starts a staff member's next round of training exercises (the first enrols them).
    pub async fn start_training_round(
        &self,
        user_id: i64,
        at: OffsetDateTime,
    ) -> Result<i32, StoreError> {
        write!(self, start_training_round(user_id, at))
    }

    /// Records the complaint an exercise of a round is played on.
    pub async fn add_training_scenario(
        &self,
        user_id: i64,
        round: i32,
        exercise: &str,
        complaint_id: i64,
    ) -> Result<(), StoreError> {
        let exercise = exercise.to_owned();
        write!(
            self,
            add_training_scenario(user_id, round, exercise, complaint_id)
        )
    }

    pub async fn trainees(&self) -> Result<Vec<TraineeRow>, StoreError> {
        read!(self, trainees())
    }

    /// `(exercise, tracking code)` of a trainee's round.
    pub async fn training_scenarios(
        &self,
        user_id: i64,
        round: i32,
    ) -> Result<Vec<(String, String)>, StoreError> {
        read!(self, training_scenarios(user_id, round))
    }

    /// What `actor` (`staff:12`) did since `since`, newest first, at most `limit` events.
    pub async fn events_by_actor(
        &self,
        actor: &str,
        since: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<ActorEvent>, StoreError> {
        let actor = actor.to_owned();
        read!(self, events_by_actor(actor, since, limit))
    }

    pub async fn all_staff(&self) -> Result<Vec<StaffRow>, StoreError> {
        read!(self, all_staff())
    }

    pub async fn staff_by_email(&self, email: &str) -> Result<Option<StaffRow>, StoreError> {
        read!(self, staff_by_email(email))
    }

    /// The staff member a live API token belongs to.
    pub async fn staff_by_token(
        &self,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<StaffRow>, StoreError> {
        read!(self, staff_by_token(token_hash, now))
    }

    /// The staff member a live session belongs to.
    pub async fn staff_by_session(
        &self,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<StaffRow>, StoreError> {
        read!(self, staff_by_session(token_hash, now))
    }

    /// Opens a session (and clears the failed sign-ins: over all addresses, and from
    /// `network`).
    pub async fn add_session(
        &self,
        user_id: i64,
        network: String,
        token_hash: String,
        now: OffsetDateTime,
        expires: OffsetDateTime,
    ) -> Result<(), StoreError> {
        write!(
            self,
            add_session(user_id, network, token_hash, now, expires)
        )
    }

    pub async fn end_session(&self, token_hash: String) -> Result<(), StoreError> {
        write!(self, end_session(token_hash))
    }

    /// Takes one sign-in attempt before it is checked; false when the account is locked
    /// (for that address network, or everywhere). See `sql/staff.rs`.
    pub async fn take_sign_in_attempt(&self, a: SignInAttempt) -> Result<bool, StoreError> {
        write!(self, take_sign_in_attempt(a))
    }

    /// Gives back an attempt that proved right; lifts the lock it set.
    pub async fn refund_sign_in_attempt(&self, a: SignInAttempt) -> Result<(), StoreError> {
        write!(self, refund_sign_in_attempt(a))
    }

    /// Takes one follow-up secret attempt on a complaint before it is checked: false while
    /// its follow-up is locked (see `sql/staff.rs`).
    pub async fn take_secret_attempt(
        &self,
        complaint_id: i64,
        max: i32,
        window: time::Duration,
        now: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        write!(self, take_secret_attempt(complaint_id, max, window, now))
    }

    /// Gives back the attempt of a right secret.
    pub async fn refund_secret_attempt(
        &self,
        complaint_id: i64,
        max: i32,
    ) -> Result<(), StoreError> {
        write!(self, refund_secret_attempt(complaint_id, max))
    }

    /// Records an API token (only its hash) that works until `expires`.
    pub async fn add_token(
        &self,
        user_id: i64,
        token_hash: String,
        at: OffsetDateTime,
        expires: OffsetDateTime,
    ) -> Result<(), StoreError> {
        write!(self, add_token(user_id, token_hash, at, expires))
    }
}
