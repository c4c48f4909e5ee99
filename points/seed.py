"""Load `points.catalog` into the database; called from data migrations.

Rows are matched by their natural key (code or slug). Missing rows are created; rows that
already exist are left as they are, so staff edits in the admin survive every later migrate.
Only fields the (historical) model has are set, and a row the historical model cannot hold
yet (a longer code, a region or side added later) waits for a later migration, so old
migrations keep working as the catalog module grows.
"""

from collections.abc import Mapping
from typing import Any

from django.db.models import CharField, Field, Model

from points import catalog, diagrams, placements
from points.catalog.rows import ProtocolRow
from points.catalog.safety import REVIEWED_ON, SHARED_RED_FLAGS
from points.codes import compact, point_code, point_slug
from points.versions import describe_changes, protocol_content


def _fields(model: type[Model], data: Mapping[str, Any]) -> dict[str, Any]:
    names = {field.name for field in model._meta.concrete_fields}
    return {key: value for key, value in data.items() if key in names}


def _fits(model: type[Model], data: Mapping[str, Any]) -> bool:
    """Whether the (historical) model can hold these values: lengths and choices it knows."""
    for name, value in _fields(model, data).items():
        field = model._meta.get_field(name)
        if not isinstance(field, CharField) or not isinstance(value, str):
            continue
        if field.max_length is not None and len(value) > field.max_length:
            return False
        if field.choices and value not in {choice for choice, _ in field.flatchoices}:
            return False
    return True


def _identified(point_row: Mapping[str, Any]) -> dict[str, Any]:
    """The catalog's point row with its (confidence, note) pair as the model's two fields."""
    confidence, note = point_row.get("identification", ("standard", ""))
    return {**point_row, "identification": confidence, "identification_note": note}


def load_catalog(apps, schema_editor=None) -> None:
    """Create every meridian, point, alias, safety entry, protocol and placement that is missing."""
    Meridian = apps.get_model("points", "Meridian")
    Point = apps.get_model("points", "Point")
    PointAlias = apps.get_model("points", "PointAlias")
    Contraindication = apps.get_model("points", "Contraindication")
    Complaint = apps.get_model("points", "Complaint")
    RedFlag = apps.get_model("points", "RedFlag")
    Protocol = apps.get_model("points", "Protocol")
    ProtocolStep = apps.get_model("points", "ProtocolStep")

    meridians = {}
    for meridian_row in catalog.MERIDIANS:
        if not _fits(Meridian, meridian_row):
            continue
        meridians[meridian_row["code"]], _ = Meridian.objects.get_or_create(
            code=meridian_row["code"], defaults=_fields(Meridian, meridian_row)
        )

    points = {}
    for point_row in catalog.POINTS:
        prefix, number = point_row["code"].split()
        if prefix not in meridians or not _fits(Point, point_row):
            continue
        code = point_code(prefix, int(number))
        defaults = _fields(Point, _identified(point_row)) | {
            "meridian": meridians[prefix],
            "number": int(number),
            "slug": point_slug(code),
        }
        point, created = Point.objects.get_or_create(code=code, defaults=defaults)
        points[code] = point
        if created:
            for text, alias_note in point_row.get("aliases", []):
                PointAlias.objects.get_or_create(
                    normalized=compact(text),
                    defaults={
                        "point": point,
                        "text": text,
                        "slug": point_slug(text),
                        "note": alias_note,
                    },
                )

    reviewed = _fields(Contraindication, {"reviewed_on": REVIEWED_ON})
    for order, entry_row in enumerate(catalog.CONTRAINDICATIONS, start=1):
        entry, created = Contraindication.objects.get_or_create(
            slug=entry_row["slug"],
            defaults=_fields(Contraindication, entry_row) | {"order": order} | reviewed,
        )
        if created:
            entry.points.set(points[code] for code in entry_row["points"] if code in points)

    complaints = {}
    for order, complaint_row in enumerate(catalog.COMPLAINTS, start=1):
        complaint, created = Complaint.objects.get_or_create(
            slug=complaint_row["slug"],
            defaults=_fields(Complaint, complaint_row) | {"order": order},
        )
        complaints[complaint_row["slug"]] = complaint
        if created:
            for flag_order, flag in enumerate(complaint_row["red_flags"], start=1):
                RedFlag.objects.create(
                    complaint=complaint, order=flag_order, **_fields(RedFlag, flag | reviewed)
                )
    if RedFlag._meta.get_field("complaint").null:  # shared questions (older states: 0010)
        for flag_order, flag in enumerate(SHARED_RED_FLAGS, start=1):
            RedFlag.objects.get_or_create(
                complaint=None,
                question=flag["question"],
                defaults={"order": flag_order, **_fields(RedFlag, flag | reviewed)},
            )

    studies = _load_studies(apps)
    for protocol_row in catalog.PROTOCOLS:
        steps = protocol_row["steps"]
        if not all(step["point"] in points and _fits(ProtocolStep, step) for step in steps):
            continue  # waits for the migration that brings its points or its sides
        if not _fits(Protocol, protocol_row):
            continue
        protocol, created = Protocol.objects.get_or_create(
            slug=protocol_row["slug"],
            defaults=_fields(Protocol, protocol_row)
            | {"complaint": complaints[protocol_row["complaint"]]},
        )
        if created:
            for order, step in enumerate(steps, start=1):
                ProtocolStep.objects.create(
                    protocol=protocol,
                    order=order,
                    **(_fields(ProtocolStep, step) | {"point": points[step["point"]]}),
                )
            if studies is not None:
                protocol.studies.set(studies[slug] for slug in protocol_row["studies"])

    load_placements(apps)


