"""Load `points.catalog` into the database; called from data migrations.

Rows are matched by their natural key (code or slug). Missing rows are created; rows that
already exist are left as they are, so staff edits in the admin survive every later migrate.
Only fields the (historical) model has are set, so old migrations keep working as the
catalog module grows.
"""

from points import catalog, diagrams, placements
from points.codes import compact, point_code, point_slug


def _fields(model, data: dict) -> dict:
    names = {field.name for field in model._meta.concrete_fields}
    return {key: value for key, value in data.items() if key in names}


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
    for data in catalog.MERIDIANS:
        meridians[data["code"]], _ = Meridian.objects.get_or_create(
            code=data["code"], defaults=_fields(Meridian, data)
        )

    points = {}
    for data in catalog.POINTS:
        prefix, number = data["code"].split()
        code = point_code(prefix, int(number))
        confidence, note = data.get("identification", ("standard", ""))
        defaults = _fields(Point, data) | {
            "meridian": meridians[prefix],
            "number": int(number),
            "slug": point_slug(code),
            "identification": confidence,
            "identification_note": note,
        }
        point, created = Point.objects.get_or_create(code=code, defaults=defaults)
        points[code] = point
        if created:
            for text, alias_note in data.get("aliases", []):
                PointAlias.objects.get_or_create(
                    normalized=compact(text),
                    defaults={
                        "point": point,
                        "text": text,
                        "slug": point_slug(text),
                        "note": alias_note,
                    },
                )

    for order, data in enumerate(catalog.CONTRAINDICATIONS, start=1):
        entry, created = Contraindication.objects.get_or_create(
            slug=data["slug"], defaults=_fields(Contraindication, data) | {"order": order}
        )
        if created:
            entry.points.set(points[code] for code in data["points"])

    complaints = {}
    for order, data in enumerate(catalog.COMPLAINTS, start=1):
        complaint, created = Complaint.objects.get_or_create(
            slug=data["slug"], defaults=_fields(Complaint, data) | {"order": order}
        )
        complaints[data["slug"]] = complaint
        if created:
            for flag_order, flag in enumerate(data["red_flags"], start=1):
                RedFlag.objects.create(
                    complaint=complaint, order=flag_order, **_fields(RedFlag, flag)
                )

    for data in catalog.PROTOCOLS:
        protocol, created = Protocol.objects.get_or_create(
            slug=data["slug"],
            defaults=_fields(Protocol, data) | {"complaint": complaints[data["complaint"]]},
        )
        if created:
            for order, step in enumerate(data["steps"], start=1):
                ProtocolStep.objects.create(
                    protocol=protocol,
                    order=order,
                    **(_fields(ProtocolStep, step) | {"point": points[step["point"]]}),
                )

    load_placements(apps)


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
