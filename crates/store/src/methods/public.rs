//! The store's methods for what the public and the forms read: statistics, open data,
//! public updates, reference data, posters and their reach.

use crate::*;

impl Store {
    /// Statistics grouped `by`, within the filter, from the cohort counters.
    pub async fn stats(
        &self,
        by: StatsBy,
        filter: StatsFilter,
    ) -> Result<Vec<StatsRow>, StoreError> {
        read!(self, stats(by, filter))
    }

    /// Days to answer, as (group, days, complaints).
    pub async fn stats_answer_days(
        &self,
        by: StatsBy,
        filter: StatsFilter,
    ) -> Result<Vec<(String, i32, i64)>, StoreError> {
        read!(self, stats_answer_days(by, filter))
    }

    /// A page of the open data set's complaints (never a denunciation), by id.
    pub async fn open_data_page(
        &self,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<OpenDataRow>, StoreError> {
        read!(self, open_data_page(after_id, limit))
    }

    /// The cohorts of the statistics within the filter, with their counters.
    pub async fn stats_cohorts(
        &self,
        filter: StatsFilter,
    ) -> Result<Vec<(StatsKey, StatsRow)>, StoreError> {
        read!(self, stats_cohorts(filter))
    }

    /// The days-to-answer counts of the cohorts within the filter.
    pub async fn stats_days(
        &self,
        filter: StatsFilter,
    ) -> Result<Vec<(StatsKey, i32, i64)>, StoreError> {
        read!(self, stats_days(filter))
    }

    /// Complaints the public may see (never a denunciation), newest first.
    pub async fn public_requests(
        &self,
        filter: PublicFilter,
    ) -> Result<Vec<ComplaintRow>, StoreError> {
        read!(self, public_requests(filter))
    }

    /// The events of complaints the public may see, between two moments, oldest first.
    pub async fn public_updates(
        &self,
        from: OffsetDateTime,
        to: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<PublicUpdate>, StoreError> {
        read!(self, public_updates(from, to, limit))
    }

    pub async fn categories(&self) -> Result<Vec<CategoryRow>, StoreError> {
        read!(self, categories())
    }

    pub async fn units(&self) -> Result<Vec<UnitRow>, StoreError> {
        read!(self, units())
    }

    pub async fn regions(&self) -> Result<Vec<RegionRow>, StoreError> {
        read!(self, regions())
    }

    pub async fn provinces(&self) -> Result<Vec<ProvinceRow>, StoreError> {
        read!(self, provinces())
    }

    pub async fn communes(&self) -> Result<Vec<CommuneRow>, StoreError> {
        read!(self, communes())
    }

    pub async fn holidays(&self) -> Result<Vec<HolidayRow>, StoreError> {
        read!(self, holidays())
    }

    /// Service points by name, removed ones included; one region's when `region` is given
    /// (the region of its commune, else of its unit). Changed through `Store::admin`.
    pub async fn service_points(
        &self,
        region: Option<&str>,
    ) -> Result<Vec<ServicePointRow>, StoreError> {
        read!(self, service_points(region.map(str::to_owned)))
    }

    /// One service point, even a removed one (an old poster's code explains itself).
    pub async fn service_point(&self, code: &str) -> Result<Option<ServicePointRow>, StoreError> {
        read!(self, service_point(code.to_owned()))
    }

    /// Poster campaigns, the latest start first.
    pub async fn poster_campaigns(&self) -> Result<Vec<PosterCampaignRow>, StoreError> {
        read!(self, poster_campaigns())
    }

    /// Complaints within `scope` (and `region` by their commune) received on the days (UTC)
    /// `[from, to)`, counted by day, channel and service point: a campaign's reach is summed
    /// from these.
    pub async fn reach_counts(
        &self,
        scope: &Scope,
        region: Option<&str>,
        from: time::Date,
        to: time::Date,
    ) -> Result<Vec<ReachCount>, StoreError> {
        read!(
            self,
            reach_counts(scope, region.map(str::to_owned), from, to)
        )
    }
}
