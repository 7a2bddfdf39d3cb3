//! The reference data that ships in the repository (`reference/`): departments, units,
//! categories with their deadlines, fixed public holidays, and the administrative
//! divisions. Compiled into the binary, so the server never reads files outside its data
//! directory at run time.

use crate::error::StoreError;
use crate::types::{
    CategoryRow as Category, CommuneRow as Commune, DepartmentRow as Department,
    HolidayRow as Holiday, ProvinceRow as Province, RegionRow as Region, UnitRow as Unit,
};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

const DEPARTMENTS: &str = include_str!("../../../reference/departments.csv");
const UNITS: &str = include_str!("../../../reference/units.csv");
const CATEGORIES: &str = include_str!("../../../reference/categories.csv");
const HOLIDAYS: &str = include_str!("../../../reference/holidays.csv");
const PROVINCES_2025: &str = include_str!("../../../reference/geo/bf-regions-2025.csv");
const COMMUNES_2019: &str = include_str!("../../../reference/geo/bf-communes-2019.csv");
const COMMUNES_2025: &str = include_str!("../../../reference/geo/bf-communes-2025-crosswalk.csv");

/// All reference data, parsed and checked.
#[derive(Debug, Clone)]
pub struct Reference {
    pub departments: Vec<Department>,
    pub regions: Vec<Region>,
    pub provinces: Vec<Province>,
    pub communes: Vec<Commune>,
    /// Parents before children.
    pub units: Vec<Unit>,
    pub categories: Vec<Category>,
    pub holidays: Vec<Holiday>,
}

fn bad(what: &str, detail: impl std::fmt::Display) -> StoreError {
    StoreError::Data(format!("reference data {what}: {detail}"))
}

fn rows<T: for<'de> Deserialize<'de>>(what: &str, text: &str) -> Result<Vec<T>, StoreError> {
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .collect::<Result<Vec<T>, _>>()
        .map_err(|e| bad(what, e))
}

#[derive(Deserialize)]
struct Province2025 {
    region_2025_name: String,
    capital: String,
    province_name: String,
    region_2025_pcode: String,
    province_capital: String,
    province_2019_code: String,
    note: String,
}

#[derive(Deserialize)]
struct Commune2019 {
    commune_code: String,
    commune_kind: String,
    lat: Option<f64>,
    long: Option<f64>,
}

#[derive(Deserialize)]
struct Commune2025 {
    commune_code: String,
    commune_name: String,
    province_2025_name: String,
}

impl Reference {
    /// The data compiled into this binary.
    pub fn bundled() -> Result<Reference, StoreError> {
        let departments: Vec<Department> = rows("departments.csv", DEPARTMENTS)?;
        let provinces_2025: Vec<Province2025> = rows("bf-regions-2025.csv", PROVINCES_2025)?;
        let mut regions = BTreeMap::new();
        let mut provinces = Vec::new();
        let mut province_by_name = HashMap::new();
        for p in provinces_2025 {
            // The two provinces created in 2025 share their 2019 parent's code with the
            // province that kept the rest; they get the suffix `-2` (reference/README.md).
            let code = if p.note.starts_with("new province") {
                format!("{}-2", p.province_2019_code)
            } else {
                p.province_2019_code.clone()
            };
            regions
                .entry(p.region_2025_pcode.clone())
                .or_insert(Region {
                    code: p.region_2025_pcode.clone(),
                    name: p.region_2025_name.clone(),
                    capital: p.capital.clone(),
                });
            province_by_name.insert(p.province_name.clone(), code.clone());
            provinces.push(Province {
                code,
                region_code: p.region_2025_pcode,
                name: p.province_name,
                capital: p.province_capital,
            });
        }
        let details: HashMap<String, Commune2019> =
            rows::<Commune2019>("bf-communes-2019.csv", COMMUNES_2019)?
                .into_iter()
                .map(|c| (c.commune_code.clone(), c))
                .collect();
        let mut communes = Vec::new();
        for c in rows::<Commune2025>("bf-communes-2025-crosswalk.csv", COMMUNES_2025)? {
            let province_code = province_by_name.get(&c.province_2025_name).ok_or_else(|| {
                bad(
                    "communes",
                    format!("unknown province {}", c.province_2025_name),
                )
            })?;
            let d = details.get(&c.commune_code).ok_or_else(|| {
                bad(
                    "communes",
                    format!("{} missing from the 2019 file", c.commune_code),
                )
            })?;
            communes.push(Commune {
                code: c.commune_code,
                province_code: province_code.clone(),
                name: c.commune_name,
                kind: d.commune_kind.clone(),
                lat: d.lat,
                long: d.long,
            });
        }
        let units = with_paths(rows("units.csv", UNITS)?)?;
        let categories: Vec<Category> = rows("categories.csv", CATEGORIES)?;
        for k in &categories {
            for count in [&k.ack_count, &k.answer_count] {
                if domain::DayCount::parse(count).is_none() {
                    return Err(bad(
                        "categories.csv",
                        format!("{}: day count {count}", k.code),
                    ));
                }
            }
        }
        let holidays: Vec<Holiday> = rows("holidays.csv", HOLIDAYS)?;
        if let Some(h) = holidays
            .iter()
            .find(|h| domain::HolidayRule::parse(&h.rule).is_none())
        {
            return Err(bad("holidays.csv", format!("rule {}", h.rule)));
        }
        Ok(Reference {
            departments,
            regions: regions.into_values().collect(),
            provinces,
            communes,
            units,
            categories,
            holidays,
        })
    }
}

