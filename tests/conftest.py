import pytest

from points.models import Meridian, Point, PointAlias, Protocol, ProtocolStep


@pytest.fixture
def more_points(db):
    """Add many points (with aliases and protocol steps) to show page costs do not grow."""

    def add(count: int) -> None:
        meridian = Meridian.objects.get(code="HT")
        protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
        next_order = protocol.steps.count() + 1
        for number in range(1, count + 1):
            point = Point.objects.create(
                meridian=meridian,
                number=number,
                pinyin=f"Test{number}",
                region=Point.Region.HAND,
                location="On the test hand.",
                how_to_find="Look for it.",
                indications="testing, cramp",
            )
            PointAlias.objects.create(point=point, text=f"H {number}")
            ProtocolStep.objects.create(
                protocol=protocol,
                order=next_order + number,
                point=point,
                duration_seconds=60,
                fingers="thumb",
            )

    return add
