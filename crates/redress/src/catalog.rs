//! The reference data held in memory: categories, units, places and holidays change rarely
//! and are read on every intake, so they are loaded once at start (and after an admin edits
//! them). Also the first routing rule: a category's department in the complaint's region.

use domain::{DayCount, Delay, HolidayCalendar, HolidayRule};
use std::collections::HashMap;
use store::{
    CategoryRow, CommuneRow, ProvinceRow, RegionRow, RoutingRuleRow, Store, StoreError, UnitRow,
};
use time::Date;

/// Where a complaint that names no department goes (an SMS whose sender made no choice):
/// the national desk that routes it (reference/README.md).
pub const TRIAGE_CATEGORY: &str = "GEN-OTHER";
pub const TRIAGE_DEPARTMENT: &str = "GEN";

#[derive(Debug, Default)]
pub struct Catalog {
    pub categories: Vec<CategoryRow>,
    pub units: Vec<UnitRow>,
    pub regions: Vec<RegionRow>,
    pub provinces: Vec<ProvinceRow>,
    pub communes: Vec<CommuneRow>,
    pub holidays: HolidayCalendar,
    pub rules: Vec<RoutingRuleRow>,
    category_index: HashMap<String, usize>,
    unit_index: HashMap<String, usize>,
    commune_region: HashMap<String, String>,
    commune_province: HashMap<String, String>,
}

impl Catalog {
    pub async fn load(store: &Store) -> Result<Catalog, StoreError> {
        let categories = store.categories().await?;
        let units = store.units().await?;
        let regions = store.regions().await?;
        let provinces = store.provinces().await?;
        let communes = store.communes().await?;
        let rules = store.routing_rules().await?;
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
        let commune_province = communes
            .iter()
            .map(|c| (c.code.clone(), c.province_code.clone()))
            .collect();
        Ok(Catalog {
            category_index: index(&categories, |c| &c.code),
            commune_province,
            rules,
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

    /// The region a commune is in.
    pub fn region_of(&self, commune: &str) -> Option<String> {
        self.commune_region.get(commune).cloned()
    }

    pub fn has_commune(&self, code: &str) -> bool {
        self.commune_region.contains_key(code)
    }

    /// The unit that answers a complaint of `category` in `commune`: the most specific
    /// routing rule (a commune before a province before a region before anywhere; a category
    /// before its whole department), else the department's regional directorate for that
    /// region, else its complaints cell, else the ministry.
    pub fn route(&self, category: &CategoryRow, commune: Option<&str>) -> Option<String> {
        let province = commune.and_then(|c| self.commune_province.get(c));
        let region = commune.and_then(|c| self.commune_region.get(c));
        let place_score = |r: &RoutingRuleRow| -> Option<u8> {
            match (&r.commune_code, &r.province_code, &r.region_code) {
                (Some(c), _, _) => (Some(c.as_str()) == commune).then_some(3),
                (_, Some(p), _) => (Some(p) == province).then_some(2),
                (_, _, Some(g)) => (Some(g) == region).then_some(1),
                _ => Some(0),
            }
        };
        let best = self
            .rules
            .iter()
            .filter_map(|r| {
                let subject = if r.category_code.as_deref() == Some(category.code.as_str()) {
                    1
                } else if r.department_code.as_deref() == Some(category.department_code.as_str()) {
                    0
                } else {
                    return None;
                };
                Some((place_score(r)? * 2 + subject, r))
            })
            .max_by_key(|(score, r)| (*score, std::cmp::Reverse(r.id)));
        if let Some((_, rule)) = best {
            return Some(rule.unit_code.clone());
        }
        let dept = &category.department_code;
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

    /// The departments a citizen chooses from (the triage desk's is not one).
    pub fn citizen_departments(&self) -> Vec<&str> {
        let mut list = self.departments();
        list.retain(|d| *d != TRIAGE_DEPARTMENT);
        list
    }

    /// The categories of a department, in their order.
    pub fn categories_of(&self, department: &str) -> Vec<&CategoryRow> {
        self.categories
            .iter()
            .filter(|c| c.department_code == department)
            .collect()
    }

    /// The departments that have categories, each once, in the order of the categories.
    pub fn departments(&self) -> Vec<&str> {
        let mut seen: Vec<&str> = Vec::new();
        for c in &self.categories {
            if !seen.contains(&c.department_code.as_str()) {
                seen.push(&c.department_code);
            }
        }
        seen
    }

    pub fn department_exists(&self, code: &str) -> bool {
        self.categories.iter().any(|c| c.department_code == code)
    }

    pub fn province_exists(&self, code: &str) -> bool {
        self.provinces.iter().any(|p| p.code == code)
    }

    pub fn region_exists(&self, code: &str) -> bool {
        self.regions.iter().any(|r| r.code == code)
    }

    /// The acknowledgement and answer deadlines of a complaint received on `received`.
    pub fn deadlines(&self, category: &CategoryRow, received: Date) -> (Date, Date) {
        (
            self.holidays
                .due_date(received, delay(category.ack_days, &category.ack_count)),
            self.holidays.due_date(received, answer_delay(category)),
        )
    }
}

fn delay(days: i32, count: &str) -> Delay {
    Delay {
        days: u16::try_from(days).unwrap_or(0),
        count: DayCount::parse(count).unwrap_or(DayCount::Calendar),
    }
}

/// The time a category allows to answer.
pub fn answer_delay(category: &CategoryRow) -> Delay {
    delay(category.answer_days, &category.answer_count)
}

fn index<T>(rows: &[T], key: impl Fn(&T) -> &String) -> HashMap<String, usize> {
    rows.iter()
        .enumerate()
        .map(|(i, r)| (key(r).clone(), i))
        .collect()
}