def _load_studies(apps) -> dict[str, Any] | None:
    """Create the missing studies; None in migration states before studies existed (0013)."""
    try:
        Study = apps.get_model("points", "Study")
    except LookupError:
        return None
    reviewed = _fields(Study, {"reviewed_on": REVIEWED_ON})
    studies = {}
    for study_row in catalog.STUDIES:
        studies[study_row["slug"]], _ = Study.objects.get_or_create(
            slug=study_row["slug"], defaults=_fields(Study, study_row) | reviewed
        )
    return studies


def _record_version(ProtocolVersion, protocol, latest) -> None:
    """A new version of `protocol` if its content differs from `latest` (None: its first)."""
    content = protocol_content(protocol, protocol.steps.select_related("point").order_by("order"))
    if latest is None or content != latest.content:
        ProtocolVersion.objects.create(
            protocol=protocol,
            number=latest.number + 1 if latest else 1,
            content=content,
            change_message=describe_changes(latest.content if latest else None, content),
        )


def record_first_versions(apps, schema_editor=None) -> None:
    """Give each published protocol without a version its first one, so sessions can run it."""
    Protocol = apps.get_model("points", "Protocol")
    ProtocolVersion = apps.get_model("points", "ProtocolVersion")
    for protocol in Protocol.objects.filter(status="published").select_related("complaint"):
        if not ProtocolVersion.objects.filter(protocol=protocol).exists():
            _record_version(ProtocolVersion, protocol, None)


def record_changed_versions(apps, slugs) -> None:
    """A new version for each published protocol whose content changed since its latest one."""
    Protocol = apps.get_model("points", "Protocol")
    ProtocolVersion = apps.get_model("points", "ProtocolVersion")
    published = Protocol.objects.filter(slug__in=slugs, status="published")
    for protocol in published.select_related("complaint"):
        latest = ProtocolVersion.objects.filter(protocol=protocol).order_by("-number").first()
        if latest is not None:
            _record_version(ProtocolVersion, protocol, latest)


def load_placements(apps, schema_editor=None) -> None:
    """Put each seed point on its diagrams, unless it already has a place on that diagram."""
    try:
        PointPlacement = apps.get_model("points", "PointPlacement")
    except LookupError:  # an older migration state, before placements existed
        return
    Point = apps.get_model("points", "Point")
    points = Point.objects.in_bulk(list(placements.PLACEMENTS), field_name="code")
    placed = set(PointPlacement.objects.values_list("point__code", "diagram"))
    new = []
    for code, entries in placements.PLACEMENTS.items():
        if code not in points:
            continue
        for key, dx, dy in entries:
            if (code, key) in placed:
                continue
            x, y = diagrams.get(key).to_units(dx, dy)
            new.append(PointPlacement(point=points[code], diagram=key, x=round(x), y=round(y)))
    PointPlacement.objects.bulk_create(new)


def _update_unedited(row: Model, data: Mapping[str, Any], old: dict[str, Any]) -> None:
    """Set the fields of `data` that still hold their `old` value (or their default)."""
    changed = []
    for name, value in _fields(type(row), data).items():
        field = type(row)._meta.get_field(name)
        if not isinstance(field, Field) or field.is_relation:
            continue  # named by code or slug in the catalog; never changed here
        was = old.get(name, field.get_default())
        if getattr(row, name) == was and was != value:
            setattr(row, name, value)
            changed.append(name)
    if changed:
        row.save(update_fields=changed)


def _update_routines(apps, previous: dict) -> list[tuple[Any, ProtocolRow]]:
    """Update the complaints, protocols and steps that still hold their `previous` values (as
    _update_unedited); returns each protocol found with its catalog row."""
    Complaint = apps.get_model("points", "Complaint")
    Protocol = apps.get_model("points", "Protocol")
    ProtocolStep = apps.get_model("points", "ProtocolStep")
    complaints = Complaint.objects.in_bulk(field_name="slug")
    for complaint_row in catalog.COMPLAINTS:
        slug = complaint_row["slug"]
        if slug in complaints:
            _update_unedited(complaints[slug], complaint_row, previous["complaints"].get(slug, {}))
    found = []
    for protocol_row in catalog.PROTOCOLS:
        slug = protocol_row["slug"]
        protocol = Protocol.objects.filter(slug=slug).first()
        if protocol is None:
            continue
        _update_unedited(protocol, protocol_row, previous["protocols"].get(slug, {}))
        for order, step_data in enumerate(protocol_row["steps"], start=1):
            step = ProtocolStep.objects.filter(protocol=protocol, order=order).first()
            if step and step.point.code == step_data["point"]:
                _update_unedited(step, step_data, previous["steps"].get(f"{slug} {order}", {}))
        found.append((protocol, protocol_row))
    return found


