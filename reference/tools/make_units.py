#!/usr/bin/env python3
"""Write reference/units.csv: one ministry, one complaints cell and one regional
directorate per 2025 region for each pilot department, and the national desk that
triages complaints naming no department (GEN).

The regions come from reference/geo/bf-regions-2025.csv (one row per province; the
region name and P-code repeat), in the order they first appear there.
Standard library only. Run from anywhere: python3 reference/tools/make_units.py
"""

import csv
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent.parent
REGIONS = REFERENCE / "geo" / "bf-regions-2025.csv"
OUT = REFERENCE / "units.csv"

# code, department name (fr, en), ministry (fr, en), regional directorate (fr, en)
DEPARTMENTS = [
    ("EDU", "Éducation", "Education",
     "Ministère en charge de l'éducation nationale", "Ministry in charge of national education",
     "Direction régionale de l'éducation nationale", "Regional directorate of national education"),
    ("SAN", "Santé", "Health",
     "Ministère en charge de la santé", "Ministry in charge of health",
     "Direction régionale de la santé", "Regional directorate of health"),
    ("FP", "Fonction publique", "Civil service",
     "Ministère en charge de la fonction publique", "Ministry in charge of the civil service",
     "Direction régionale de la fonction publique", "Regional directorate of the civil service"),
    ("JUS", "Justice", "Justice",
     "Ministère en charge de la justice", "Ministry in charge of justice",
     "Direction régionale de la justice", "Regional directorate of justice"),
]

# Complaints that name no department yet (an SMS without a choice, a letter about several
# services): one national desk triages them and transfers each to the unit that answers.
TRIAGE = ("GEN", "Service national d'orientation des plaintes", "National complaints routing desk")

HEADER = ["code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code"]


def regions():
    """(pcode, name) of each 2025 region, first-appearance order, no duplicates."""
    seen = {}
    with REGIONS.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            pcode, name = row["region_2025_pcode"], row["region_2025_name"]
            if pcode in seen and seen[pcode] != name:
                raise SystemExit(f"{pcode} has two names: {seen[pcode]!r}, {name!r}")
            seen.setdefault(pcode, name)
    return list(seen.items())


def rows():
    regs = regions()
    for code, dep_fr, dep_en, min_fr, min_en, _, _ in DEPARTMENTS:
        yield [code, "", code, "ministry", min_fr, min_en, ""]
    code, triage_fr, triage_en = TRIAGE
    yield [code, "", code, "ministry", triage_fr, triage_en, ""]
    for code, dep_fr, dep_en, _, _, _, _ in DEPARTMENTS:
        yield [f"{code}-CP", code, code, "complaints_cell",
               f"Cellule des plaintes — {dep_fr}", f"Complaints cell — {dep_en}", ""]
    for code, _, _, _, _, dr_fr, dr_en in DEPARTMENTS:
        for pcode, name in regs:
            yield [f"{code}-{pcode}", code, code, "regional",
                   f"{dr_fr} — {name}", f"{dr_en} — {name}", pcode]


def main():
    out = list(rows())
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(out)
    print(f"wrote {len(out)} units to {OUT}")


if __name__ == "__main__":
    main()
