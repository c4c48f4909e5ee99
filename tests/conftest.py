import pytest

from points.models import Meridian, Point, PointAlias, PointPlacement, Protocol, ProtocolStep


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The real hasher is slow on purpose; tests only need passwords to round-trip.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def more_points(db):
    """Add many points (with aliases, placements and protocol steps): page costs must not grow."""

    def add(count: int) -> None:
        meridian = Meridian.objects.get(code="HT")
        protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
        next_order = protocol.steps.count() + 1
        for number in range(1, count + 1):
            point = Point.objects.create(
                meridian=meridian,
                number=100 + number,  # clear of the catalog's own HT points
                pinyin=f"Test{number}",
                region=Point.Region.HAND,
                location="On the test hand.",
                how_to_find="Look for it.",
                indications="testing, cramp",
            )
            PointAlias.objects.create(point=point, text=f"H {100 + number}")
            PointPlacement.objects.create(point=point, diagram="hand-back", x=150, y=200)
            ProtocolStep.objects.create(
                protocol=protocol,
                order=next_order + number,
                point=point,
                duration_seconds=60,
                fingers="thumb",
            )

    return add


@pytest.fixture
def user(db):
    from django.contrib.auth.models import User

    return User.objects.create_user("alex", password="a-long-test-password")


@pytest.fixture
def other_user(db):
    from django.contrib.auth.models import User

    return User.objects.create_user("sam", password="a-long-test-password")


@pytest.fixture
def hand_routine(db):
    return Protocol.objects.select_related("complaint").get(slug="hand-routine-leg-pain")


@pytest.fixture
def start_session(user, hand_routine):
    """Start a session through the service, answering 'no' unless told otherwise."""
    import uuid

    from points.models import Contraindication, RedFlag
    from sessions.services import session_start

    def start(
        *, protocol=None, owner=None, red_flags=(), contraindications=(), pain_before=6, **kwargs
    ):
        return session_start(
            user=owner or user,
            protocol=protocol or hand_routine,
            token=kwargs.pop("token", uuid.uuid4()),
            red_flag_yes=set(
                RedFlag.objects.filter(question__in=red_flags).values_list("pk", flat=True)
            ),
            contraindication_yes=set(
                Contraindication.objects.filter(slug__in=contraindications).values_list(
                    "pk", flat=True
                )
            ),
            pain_before=pain_before,
            **kwargs,
        )

    return start


@pytest.fixture
def logged(user, hand_routine):
    """Create completed sessions directly: logged(before, after, days_ago=…)."""
    from datetime import timedelta

    from django.utils import timezone

    from sessions.models import GuidedSession

    def log(before: int, after: int, *, days_ago: float = 0, owner=None, protocol=None):
        protocol = protocol or hand_routine
        when = timezone.now() - timedelta(days=days_ago)
        return GuidedSession.objects.create(
            user=owner or user,
            protocol=protocol,
            complaint=protocol.complaint,
            protocol_name=protocol.name,
            complaint_name=protocol.complaint.name,
            status=GuidedSession.Status.COMPLETED,
            started_at=when - timedelta(minutes=10),
            finished_at=when,
            pain_before=before,
            pain_after=after,
        )

    return log


@pytest.fixture
def client_in(client, user):
    """The test client, logged in as `user`."""
    client.force_login(user)
    return client


@pytest.fixture
def session(start_session):
    """A hand-routine session just started by `user`, every safety answer "no"."""
    return start_session()