def apply_evidence_catalog(apps, previous: dict, new_points: list[str]) -> None:
    """Bring routines and complaints loaded earlier up to the evidence catalog (issue 15).

    Complaint, protocol and step fields change only where they still hold the catalog's
    `previous` value (or the field's default, for fields added since), as in apply_review;
    `previous` is {"complaints": {slug: {field: old}}, "protocols": {slug: {field: old}},
    "steps": {"slug order": {field: old}}}. A protocol with no studies gets the catalog's. The
    `new_points` join the safety entries the catalog lists them in; nothing is removed, and
    red flags, contraindication texts and placements are left as they are.
    """
    Contraindication = apps.get_model("points", "Contraindication")
    Point = apps.get_model("points", "Point")
    Study = apps.get_model("points", "Study")

    studies = Study.objects.in_bulk(field_name="slug")
    for protocol, protocol_row in _update_routines(apps, previous):
        if not protocol.studies.exists():
            protocol.studies.set(
                studies[slug] for slug in protocol_row["studies"] if slug in studies
            )

    points = Point.objects.in_bulk(new_points, field_name="code")
    for entry_row in catalog.CONTRAINDICATIONS:
        codes = [code for code in entry_row["points"] if code in points]
        entry = Contraindication.objects.filter(slug=entry_row["slug"]).first()
        if entry is not None and codes:
            entry.points.add(*(points[code] for code in codes))


def apply_review(apps, previous: dict) -> None:
    """Bring a database loaded before a catalog review up to the reviewed catalog.

    Safety content (contraindications, red flags) that nobody has signed off since it was
    loaded (`reviewed_on` empty) is replaced by the catalog's, which records the review date;
    entries staff reviewed themselves are kept. Other content (points, steps, complaints,
    placements) changes only where a field still holds the catalog's `previous` value, so staff
    edits survive. `previous` is the frozen old catalog a review migration carries:
    {"points": {code: {field: old}}, "protocols": {slug: {field: old}},
    "steps": {"slug order": {field: old}},
    "complaints": {slug: {field: old}}, "meridians": {code: {field: old}},
    "placements": {code: {diagram: [x, y]}}, "red_flags": {slug or "": [old questions]}}.
    """
    Meridian = apps.get_model("points", "Meridian")
    Point = apps.get_model("points", "Point")
    Contraindication = apps.get_model("points", "Contraindication")
    Complaint = apps.get_model("points", "Complaint")
    RedFlag = apps.get_model("points", "RedFlag")
    points = Point.objects.in_bulk(field_name="code")

    for order, entry_row in enumerate(catalog.CONTRAINDICATIONS, start=1):
        entry = Contraindication.objects.filter(slug=entry_row["slug"]).first()
        if entry is not None and entry.reviewed_on is not None:
            continue  # signed off by staff: theirs stands
        values = _fields(Contraindication, entry_row) | {"order": order, "reviewed_on": REVIEWED_ON}
        entry, _ = Contraindication.objects.update_or_create(
            slug=entry_row["slug"], defaults=values
        )
        entry.points.set(points[code] for code in entry_row["points"] if code in points)

    complaints = Complaint.objects.in_bulk(field_name="slug")
    flag_lists = [("", None, SHARED_RED_FLAGS)] + [
        (row["slug"], complaints.get(row["slug"]), row["red_flags"]) for row in catalog.COMPLAINTS
    ]
    for key, complaint, flags in flag_lists:
        if key and complaint is None:
            continue
        existing = RedFlag.objects.filter(complaint=complaint)
        known = set(previous["red_flags"].get(key, [])) | {flag["question"] for flag in flags}
        existing.filter(reviewed_on__isnull=True, question__in=known).delete()
        kept = set(existing.values_list("question", flat=True))
        for order, flag in enumerate(flags, start=1):
            if flag["question"] not in kept:
                RedFlag.objects.create(
                    complaint=complaint,
                    order=order,
                    reviewed_on=REVIEWED_ON,
                    **_fields(RedFlag, flag),
                )

    for meridian_row in catalog.MERIDIANS:
        code = meridian_row["code"]
        meridian = Meridian.objects.filter(code=code).first()
        if meridian:
            _update_unedited(meridian, meridian_row, previous["meridians"].get(code, {}))
    for point_row in catalog.POINTS:
        code = point_row["code"]
        if code in points:
            _update_unedited(points[code], _identified(point_row), previous["points"].get(code, {}))
    _update_routines(apps, previous)

    PointPlacement = apps.get_model("points", "PointPlacement")
    for code, entries in placements.PLACEMENTS.items():
        old_places = previous["placements"].get(code, {})
        for key, dx, dy in entries:
            if key not in old_places:
                continue
            x, y = (round(value) for value in diagrams.get(key).to_units(dx, dy))
            PointPlacement.objects.filter(
                point__code=code, diagram=key, x=old_places[key][0], y=old_places[key][1]
            ).update(x=x, y=y)
