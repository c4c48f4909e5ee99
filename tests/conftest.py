from datetime import timedelta

import pytest
from django.utils import timezone

from points.models import Meridian, Point, PointAlias, PointPlacement, Protocol, ProtocolStep
from tests import helpers


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

    return User.objects.create_user("alex", password=helpers.PASSWORD)


@pytest.fixture
def other_user(db):
    from django.contrib.auth.models import User

    return User.objects.create_user("sam", password=helpers.PASSWORD)


@pytest.fixture
def editor(db):
    """A staff user in the "Protocol editors" group."""
    from django.contrib.auth.models import Group, User

    editor = User.objects.create_user("editor", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Protocol editors"))
    return editor


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


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

    def log(before: int, after: int, *, days_ago: float = 0, owner=None, protocol=None, **fields):
        when = timezone.now() - timedelta(days=days_ago)
        return helpers.stored_session(
            owner or user,
            protocol or hand_routine,
            started_at=when - timedelta(minutes=10),
            pain_before=before,
            pain_after=after,
            **fields,
        )

    return log


@pytest.fixture
def make_plan(user, hand_routine):
    """A plan of the hand routine (a pain complaint) by default: see helpers.make_plan."""

    def make(*, owner=None, protocol=None, **kwargs):
        return helpers.make_plan(owner or user, protocol or hand_routine, **kwargs)

    return make


@pytest.fixture
def client_in(client, user):
    """The test client, logged in as `user`."""
    client.force_login(user)
    return client


@pytest.fixture
def session(start_session):
    """A hand-routine session just started by `user`, every safety answer "no"."""
    return start_session()
