import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from points.models import Protocol
from sessions import services
from sessions.forms import FinishForm, SafetyForm, StepActionForm
from sessions.models import GuidedSession, SessionStep

STEP_ACTIONS = {
    "start": services.step_start,
    "pause": services.step_pause,
    "resume": services.step_resume,
    "next": services.step_next,
}


@login_required
def session_new(request: HttpRequest, slug: str) -> HttpResponse:
    protocol = get_object_or_404(Protocol.objects.select_related("complaint"), slug=slug)
    if not protocol.is_published and not request.user.is_staff:
        raise Http404("No such routine.")
    red_flags, contraindications = services.safety_questions(protocol=protocol)
    form = SafetyForm(
        request.POST if request.method == "POST" else None,
        initial={"token": uuid.uuid4()},
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
        )
        return redirect(session)
    return render(request, "sessions/safety.html", {"protocol": protocol, "form": form})


def _owned(request: HttpRequest, pk: int) -> GuidedSession:
    # Another user's session answers 404, exactly like one that does not exist.
    sessions = GuidedSession.objects.select_related("complaint", "protocol")
    return get_object_or_404(sessions, pk=pk, user=request.user)


def _render_stage(
    request: HttpRequest,
    session: GuidedSession,
    *,
    error: str = "",
    finish_form: FinishForm | None = None,
) -> HttpResponse:
    steps = list(session.steps.all())
    current = next((s for s in steps if s.status == SessionStep.Status.PENDING), None)
    performed = [s for s in steps if s.status != SessionStep.Status.SKIPPED]
    context = {
        "session": session,
        "steps": steps,
        "current": current,
        "timer": current.timer(timezone.now()) if current else None,
        "now": timezone.now(),
        "done_count": sum(s.status == SessionStep.Status.DONE for s in performed),
        "segment_total": len(performed),
        "step_total": max((s.number for s in performed), default=0),
        "skipped": [s for s in steps if s.status == SessionStep.Status.SKIPPED],
        "error": error,
        "finish_form": finish_form or FinishForm(),
        "comfort_choices": SessionStep.Comfort.choices,
    }
    if session.status == GuidedSession.Status.COMPLETED and session.complaint_id:
        context |= services.summary(session=session)
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "sessions/partials/stage.html", context)
    return render(request, "sessions/session_detail.html", context)


@login_required
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_stage(request, _owned(request, pk))


@login_required
@require_POST
def session_step(request: HttpRequest, pk: int) -> HttpResponse:
    session = _owned(request, pk)
    form = StepActionForm(request.POST)
    error = ""
    if not form.is_valid():
        error = "That request was not understood, so nothing was changed."
    else:
        data = form.cleaned_data
        try:
            if data["action"] == "comfort":
                services.step_comfort(
                    session=session, position=data["position"], comfort=data["comfort"]
                )
            else:
                STEP_ACTIONS[data["action"]](session=session, position=data["position"])
        except services.SessionConflict as conflict:
            error = str(conflict)
    if request.htmx:
        return _render_stage(request, _owned(request, pk), error=error)
    if error:
        messages.error(request, error)
    return redirect(session)


@login_required
@require_POST
def session_finish(request: HttpRequest, pk: int) -> HttpResponse:
    session = _owned(request, pk)
    form = FinishForm(request.POST)
    if not form.is_valid():
        return _render_stage(request, session, finish_form=form)
    try:
        session = services.session_finish(
            session=session,
            pain_after=form.cleaned_data["pain_after"],
            note=form.cleaned_data["note"],
        )
    except services.SessionConflict as conflict:
        return _render_stage(request, session, error=str(conflict))
    if request.htmx:
        return _render_stage(request, session)
    return redirect(session)


@login_required
@require_POST
def session_abandon(request: HttpRequest, pk: int) -> HttpResponse:
    session = _owned(request, pk)
    try:
        services.session_abandon(session=session)
    except services.SessionConflict as conflict:
        messages.error(request, str(conflict))
        return redirect(session)
    messages.success(request, "Session abandoned. It stays in your log as abandoned.")
    return redirect("points:home")