/// Orders units parents first and gives each its path; refuses cycles and unknown parents.
fn with_paths(units: Vec<Unit>) -> Result<Vec<Unit>, StoreError> {
    let by_code: HashMap<String, Unit> =
        units.iter().map(|u| (u.code.clone(), u.clone())).collect();
    let mut out: Vec<Unit> = Vec::with_capacity(units.len());
    for u in &units {
        let mut chain = vec![u.code.clone()];
        let mut cur = u;
        while let Some(parent) = cur.parent_code.as_ref().filter(|p| !p.is_empty()) {
            if chain.contains(parent) || chain.len() > 32 {
                return Err(bad(
                    "units.csv",
                    format!("the parents of {} form a cycle", u.code),
                ));
            }
            cur = by_code
                .get(parent)
                .ok_or_else(|| bad("units.csv", format!("{}: unknown parent {parent}", u.code)))?;
            chain.push(parent.clone());
        }
        chain.reverse();
        let mut unit = u.clone();
        unit.parent_code = unit.parent_code.filter(|p| !p.is_empty());
        unit.department_code = unit.department_code.filter(|p| !p.is_empty());
        unit.region_code = unit.region_code.filter(|p| !p.is_empty());
        unit.path = format!("/{}/", chain.join("/"));
        out.push(unit);
    }
    out.sort_by_key(|u| (u.path.matches('/').count(), u.path.clone()));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn bundled_reference_is_complete_and_consistent() {
        let r = Reference::bundled().unwrap();
        assert_eq!(r.departments.len(), 5);
        assert_eq!(
            r.regions.len(),
            17,
            "the 2025 reorganisation has 17 regions"
        );
        assert_eq!(r.provinces.len(), 47);
        assert_eq!(r.communes.len(), 351);
        let provinces: HashSet<_> = r.provinces.iter().map(|p| &p.code).collect();
        assert_eq!(provinces.len(), 47, "province codes are unique");
        assert!(
            r.communes
                .iter()
                .all(|c| provinces.contains(&c.province_code))
        );
        let regions: HashSet<_> = r.regions.iter().map(|g| &g.code).collect();
        assert!(r.provinces.iter().all(|p| regions.contains(&p.region_code)));
        let units: HashSet<_> = r.units.iter().map(|u| &u.code).collect();
        for d in &r.departments {
            assert!(units.contains(&d.code), "ministry {}", d.code);
            if d.code == "GEN" {
                // The national desk that routes complaints naming no department: one
                // category, one unit, no regional directorates.
                let cats: Vec<_> = r
                    .categories
                    .iter()
                    .filter(|k| k.department_code == "GEN")
                    .collect();
                assert_eq!(cats.len(), 1);
                assert!(
                    r.units
                        .iter()
                        .filter(|u| u.department_code.as_deref() == Some("GEN"))
                        .count()
                        == 1
                );
                continue;
            }
            let cats = r
                .categories
                .iter()
                .filter(|k| k.department_code == d.code)
                .count();
            assert!(cats >= 4, "{} has {cats} categories", d.code);
            for g in &r.regions {
                let code = format!("{}-{}", d.code, g.code);
                assert!(units.contains(&code), "regional unit {code}");
            }
        }
        let ouaga = r.communes.iter().find(|c| c.name == "Ouagadougou").unwrap();
        assert_eq!(ouaga.province_code, "BF1300");
        assert!(!r.holidays.is_empty());
    }

    #[test]
    fn unit_paths_follow_the_tree() {
        let r = Reference::bundled().unwrap();
        let sante = r.units.iter().find(|u| u.code == "SAN-BF13").unwrap();
        assert_eq!(sante.path, "/SAN/SAN-BF13/");
        let pos = |code: &str| r.units.iter().position(|u| u.code == code).unwrap();
        assert!(pos("SAN") < pos("SAN-BF13"), "parents first");
    }

    #[test]
    fn unit_cycles_and_unknown_parents_are_refused() {
        let unit = |code: &str, parent: &str| Unit {
            code: code.into(),
            parent_code: Some(parent.into()),
            department_code: None,
            level: "regional".into(),
            name_fr: code.into(),
            name_en: code.into(),
            region_code: None,
            path: String::new(),
        };
        assert!(with_paths(vec![unit("A", "B"), unit("B", "A")]).is_err());
        assert!(with_paths(vec![unit("A", "Z")]).is_err());
    }
}
