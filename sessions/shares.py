"""Share links: making one (its token is shown once, only its hash kept), finding one from the
token in a URL, and logging that it was opened."""

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from points.models import Complaint
from sessions.models import ShareLink, ShareOpen

TOKEN_BYTES = 32  # 256 bits from the OS's CSPRNG; the issue asks for at least 128
DEFAULT_DAYS = 14
MAX_DAYS = 90


def hash_token(token: str) -> str:
    """SHA-256 (hex) of a token. A plain hash is enough: the token is 256 random bits, so
    nothing can be guessed from its hash, and a keyed or slow hash would add nothing."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Created:
    link: ShareLink
    token: str | None  # None: this form was posted before, and its token was shown then


def create_link(
    *,
    user: User,
    form_token: uuid.UUID | None,
    label: str,
    complaint: Complaint | None,
    start: date,
    end: date,
    include_notes: bool,
    include_safety: bool,
    days: int,
) -> Created:
    """A new share link valid for `days` days and its token, the only time the token exists;
    a form posted again (same form_token) returns the link it made, without its token."""
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be 1 to {MAX_DAYS}")
    if form_token is not None:
        made = ShareLink.objects.filter(user=user, form_token=form_token).first()
        if made is not None:
            return Created(link=made, token=None)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    now = timezone.now()
    try:
        with transaction.atomic():
            link = ShareLink.objects.create(
                user=user,
                token_hash=hash_token(token),
                form_token=form_token,
                label=label,
                complaint=complaint,
                start=start,
                end=end,
                include_notes=include_notes,
                include_safety=include_safety,
                created_at=now,
                expires_at=now + timedelta(days=days),
            )
    except IntegrityError:  # the same form posted twice at once: the other post made it
        return Created(link=ShareLink.objects.get(user=user, form_token=form_token), token=None)
    return Created(link=link, token=token)


def find_link(token: str) -> ShareLink | None:
    """The link whose token this is, in one query by its hash. Every presented string (a real
    token, an unknown one, a malformed one) is hashed and looked up the same way, so the answer
    and its time depend on no row but the one matched: there is no loop comparing tokens."""
    return (
        ShareLink.objects.select_related("complaint", "user__profile")
        .filter(token_hash=hash_token(token))
        .first()
    )


def log_open(*, link: ShareLink, what: str) -> None:
    """Record one opening: a ShareOpen row and the link's counters in one UPDATE (F
    expressions, so simultaneous opens all count)."""
    now = timezone.now()
    with transaction.atomic():
        ShareOpen.objects.create(link=link, opened_at=now, what=what)
        ShareLink.objects.filter(pk=link.pk).update(
            last_opened_at=now, open_count=F("open_count") + 1
        )


def revoke(*, user: User, pk: int) -> ShareLink | None:
    """Withdraw one of the user's links now; again is harmless. None: not the user's link."""
    link = ShareLink.objects.filter(user=user, pk=pk).first()
    if link is None:
        return None
    if link.revoked_at is None:
        now = timezone.now()
        # Conditional: a second withdrawal racing this one keeps the first time.
        ShareLink.objects.filter(pk=link.pk, revoked_at__isnull=True).update(revoked_at=now)
        link.refresh_from_db(fields=["revoked_at"])
    return link
