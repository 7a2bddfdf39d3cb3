//! The OpenAPI document is a contract: it is committed as docs/openapi.json and this test
//! fails when the generated one differs. `UPDATE_OPENAPI=1` rewrites the file instead, for a
//! change meant to be reviewed in the diff.

use serde_json::Value;
use std::path::PathBuf;

/// Keys in order, whatever the map type, so that the file is stable.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        v => v,
    }
}

fn generated() -> String {
    let doc = serde_json::to_value(redress::web::api::document()).expect("the document serialises");
    let mut text = serde_json::to_string_pretty(&sorted(doc)).expect("pretty JSON");
    text.push('\n');
    text
}

/// The first line that differs, with a little of what surrounds it.
fn first_difference(committed: &str, generated: &str) -> String {
    let (old, new): (Vec<&str>, Vec<&str>) =
        (committed.lines().collect(), generated.lines().collect());
    let at = old
        .iter()
        .zip(&new)
        .position(|(a, b)| a != b)
        .unwrap_or(old.len().min(new.len()));
    let show = |lines: &[&str]| {
        lines[at.saturating_sub(3)..(at + 4).min(lines.len())]
            .iter()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "first difference at line {}:\n  committed:\n{}\n  generated:\n{}",
        at + 1,
        show(&old),
        show(&new)
    )
}

#[test]
fn openapi_document_matches_docs_openapi_json() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/openapi.json");
    let now = generated();
    if std::env::var_os("UPDATE_OPENAPI").is_some_and(|v| v == "1") {
        std::fs::write(&path, &now).expect("docs/openapi.json is writable");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == now,
        "the API document differs from docs/openapi.json ({}).\n{}\nIf the change is meant, \
         regenerate it and review the diff: UPDATE_OPENAPI=1 cargo nextest run -p redress -E \
         'test(openapi)'",
        path.display(),
        first_difference(&committed, &now)
    );
}
