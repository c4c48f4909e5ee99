"""Protocol versions as plain data: what a protocol contains, and what changed between two."""

STEP_FIELDS = [
    "point",
    "point_name",
    "side",
    "duration_seconds",
    "pressure",
    "motion",
    "fingers",
    "instructions",
]


def protocol_content(protocol, steps) -> dict:
    """The part of a protocol a user runs, as JSON-ready data (works on historical models)."""
    return {
        "name": protocol.name,
        "summary": protocol.summary,
        "complaint": protocol.complaint.name,
        "steps": [
            {
                "order": step.order,
                "point": step.point.code,
                "point_name": step.point.pinyin,
                "side": step.side,
                "duration_seconds": step.duration_seconds,
                "pressure": step.pressure,
                "motion": step.motion,
                "fingers": step.fingers,
                "instructions": step.instructions,
            }
            for step in steps
        ],
    }


def describe_changes(old: dict | None, new: dict) -> str:
    """A short human summary of what changed from one version's content to the next."""
    if old is None:
        return "First published version."
    changes = [
        f"{label} changed."
        for key, label in [("name", "Name"), ("summary", "Summary"), ("complaint", "Complaint")]
        if old[key] != new[key]
    ]
    old_steps, new_steps = old["steps"], new["steps"]
    if [s["point"] for s in old_steps] != [s["point"] for s in new_steps]:
        changes.append(
            "Steps: "
            + (", ".join(s["point"] for s in old_steps) or "none")
            + " → "
            + (", ".join(s["point"] for s in new_steps) or "none")
            + "."
        )
    for number, (before, after) in enumerate(zip(old_steps, new_steps, strict=False), start=1):
        if before["point"] != after["point"]:
            continue
        fields = [
            f"{name.replace('_', ' ')} {before[name]} → {after[name]}"
            if name in {"duration_seconds", "side", "pressure", "motion"}
            else name.replace("_", " ")
            for name in STEP_FIELDS
            if before[name] != after[name]
        ]
        if fields:
            changes.append(f"Step {number} ({after['point']}): " + "; ".join(fields) + ".")
    return " ".join(changes) or "No visible change."
