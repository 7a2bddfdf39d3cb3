//! The reference data held in memory: categories, units, places and holidays change rarely
//! and are read on every intake, so they are loaded once at start (and after an admin edits
//! them). Also the first routing rule: a category's department in the complaint's region.

use domain::{DayCount, Delay, HolidayCalendar, HolidayRule};
use std::collections::HashMap;
use store::{CategoryRow, CommuneRow, ProvinceRow, RegionRow, Store, StoreError, UnitRow};
use time::Date;

#[derive(Debug, Default)]
pub struct Catalog {
    pub categories: Vec<CategoryRow>,
    pub units: Vec<UnitRow>,
    pub regions: Vec<RegionRow>,
    pub provinces: Vec<ProvinceRow>,
    pub communes: Vec<CommuneRow>,
    pub holidays: HolidayCalendar,
    category_index: HashMap<String, usize>,
    unit_index: HashMap<String, usize>,
    commune_region: HashMap<String, String>,
}

impl Catalog {
    pub async fn load(store: &Store) -> Result<Catalog, StoreError> {
        let categories = store.categories().await?;
        let units = store.units().await?;
        let regions = store.regions().await?;
        let provinces = store.provinces().await?;
        let communes = store.communes().await?;
        let holidays = HolidayCalendar::new(
            store
                .holidays()
                .await?
                .iter()
                .filter_map(|h| HolidayRule::parse(&h.rule)),
        );
        let province_region: HashMap<&str, &str> = provinces
            .iter()
            .map(|p| (p.code.as_str(), p.region_code.as_str()))
            .collect();
        let commune_region = communes
            .iter()
            .filter_map(|c| {
                let region = province_region.get(c.province_code.as_str())?;
                Some((c.code.clone(), (*region).to_owned()))
            })
            .collect();
        Ok(Catalog {
            category_index: index(&categories, |c| &c.code),
            unit_index: index(&units, |u| &u.code),
            categories,
            units,
            regions,
            provinces,
            communes,
            holidays,
            commune_region,
        })
    }

    pub fn category(&self, code: &str) -> Option<&CategoryRow> {
        self.category_index.get(code).map(|&i| &self.categories[i])
    }

    pub fn unit(&self, code: &str) -> Option<&UnitRow> {
        self.unit_index.get(code).map(|&i| &self.units[i])
    }

    pub fn has_commune(&self, code: &str) -> bool {
        self.commune_region.contains_key(code)
    }

    /// The unit that answers a complaint of `category` in `commune`: the department's
    /// regional directorate for that region, else its complaints cell, else the ministry.
    pub fn route(&self, category: &CategoryRow, commune: Option<&str>) -> Option<String> {
        let dept = &category.department_code;
        let region = commune.and_then(|c| self.commune_region.get(c));
        let candidates = [
            region.map(|r| format!("{dept}-{r}")),
            Some(format!("{dept}-CP")),
            Some(dept.clone()),
        ];
        candidates
            .into_iter()
            .flatten()
            .find(|code| self.unit_index.contains_key(code))
    }

    /// The acknowledgement and answer deadlines of a complaint received on `received`.
    pub fn deadlines(&self, category: &CategoryRow, received: Date) -> (Date, Date) {
        let delay = |days: i32, count: &str| Delay {
            days: u16::try_from(days).unwrap_or(0),
            count: DayCount::parse(count).unwrap_or(DayCount::Calendar),
        };
        (
            self.holidays
                .due_date(received, delay(category.ack_days, &category.ack_count)),
            self.holidays.due_date(
                received,
                delay(category.answer_days, &category.answer_count),
            ),
        )
    }
}

fn index<T>(rows: &[T], key: impl Fn(&T) -> &String) -> HashMap<String, usize> {
    rows.iter()
        .enumerate()
        .map(|(i, r)| (key(r).clone(), i))
        .collect()
}
