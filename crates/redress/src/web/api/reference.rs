//! Reference data for clients: categories (with deadlines), units, places.

use crate::web::AppState;
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct CategoryOut {
    #[schema(pattern = r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")]
    code: String,
    department: String,
    name_fr: String,
    name_en: String,
    /// Days to accept or reject.
    #[schema(minimum = 0, maximum = 365)]
    acknowledge_days: i32,
    #[schema(value_type = domain::deadline::DayCount)]
    acknowledge_count: String,
    /// Days to answer.
    #[schema(minimum = 0, maximum = 365)]
    answer_days: i32,
    #[schema(value_type = domain::deadline::DayCount)]
    answer_count: String,
    extendable: bool,
}

/// The complaint categories and their deadlines.
#[utoipa::path(get, path = "/categories", operation_id = "list_categories",
    responses((status = 200, description = "The categories", body = [CategoryOut])))]
pub async fn list_categories(State(app): State<AppState>) -> Json<Vec<CategoryOut>> {
    Json(
        app.catalog()
            .categories
            .iter()
            .map(|c| CategoryOut {
                code: c.code.clone(),
                department: c.department_code.clone(),
                name_fr: c.name_fr.clone(),
                name_en: c.name_en.clone(),
                acknowledge_days: c.ack_days,
                acknowledge_count: c.ack_count.clone(),
                answer_days: c.answer_days,
                answer_count: c.answer_count.clone(),
                extendable: c.extendable,
            })
            .collect(),
    )
}

#[derive(Serialize, ToSchema)]
pub struct UnitOut {
    #[schema(pattern = r"^[A-Z0-9-]+$")]
    code: String,
    parent: Option<String>,
    department: Option<String>,
    /// `ministry`, `directorate`, `regional` or `facility`.
    level: String,
    name_fr: String,
    name_en: String,
    region: Option<String>,
}

/// The units that answer complaints, parents before children.
#[utoipa::path(get, path = "/units", operation_id = "list_units",
    responses((status = 200, description = "The units", body = [UnitOut])))]
pub async fn list_units(State(app): State<AppState>) -> Json<Vec<UnitOut>> {
    Json(
        app.catalog()
            .units
            .iter()
            .map(|u| UnitOut {
                code: u.code.clone(),
                parent: u.parent_code.clone(),
                department: u.department_code.clone(),
                level: u.level.clone(),
                name_fr: u.name_fr.clone(),
                name_en: u.name_en.clone(),
                region: u.region_code.clone(),
            })
            .collect(),
    )
}

#[derive(Serialize, ToSchema)]
pub struct Place {
    code: String,
    name: String,
    /// The region of a province, the province of a commune.
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct LocationsOut {
    /// The 17 regions of 2025.
    regions: Vec<Place>,
    provinces: Vec<Place>,
    communes: Vec<Place>,
}

/// The administrative divisions: regions, provinces, communes.
#[utoipa::path(get, path = "/locations", operation_id = "list_locations",
    responses((status = 200, description = "The places", body = LocationsOut)))]
pub async fn list_locations(State(app): State<AppState>) -> Json<LocationsOut> {
    let c = app.catalog();
    let place = |code: &str, name: &str, parent: Option<&str>| Place {
        code: code.to_owned(),
        name: name.to_owned(),
        parent: parent.map(str::to_owned),
    };
    Json(LocationsOut {
        regions: c
            .regions
            .iter()
            .map(|r| place(&r.code, &r.name, None))
            .collect(),
        provinces: c
            .provinces
            .iter()
            .map(|p| place(&p.code, &p.name, Some(&p.region_code)))
            .collect(),
        communes: c
            .communes
            .iter()
            .map(|m| place(&m.code, &m.name, Some(&m.province_code)))
            .collect(),
    })
}
