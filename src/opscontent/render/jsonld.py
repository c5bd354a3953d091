"""``jsonld``: the document as a schema.org ``JobPosting`` in JSON-LD.

Only properties that schema.org defines on ``JobPosting`` or its parents (``Intangible``,
``Thing``) are written; what has no schema.org home (KPIs, goals, workflow …) stays out rather
than being invented. ``JobPosting`` has no ``inLanguage`` (schema.org defines it on creative
works, events and actions), so the language of the texts is given the JSON-LD way, as
``@language`` in the posting's context: every text of the posting is a string in the language
shown.

With ``languages`` (``("zh", "en")``) the output is a JSON array of postings, one per language,
each complete on its own with its own context, in the order given: the shape a job board or an
HR system imports one posting per language from, and what a page in one language embeds.

The output can be pasted into an HTML ``<script type="application/ld+json">`` element: ``<``,
``>`` and ``&`` are written as ``\u003c``-style escapes (see :func:`script_safe`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from os import PathLike
from typing import Any

from opscontent.model import (
    Document,
    Meta,
    Place,
    RequirementCategory,
    RequirementsSection,
    SectionKind,
    WorkplaceType,
)
from opscontent.model.localized import text_in
from opscontent.render.languages import view_locales
from opscontent.render.view import ItemView, localized_view

__all__ = ["JOBPOSTING_PROPERTIES", "JsonLdRenderer", "script_safe"]

JOBPOSTING_PROPERTIES = frozenset(
    {
        "title",
        "name",
        "description",
        "responsibilities",
        "qualifications",
        "skills",
        "experienceRequirements",
        "educationRequirements",
        "occupationalCategory",
        "hiringOrganization",
        "datePosted",
        "validThrough",
        "jobLocation",
        "jobLocationType",
        "applicantLocationRequirements",
        "employmentType",
        "baseSalary",
        "totalJobOpenings",
    }
)
"""The schema.org properties this renderer may write (all defined on JobPosting or parents)."""

_REQUIREMENT_PROPERTY = {
    RequirementCategory.EDUCATION: "educationRequirements",
    RequirementCategory.EXPERIENCE: "experienceRequirements",
    RequirementCategory.SKILL: "skills",
    RequirementCategory.LANGUAGE: "skills",
    RequirementCategory.COMPETENCY: "qualifications",
    RequirementCategory.CERTIFICATE: "qualifications",
    RequirementCategory.OTHER: "qualifications",
}


class JsonLdRenderer:
    """A schema.org JobPosting for job boards and HR systems."""

    name = "jsonld"
    media_type = "application/ld+json"
    extension = ".jsonld"

    def render(
        self,
        doc: Document,
        *,
        locale: str,
        indent: int = 2,
        catalog_dirs: Sequence[str | PathLike[str]] = (),
        han_latin_space: bool = False,
        normalize_punctuation: bool = True,
        languages: Sequence[str] | None = None,
    ) -> str:
        """JSON-LD text; ``indent`` (default 2), and the text renderer's typesetting options.

        ``languages`` (two locales such as ``("zh", "en")``): an array of postings, one per
        language, each the posting of a rendering in that locale.

        Raises:
            RendererError: ``languages`` is not two locales of different languages.
            UnknownLocaleError: no catalog serves one of ``languages``.

        """
        options: dict[str, Any] = {
            "catalog_dirs": catalog_dirs,
            "han_latin_space": han_latin_space,
            "normalize_punctuation": normalize_punctuation,
        }
        postings = [
            job_posting(doc, view_locale, **options)
            for view_locale in view_locales(locale, languages, catalog_dirs)
        ]
        data = postings if languages is not None else postings[0]
        return script_safe(json.dumps(data, ensure_ascii=False, indent=indent)) + "\n"


_SCRIPT_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def script_safe(text: str) -> str:
    r"""JSON text that can sit inside ``<script type="application/ld+json">`` as is.

    ``<``, ``>`` and ``&`` only occur inside JSON strings, where ``\u003c``-style escapes mean
    the same characters: ``</script>`` or ``<!--`` in a document can no longer end the script
    element or start a comment.

    >>> script_safe('{"name": "</script><b>&"}')
    '{"name": "\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}'
    """
    return text.translate(_SCRIPT_UNSAFE)


def _line(item: ItemView, colon: str) -> str:
    return f"{item.head}{colon}{item.text}" if item.text else item.head


def job_posting(
    doc: Document,
    locale: str,
    *,
    catalog_dirs: Sequence[str | PathLike[str]] = (),
    han_latin_space: bool = False,
    normalize_punctuation: bool = True,
) -> dict[str, Any]:
    """The JobPosting in the language of ``locale``, as a JSON-compatible dict.

    Its texts are those a rendering in ``locale`` shows, and ``@language`` says which language
    that is.
    """
    _, view = localized_view(
        doc,
        locale,
        catalog_dirs=catalog_dirs,
        han_latin_space=han_latin_space,
        normalize_punctuation=normalize_punctuation,
    )
    meta = doc.meta
    tag = view.lang_tag
    primary = doc.primary_language

    def shown(text: str) -> str:
        """A text the author wrote that the posting gives as it is, in the posting's language."""
        return text_in(text, tag, primary) or text

    posting: dict[str, Any] = {
        "@context": ["https://schema.org", {"@language": tag}],
        "@type": "JobPosting",
        "title": view.facts_by_field.get("role") or view.title,
        "name": view.title,
    }
    description = [text for text in (view.lead,) if text]
    for section in view.sections:
        if section.kind == SectionKind.RESPONSIBILITIES:
            if section.summary:
                description.append(section.summary)
            lines = [_line(item, view.colon) for item in section.items]
            if lines:
                posting["responsibilities"] = lines
    if description:
        posting["description"] = "\n\n".join(description)
    requirements = doc.section(SectionKind.REQUIREMENTS)
    if isinstance(requirements, RequirementsSection):
        items = view.sections[doc.sections.index(requirements)].items
        for item, view_item in zip(requirements.items, items, strict=True):
            key = _REQUIREMENT_PROPERTY[item.category]
            posting.setdefault(key, []).append(view_item.text or view_item.head)
    if meta.occupational_category:
        posting["occupationalCategory"] = shown(meta.occupational_category)
    if meta.organization:
        posting["hiringOrganization"] = {"@type": "Organization", "name": shown(meta.organization)}
    if meta.date_posted:
        posting["datePosted"] = meta.date_posted.isoformat()
    if meta.valid_through:
        posting["validThrough"] = meta.valid_through.isoformat()
    posting.update(_job_facts(meta, shown))
    return posting


