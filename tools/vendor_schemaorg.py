"""Write the trimmed schema.org vocabulary the JSON-LD tests read.

Keeps the classes a job posting uses (JobPosting and its parents, and the classes of its
location, salary and organization values) with every property whose domain includes one of
them, each node reduced to its id, type, label, parents, domains and ranges.

Usage: ``python tools/vendor_schemaorg.py path/to/schemaorg-current-https.jsonld``
(schema.org release 30.0, data/releases/30.0/ in the schemaorg/schemaorg repository).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "tests" / "fixtures" / "schemaorg" / "jobposting-vocabulary.jsonld"
ROOTS = (
    "schema:JobPosting",
    "schema:Place",
    "schema:PostalAddress",
    "schema:MonetaryAmount",
    "schema:QuantitativeValue",
    "schema:Organization",
    "schema:AdministrativeArea",
    "schema:Country",
)
KEEP = (
    "@id",
    "@type",
    "rdfs:label",
    "rdfs:subClassOf",
    "schema:domainIncludes",
    "schema:rangeIncludes",
)


def _ids(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value] if value else []
    return [v["@id"] for v in values]


def main(source: Path) -> int:
    """Write :data:`TARGET` from the full vocabulary at ``source``."""
    data = json.loads(source.read_text(encoding="utf-8"))
    by_id = {node["@id"]: node for node in data["@graph"]}
    classes: set[str] = set()
    todo = list(ROOTS)
    while todo:
        cls = todo.pop()
        if cls not in classes:
            classes.add(cls)
            todo.extend(_ids(by_id[cls].get("rdfs:subClassOf")))
    properties = [
        node for node in data["@graph"] if classes & set(_ids(node.get("schema:domainIncludes")))
    ]
    nodes = [by_id[c] for c in sorted(classes)] + sorted(properties, key=lambda n: n["@id"])
    trimmed = [{k: node[k] for k in KEEP if k in node} for node in nodes]
    out = {"@context": data["@context"], "@graph": trimmed}
    TARGET.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(classes)} classes, {len(properties)} properties")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
