"""Schemathesis hooks for tests/api/contract.py (loaded through SCHEMATHESIS_HOOKS).

The document says everything a request's shape must be; it cannot say which category,
commune or unit exists (reference data an admin edits), whether a complaint's state allows
an action, or rules between fields. So the contract run lets valid-looking data be refused
with 400/422 on the operations listed in contract.py, and this check narrows that: such a
refusal must carry one of the error codes below, each a rule the document states in words
but no schema keyword can hold. Any other refusal of schema-valid data is a failure.
"""
import schemathesis

# error code -> why the schema cannot rule it out
SEMANTIC_REFUSALS = {
    "unknown_category": "categories are reference data",
    "unknown_commune": "communes are reference data",
    "unknown_filter": "a list filter names reference data (category, unit, place)",
    "invalid_coordinates": "lat and long come together",
    "anonymous_with_identity": "an anonymous complaint carries no contact",
    "staff_only_channel": "phone, walk_in and letter are for staff callers",
    "invalid_action": "what an action needs depends on the action and the complaint's state",
    "not_found": "the thing named does not exist",
    "invalid_rule": "exactly one of category and department, at most one place",
    "invalid_deadlines": "the answer deadline is not shorter than the acknowledgement one",
    "invalid_holiday": "a holiday rule must name a real date",
    "invalid_unit": "a new unit's parent and region are reference data",
}


@schemathesis.check
def refusals_name_a_semantic_rule(ctx, response, case):
    meta = getattr(case, "meta", None)
    if meta is None or not meta.generation.mode.is_positive:
        return None
    if response.status_code not in (400, 422):
        return None
    try:
        code = response.json()["error"]["code"]
    except Exception:  # noqa: BLE001 - the schema checks report a malformed body
        return None
    if code not in SEMANTIC_REFUSALS:
        raise AssertionError(
            f"schema-valid data refused with {response.status_code} {code!r}: "
            "the document allows what the server refuses")
    return None