def _job_facts(meta: Meta, shown: Callable[[str], str]) -> dict[str, Any]:
    """Locations, employment type, salary and openings as JobPosting properties.

    A remote job (``TELECOMMUTE``) names its places as ``applicantLocationRequirements``, where
    applicants may live; an on-site or hybrid one as ``jobLocation``. ``months_per_year`` has no
    schema.org property and stays out.
    """
    facts: dict[str, Any] = {}
    if meta.workplace_type is WorkplaceType.REMOTE:
        facts["jobLocationType"] = "TELECOMMUTE"
        if meta.locations:
            facts["applicantLocationRequirements"] = [_area(p, shown) for p in meta.locations]
    elif meta.locations:
        facts["jobLocation"] = [_place(p, shown) for p in meta.locations]
    if meta.employment_type:
        facts["employmentType"] = [e.schema_org for e in meta.employment_type]
    if meta.salary is not None:
        salary = meta.salary
        value: dict[str, Any] = {"@type": "QuantitativeValue"}
        if salary.min is not None and salary.min == salary.max:
            value["value"] = salary.min
        else:
            value |= {
                k: v
                for k, v in (("minValue", salary.min), ("maxValue", salary.max))
                if v is not None
            }
        value["unitText"] = salary.period.name
        facts["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": salary.currency,
            "value": value,
        }
    if meta.headcount is not None:
        facts["totalJobOpenings"] = meta.headcount
    return facts


def _place(place: Place, shown: Callable[[str], str]) -> dict[str, Any]:
    parts = (
        ("addressLocality", place.locality),
        ("addressRegion", place.region),
        ("addressCountry", place.country),
    )
    address = {"@type": "PostalAddress"} | {key: shown(value) for key, value in parts if value}
    return {"@type": "Place", "address": address}


def _area(place: Place, shown: Callable[[str], str]) -> dict[str, Any]:
    """Where applicants to a remote job may live: a country, or the city or region named."""
    if place.locality is None and place.region is None:
        return {"@type": "Country", "name": shown(place.country or "")}
    return {"@type": "AdministrativeArea", "name": shown(place.locality or place.region or "")}
