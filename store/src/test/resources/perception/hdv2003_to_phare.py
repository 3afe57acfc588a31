#!/usr/bin/env python3
"""Builds hdv2003-phare.csv, a perception-study test file in the PHARE layout (see the store's
MicrodataStudy), from the first 600 respondents of the real INSEE "Histoire de vie 2003" extract
(../shared/data/survey-microdata/hdv2003.csv; see its PROVENANCE.md).

Real: the respondents, their weights (poids) and their answers. A test convention (NOT perception
answers): which actor type each respondent stands for and how an answer becomes a rating or a
PHARE answer, as tabulated below. Region: every respondent is placed in Centre-Val de Loire (24),
i.e. the file is a regional study.

Usage (from this folder): python3 hdv2003_to_phare.py ../../../../../../shared/data/survey-microdata/hdv2003.csv > hdv2003-phare.csv
"""
import csv
import math
import sys

DOMAINS = ["EMPLOYMENT", "ECONOMIC_DEVELOPMENT", "LIVING_STANDARD", "POVERTY", "HOUSING",
           "DIVERSITY_DISABILITY", "AGEING", "ISOLATION", "EDUCATION", "HEALTH", "SECURITY",
           "MOBILITY", "DIGITAL", "CULTURE", "ENVIRONMENT", "ENERGY_TRANSITION"]
ROLES = ["FOSTER_MEETINGS", "ANIMATE_DIALOGUE", "HELP_PARTNERSHIPS", "PROMOTE_ALLIANCES",
         "COLLECTIVE_EXPERIMENTS", "PUBLIC_PRIVATE_PARTNERSHIPS"]
ACTORS = [(1, 150, "citizens"), (151, 300, "companies"), (301, 450, "associations"),
          (451, 600, "mayors")]

CATEGORICAL = {
    "EMPLOYMENT": ("trav.satisf", {"Insatisfaction": 8, "Equilibre": 5, "Satisfaction": 2}),
    "ECONOMIC_DEVELOPMENT": ("trav.imp", {"Le plus important": 8, "Aussi important que le reste": 6,
                                          "Moins important que le reste": 4, "Peu important": 2}),
    "LIVING_STANDARD": ("qualif", {"Ouvrier specialise": 8, "Ouvrier qualifie": 7, "Employe": 6,
                                   "Autre": 5, "Technicien": 5, "Profession intermediaire": 4,
                                   "Cadre": 3}),
    "POVERTY": ("occup", {"Chomeur": 9, "Autre inactif": 7, "Au foyer": 6, "Etudiant, eleve": 6,
                          "Retraite": 4, "Retire des affaires": 4, "Exerce une profession": 3}),
    "HOUSING": ("clso", {"Oui": 7, "Non": 4, "Ne sait pas": 5}),
    "DIVERSITY_DISABILITY": ("relig", {"Pratiquant regulier": 3, "Pratiquant occasionnel": 4,
                                       "Appartenance sans pratique": 5,
                                       "Ni croyance ni appartenance": 6, "Rejet": 7}),
    "EDUCATION": ("nivetud", {"N'a jamais fait d'etudes": 10,
                              "A arrete ses etudes, avant la derniere annee d'etudes primaires": 9,
                              "Derniere annee d'etudes primaires": 8, "1er cycle": 7,
                              "2eme cycle": 5, "Enseignement technique ou professionnel court": 6,
                              "Enseignement technique ou professionnel long": 5,
                              "Enseignement superieur y compris technique superieur": 3}),
    "HEALTH": ("sport", {"Oui": 3, "Non": 7}),
    "MOBILITY": ("cinema", {"Oui": 4, "Non": 7}),
    "CULTURE": ("lecture.bd", {"Oui": 3, "Non": 6}),
    "ENVIRONMENT": ("peche.chasse", {"Oui": 7, "Non": 5}),
    "ENERGY_TRANSITION": ("bricol", {"Oui": 6, "Non": 4}),
}


def clamp(v):
    return max(1, min(10, v))


def ratings(row):
    out = {}
    for domain, (column, scale) in CATEGORICAL.items():
        out[domain] = scale.get(row[column])  # None: NA or "NSP" -> not rated
    age = int(row["age"])
    out["AGEING"] = clamp(age // 10)
    out["ISOLATION"] = clamp(10 - int(row["freres.soeurs"]))
    out["SECURITY"] = None if row["heures.tv"] == "" else clamp(1 + round(float(row["heures.tv"])))
    out["DIGITAL"] = clamp(math.ceil((age - 15) / 8))
    return out


def main(path):
    rows = [r for r in csv.DictReader(open(path, encoding="utf-8")) if int(r["id"]) <= 600]
    header = ["actor", "region", "weight", "hdv2003_id"]
    header += ["rating_" + d.lower() for d in DOMAINS]
    header += ["priorities", "practice", "categories", "alliance_innovation", "dynamic"]
    header += ["role_" + r.lower() for r in ROLES]
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(header)
    for r in rows:
        i = int(r["id"])
        actor = next(a for lo, hi, a in ACTORS if lo <= i <= hi)
        rated = ratings(r)
        # the three highest ratings, ties in grid order
        present = [(-(rated[d]), k, d) for k, d in enumerate(DOMAINS) if rated[d] is not None]
        priorities = "|".join(d for _, _, d in sorted(present)[:3])
        practice = categories = dynamic = ""
        roles = [""] * 6
        if actor in ("companies", "associations"):
            practice = {"Oui": "yes", "Ne sait pas": "intends", "Non": "no"}[r["clso"]]
            if practice == "yes":
                categories = "|".join(c for c, col in [("MECENAT", "cuisine"),
                                                       ("SOCIETAL_INNOVATION", "bricol"),
                                                       ("ECONOMIC_COOPERATION", "cinema"),
                                                       ("RESPONSIBLE_PRACTICES", "sport")]
                                      if r[col] == "Oui")
        if actor == "mayors":
            dynamic = {"Pratiquant regulier": "anchored", "Pratiquant occasionnel": "growing",
                       "Appartenance sans pratique": "emerging",
                       "Ni croyance ni appartenance": "none", "Rejet": "none"}.get(r["relig"], "")
            roles = ["priority" if r[col] == "Oui" else
                     "secondary" if r["sport"] == "Oui" else "not_needed"
                     for col in ["hard.rock", "lecture.bd", "peche.chasse", "cuisine", "bricol",
                                 "cinema"]]
        alliance = "yes" if r["cinema"] == "Oui" else "no"
        out.writerow([actor, "24", r["poids"], r["id"]]
                     + ["" if rated[d] is None else rated[d] for d in DOMAINS]
                     + [priorities, practice, categories, alliance, dynamic] + roles)


if __name__ == "__main__":
    main(sys.argv[1])
