"""Complaint and routine summaries without "the source article", which means nothing to a patient.

Changes a summary only where it still holds the catalog's old wording, so staff edits stay; a
published routine whose summary changed gets a new version, as an edit in the admin would.
"""

from django.db import migrations

from points.versions import describe_changes, protocol_content

COMPLAINTS = {
    "leg-pain": (
        [
            "Aching, tired or sore legs: a simple two-point hand routine from the source article.",
            "Aching, tired or sore legs: a simple hand routine from the source article, plus "
            "leg points.",
        ],
        "Aching, tired or sore legs: a simple routine of two points on the hands.",
    ),
}
PROTOCOLS = {
    "hand-routine-leg-pain": (
        [
            "Two hand points, pressed in turn on each hand, as described in the source article: "
            "the web between thumb and index finger, then the tender hollow under the little "
            "finger."
        ],
        "Two hand points, pressed in turn on each hand: the web between thumb and index "
        "finger, then the tender hollow under the little finger.",
    ),
}


def reword(apps, schema_editor):
    Complaint = apps.get_model("points", "Complaint")
    Protocol = apps.get_model("points", "Protocol")
    ProtocolVersion = apps.get_model("points", "ProtocolVersion")
    for slug, (old, new) in COMPLAINTS.items():
        Complaint.objects.filter(slug=slug, summary__in=old).update(summary=new)
    for slug, (old, new) in PROTOCOLS.items():
        protocol = Protocol.objects.filter(slug=slug, summary__in=old).first()
        if protocol is None:
            continue
        protocol.summary = new
        protocol.save(update_fields=["summary"])
        latest = ProtocolVersion.objects.filter(protocol=protocol).order_by("-number").first()
        if protocol.status != "published" or latest is None:
            continue
        content = protocol_content(
            protocol, protocol.steps.select_related("point").order_by("order")
        )
        if content != latest.content:
            ProtocolVersion.objects.create(
                protocol=protocol,
                number=latest.number + 1,
                content=content,
                change_message=describe_changes(latest.content, content),
            )


class Migration(migrations.Migration):
    dependencies = [("points", "0011_reviewed_by_staff_only")]

    operations = [migrations.RunPython(reword, migrations.RunPython.noop)]
