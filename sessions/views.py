import math
import uuid
from collections.abc import Callable
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST
from django_htmx.http import reswap, retarget

from config.http import AuthenticatedHttpRequest
from points import bodymaps
from points.models import Complaint, PointPlacement, Protocol
from sessions import doctor, helplines, plans, reports, services, voice
from sessions.exports import csv_rows, json_chunks
from sessions.forms import (
    FinishForm,
    HistoryFilterForm,
    ReminderForm,
    SafetyForm,
    StepAction,
    StepActionForm,
)
from sessions.models import (
    GET_READY_SECONDS,
    STALE_AFTER,
    GuidedSession,
    SessionStep,
    TimerState,
)
from sessions.reminders import event_minutes, reminder_calendar

# How long a red-flag answer that stopped a session is recalled on the next safety check.
RECALL_STOPS = timedelta(days=7)
# How recent a session in progress of the same routine the safety check offers to resume.
RECENT_START = timedelta(minutes=30)


@login_required
def session_new(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    protocol = get_object_or_404(Protocol.objects.select_related("complaint"), slug=slug)
    if not protocol.is_published and not request.user.is_staff:
        raise Http404("No such routine.")
    red_flags, contraindications = services.safety_questions(protocol=protocol)
    # Hands-free as the user last chose it (on any device).
    hands_free = GuidedSession.objects.for_user(request.user).values_list("hands_free", flat=True)
    form = SafetyForm(
        request.POST if request.method == "POST" else None,
        initial={"token": uuid.uuid4(), "hands_free": bool(hands_free.first())},
        red_flags=red_flags,
        contraindications=contraindications,
        complaint=protocol.complaint,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        session = services.session_start(
            user=request.user,
            protocol=protocol,
            token=data["token"],
            red_flag_yes=form.yes_to("flag", red_flags),
            contraindication_yes=form.yes_to("caution", contraindications),
            pain_before=data["pain_before"],
            pain_side=data.get("pain_side", ""),
            pain_areas=data.get("pain_areas", []),
            pain_feelings=data.get("pain_feelings", []),
            limbs=form.limbs(),
            hands_free=data["hands_free"],
        )
        return redirect(session)
    context = {
        "protocol": protocol,
        "form": form,
        # Before the questions: the user's log may already say to see a doctor instead.
        "doctor_reasons": doctor.doctor_advice(user=request.user, complaint=protocol.complaint),
        # A recent "get care" answer is recalled, so a "no" today is a considered one.
        "recent_stop": GuidedSession.objects.filter(
            user=request.user,
            complaint=protocol.complaint,
            status=GuidedSession.Status.SEEK_CARE,
            started_at__gte=timezone.now() - RECALL_STOPS,
        )
        .only("started_at", "red_flag_answers")
        .first(),
        # Back from a step page to here: offer that session rather than only a second one.
        "recent_start": GuidedSession.objects.for_user(request.user)
        .in_progress()
        .filter(protocol=protocol, started_at__gte=timezone.now() - RECENT_START)
        .only("pk", "started_at")
        .first(),
    }
    return render(request, "sessions/safety.html", context)


def _owned(request: AuthenticatedHttpRequest, pk: int) -> GuidedSession:
    # Another user's session answers 404, exactly like one that does not exist.
    sessions = GuidedSession.objects.select_related("complaint", "protocol")
    return get_object_or_404(sessions, pk=pk, user=request.user)


def _step_context(session: GuidedSession, step: SessionStep | None) -> dict:
    """What the step's timer and comfort form show, as of now (the stage and its parts)."""
    now = timezone.now()
    return {
        "session": session,
        "current": step,
        "timer": step.timer(now) if step else None,
        "now": now,
        "comfort_choices": SessionStep.Comfort.choices,
    }


# How many of the latest sessions a finished session's summary shows.
SUMMARY_TREND_LENGTH = 6


def _render_stage(
    request: AuthenticatedHttpRequest,
    session: GuidedSession,
    *,
    error: str = "",
    finish_form: FinishForm | None = None,
    steps: list[SessionStep] | None = None,
    late_entry: dict | None = None,
    late_added: bool = False,
) -> HttpResponse:
    """The session page, or for htmx its stage. `steps`: the session's steps, if loaded already;
    `late_entry`: a finish entry that came after the session was finished (_late_entry)."""
    if steps is None:
        steps = list(session.steps.all())
    current = next((s for s in steps if s.status == SessionStep.Status.PENDING), None)
    performed = [s for s in steps if s.status != SessionStep.Status.SKIPPED]
    context = _step_context(session, current) | {
        "steps": steps,
        # Passed with Next, pressed or not: the progress.
        "done_count": sum(s.has_ended for s in performed),
        "nothing_pressed": not any(s.status == SessionStep.Status.DONE for s in performed),
        "segment_total": len(performed),
        "step_total": max((s.number for s in performed if s.number is not None), default=0),
        "skipped": [s for s in steps if s.status == SessionStep.Status.SKIPPED],
        "error": error,
        "late_entry": late_entry,
        "late_added": late_added,
        # Shown once every step is done; not built for the step pages.
        "finish_form": finish_form
        or (FinishForm(complaint=session.complaint) if current is None else None),
    }
    if current and session.status == GuidedSession.Status.IN_PROGRESS:
        context |= _whats_next(steps, current, context["timer"])
        # The side Back reopens (services.step_back): the last one ended, right before this.
        before = [s for s in performed if s.position < current.position]
        context["previous"] = before[-1] if before and before[-1].has_ended else None
        # Drawn from the catalog's placements now: a diagram only helps find the point. Lazy:
        # once drawn, the template takes it from the catalog cache.
        context["step_diagram"] = SimpleLazyObject(
            lambda: bodymaps.step_view(
                current, PointPlacement.objects.filter(point__code=current.point_code)
            )
        )
    if session.status == GuidedSession.Status.SEEK_CARE:
        context |= {
            "helplines": helplines.for_request(request),
            "helpline_directory": helplines.DIRECTORY,
        }
    if session.status == GuidedSession.Status.COMPLETED and session.complaint is not None:
        context |= {
            "trend": reports.trend(
                user=session.user_id, complaint=session.complaint, length=SUMMARY_TREND_LENGTH
            ),
            "doctor_reasons": doctor.doctor_advice(
                user=session.user_id, complaint=session.complaint
            ),
            "worsened": doctor.worsened(session),
            "too_painful": [s for s in steps if s.comfort == SessionStep.Comfort.TOO_PAINFUL],
        }
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "sessions/partials/stage.html", context)
    return render(request, "sessions/session_detail.html", context)


def _whats_next(steps: list[SessionStep], current: SessionStep, timer: TimerState) -> dict:
    """The step after the current one, the time left in the routine, and the voice's texts."""
    pending = [s for s in steps if s.status == SessionStep.Status.PENDING]
    following = pending[1] if len(pending) > 1 else None
    first_side = not any(s.number == current.number for s in steps if s.position < current.position)
    later = sum(s.duration_seconds + GET_READY_SECONDS for s in pending[1:])
    now_left = timer.remaining + (timer.ready_left if timer.started else GET_READY_SECONDS)
    return {
        "following": following,
        "first_side": first_side,
        "minutes_left": math.ceil((later + now_left) / 60),
        "cues": voice.cues(current, following, first_side=first_side),
    }


def _owned_with_steps(
    request: AuthenticatedHttpRequest, pk: int
) -> tuple[GuidedSession, list[SessionStep]]:
    try:
        return GuidedSession.objects.with_steps(pk=pk, user=request.user)
    except GuidedSession.DoesNotExist:
        # Another user's session answers 404, exactly like one that does not exist.
        raise Http404("No such session.") from None


@login_required
def session_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    session, steps = _owned_with_steps(request, pk)
    now = timezone.now()
    if session.is_in_progress and session.started_at < now - STALE_AFTER:
        GuidedSession.objects.close_stale(user=request.user, now=now)  # left open: closed
        session, steps = _owned_with_steps(request, pk)
    # A finish entry refused after a post without JavaScript (session_finish): offered once.
    late_entry = request.session.pop(_late_entry_key(pk), None)
    return _render_stage(request, session, steps=steps, late_entry=late_entry)


TIMER_PART = "sessions/partials/step_timer.html"
# Each step action: its service, and the part of the page an htmx post answers with when the step
# stays the same (None: the whole stage, as Next moves on to the next step or the finish form).
STEP_ACTIONS: dict[StepAction, tuple[Callable[..., SessionStep], str | None]] = {
    StepAction.START: (services.step_start, TIMER_PART),
    StepAction.PAUSE: (services.step_pause, TIMER_PART),
    StepAction.RESUME: (services.step_resume, TIMER_PART),
    StepAction.NEXT: (services.step_next, None),
    StepAction.ADVANCE: (services.step_advance, None),
    StepAction.BACK: (services.step_back, None),
    StepAction.COMFORT: (services.step_comfort, "sessions/partials/step_comfort.html"),
}


@login_required
@require_POST
def session_step(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    form = StepActionForm(request.POST)
    error, part = "", None
    try:
        if not form.is_valid():
            raise services.SessionConflict(
                "That request was not understood, so nothing was changed."
            )
        service, part = STEP_ACTIONS[form.cleaned_data["action"]]
        step = service(session_id=pk, user=request.user, **form.arguments())
    except GuidedSession.DoesNotExist:
        raise Http404("No such session.") from None  # another user's, or none
    except services.SessionConflict as conflict:
        error = str(conflict)
    if request.htmx and part and not error:
        return render(request, part, _step_context(step.session, step))
    return _stage_answer(request, pk, error=error)


def _stage_answer(request: AuthenticatedHttpRequest, pk: int, *, error: str) -> HttpResponse:
    """The answer to a post on a session page that changes more than its own part (Next, the
    hands-free switch, a refused action): without htmx the session page (post/redirect/get, the
    error as a message); with htmx the whole stage as it is now (another window may have moved
    on or ended the session), in place of the part that posted."""
    if not request.htmx:
        if error:
            messages.error(request, error)
        return redirect("sessions:detail", pk)
    session, steps = _owned_with_steps(request, pk)
    response = _render_stage(request, session, steps=steps, error=error)
    return reswap(retarget(response, "#session-stage"), "outerHTML")


@login_required
@require_POST
def session_hands_free(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Turn hands-free on or off (the button posts what it turns it to)."""
    error = ""
    try:
        services.session_hands_free(
            session_id=pk, user=request.user, on=request.POST.get("hands_free") == "on"
        )
    except GuidedSession.DoesNotExist:
        raise Http404("No such session.") from None
    except services.SessionConflict as conflict:
        error = str(conflict)
    return _stage_answer(request, pk, error=error)


@login_required
@require_POST
def session_finish(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    session = _owned(request, pk)
    form = FinishForm(request.POST, complaint=session.complaint)
    if not form.is_valid():
        return _render_stage(request, session, finish_form=form)
    try:
        session = services.session_finish(
            session_id=session.pk, user=request.user, **form.cleaned_data
        )
    except services.AlreadyFinished as finished:
        # Another tab (or a changed retry) finished it first: say so, and offer to keep this
        # entry as a note rather than dropping it silently.
        entry = _late_entry(finished)
        if not request.htmx:
            messages.warning(request, entry["message"])
            request.session[_late_entry_key(pk)] = {
                "pain_after": finished.pain_after,
                "note": finished.note,
            }
            return redirect(session)
        return _render_stage(request, _owned(request, pk), late_entry=entry)
    except services.SessionConflict as conflict:
        return _render_stage(request, session, error=str(conflict))
    if request.htmx:
        return _render_stage(request, session)
    return redirect(session)


def _late_entry_key(pk: int) -> str:
    return f"late_entry:{pk}"


def _late_entry(finished: services.AlreadyFinished) -> dict:
    """What the stage says of a finish entry that was not saved, and the note form's values."""
    session = finished.session
    symptom = session.complaint.symptom if session.complaint else Complaint().symptom
    at = timezone.localtime(session.finished_at)
    when = f"{at:%H:%M}"
    if at.date() != timezone.localdate():
        when = f"{at.day} {at:%b} at {when}"
    entry = f"{finished.pain_after} out of 10"
    if finished.note and finished.note != session.note:
        entry += f", with the note “{finished.note}”"
    return {
        "message": f"This session was already finished with {symptom} {session.pain_after} "
        f"out of 10 at {when}; your entry ({entry}) was not saved.",
        "pain_after": finished.pain_after,
        "note": finished.note,
    }


@login_required
@require_POST
def session_note(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Add a finish entry that came too late (session_finish) to the session's note."""
    session = _owned(request, pk)
    form = FinishForm(request.POST, complaint=session.complaint)
    error = "That entry was not understood, so nothing was added."
    if form.is_valid():
        try:
            session = services.session_add_note(
                session_id=session.pk, user=request.user, **form.cleaned_data
            )
            error = ""
        except services.SessionConflict as conflict:
            error = str(conflict)
    if not request.htmx:
        if error:
            messages.error(request, error)
        else:
            messages.success(request, "Added to this session's note.")
        return redirect(session)
    return _render_stage(request, session, error=error, late_added=not error)


@login_required
def session_abandon(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Ask first (one tap must not end a session by mistake), then stop it."""
    session = _owned(request, pk)
    if request.method != "POST":
        if not session.is_in_progress:
            return redirect(session)
        return render(request, "sessions/session_abandon.html", {"session": session})
    try:
        services.session_abandon(session_id=session.pk, user=request.user)
    except services.SessionConflict as conflict:
        messages.error(request, str(conflict))
        return redirect(session)
    messages.success(request, "Session abandoned. It stays in your log as abandoned.")
    return redirect("points:home")


# --- History, trends, reports -------------------------------------------------------------------

HISTORY_PAGE_SIZE = 20


@login_required
def history(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = HistoryFilterForm(request.GET or None)
    sessions = GuidedSession.objects.for_user(request.user).order_by("-started_at")
    if form.is_valid():
        if form.cleaned_data["complaint"]:
            sessions = sessions.filter(complaint=form.cleaned_data["complaint"])
        if form.cleaned_data["protocol"]:
            sessions = sessions.filter(protocol=form.cleaned_data["protocol"])
    paginator = Paginator(
        sessions.defer("red_flag_answers", "contraindication_answers"), HISTORY_PAGE_SIZE
    )
    page = paginator.get_page(request.GET.get("page"))
    reports.with_step_facts(page.object_list)
    query = request.GET.copy()
    query.pop("page", None)
    logged = list(GuidedSession.objects.complaints_logged_by(request.user))
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "insights": reports.insights(user=request.user),
        "doctor_warnings": doctor.doctor_warnings(user=request.user, complaints=logged),
        "logged_complaints": logged,
    }
    return render(request, "sessions/history.html", context)


@login_required
def trend(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    complaint = get_object_or_404(Complaint, slug=slug)
    sessions = reports.trend(user=request.user, complaint=complaint)
    limits = doctor.Thresholds.for_protocol(sessions[-1].protocol if sessions else None)
    context = {
        "complaint": complaint,
        "sessions": sessions,
        "chart": reports.pain_chart(sessions, severe=limits.severe) if sessions else None,
        "limits": limits,
        "doctor_reasons": doctor.doctor_advice(user=request.user, complaint=complaint),
        "outcomes": reports.plan_outcomes(user=request.user, complaint=complaint).get(complaint),
    }
    return render(request, "sessions/trend.html", context)


def attachment(request: AuthenticatedHttpRequest, extension: str) -> str:
    """The Content-Disposition of a download of the user's log: acupressure-<user>-<day>.<ext>.
    filename*=utf-8''… (RFC 5987) for a name that is not ASCII, after an ASCII filename= for
    clients that read only that (RFC 6266 appendix D)."""
    day = f"{timezone.localdate():%Y-%m-%d}"
    name = f"acupressure-{request.user.get_username()}-{day}.{extension}"
    disposition = content_disposition_header(True, name) or "attachment"
    if not name.isascii():
        ascii_name = f'filename="acupressure-{day}.{extension}"'
        disposition = disposition.replace("attachment; ", f"attachment; {ascii_name}; ", 1)
    return disposition


def _download(request: AuthenticatedHttpRequest, chunks, *, content_type: str, extension: str):
    response = StreamingHttpResponse(chunks, content_type=content_type)
    response["Content-Disposition"] = attachment(request, extension)
    return response


@login_required
def export_csv(request: AuthenticatedHttpRequest) -> StreamingHttpResponse:
    rows = csv_rows(user=request.user)
    return _download(request, rows, content_type="text/csv; charset=utf-8", extension="csv")


@login_required
def export_json(request: AuthenticatedHttpRequest) -> StreamingHttpResponse:
    chunks = json_chunks(user=request.user)
    return _download(request, chunks, content_type="application/json", extension="json")


@login_required
def reminders(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = ReminderForm(request.GET or None, initial={"zone": timezone.get_current_timezone_name()})
    if form.is_valid():
        data = form.cleaned_data
        protocol = data["protocol"]
        content = reminder_calendar(
            user_pk=request.user.pk,
            protocol=protocol,
            days=data["days"],
            at=data["at"],
            zone=data["zone"],
            url=request.build_absolute_uri(protocol.get_absolute_url()),
            minutes=event_minutes(plans.seconds_per_session(protocol)),
        )
        response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{protocol.slug}-reminder.ics"'
        return response
    return render(request, "sessions/reminders.html", {"form": form})


@login_required
def session_delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    session = _owned(request, pk)
    if request.method == "POST":
        session.delete()
        messages.success(request, "The session was deleted from your log.")
        return redirect("sessions:history")
    return render(request, "sessions/session_delete.html", {"session": session})
