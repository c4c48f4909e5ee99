"""Plans: start one, its page, stop it, its calendar file."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from config.http import AuthenticatedHttpRequest
from points.models import Protocol
from sessions import plans
from sessions.models import Plan
from sessions.plan_forms import PlanForm, PlanReminderForm
from sessions.reminders import event_minutes
from sessions.reminders import plan_calendar as plan_ics


def owned_plan(request: AuthenticatedHttpRequest, pk: int) -> Plan:
    """The user's plan, with its routine and complaint (the plan and outcome views')."""
    # Another user's plan answers 404, exactly like one that does not exist.
    return get_object_or_404(
        Plan.objects.select_related("protocol__complaint"), pk=pk, user=request.user
    )


def _same_plan(plan: Plan, data: dict) -> bool:
    """The plan a form's values would start: a repeated post of the same form."""
    return (
        plan.start_date == data["start_date"]
        and plan.end_date == plans.end_date_for(data["start_date"], data["weeks"])
        and (plan.sessions_per_day, plan.days_per_week, plan.streaks)
        == (data["sessions_per_day"], data["days_per_week"], data["streaks"])
    )


@login_required
def plan_new(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    protocol = get_object_or_404(
        Protocol.objects.published().select_related("complaint"), slug=slug
    )
    if protocol.as_needed:  # nothing to schedule: the routine's page says when to use it
        messages.info(request, f"{protocol.name} is used when you need it, not as a plan.")
        return redirect(protocol)
    form = PlanForm(request.POST if request.method == "POST" else None, protocol=protocol)
    existing = plans.active_plan(user=request.user, protocol=protocol)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if existing is not None and _same_plan(existing, data):
            return redirect(existing)  # the same post again (a double tap): the plan it started
        try:
            plan = plans.start_plan(user=request.user, protocol=protocol, **data)
        except plans.PlanExists as exists:
            existing = exists.plan
        else:
            messages.success(request, f"Your plan for the {protocol.name.lower()} has started.")
            return redirect(plan)
    context = {
        "protocol": protocol,
        "form": form,
        "existing": existing,
        "dose": protocol.dose(protocol.steps.all()),
    }
    return render(request, "sessions/plan_new.html", context)


def _render_plan(
    request: AuthenticatedHttpRequest, plan: Plan, reminder_form: PlanReminderForm
) -> HttpResponse:
    progress = plans.progress(plan, check_ins=True)
    context = {
        "plan": plan,
        "progress": progress,
        "adherence": progress.adherence_so_far(),
        "check_ins": list(plan.check_ins.all()),
        "reminder_form": reminder_form,
    }
    return render(request, "sessions/plan_detail.html", context)


@login_required
def plan_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    plan = owned_plan(request, pk)
    return _render_plan(request, plan, PlanReminderForm(plan=plan))


@login_required
def plan_stop(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Ask first, then stop the plan (stopping a stopped plan changes nothing)."""
    plan = owned_plan(request, pk)
    if request.method != "POST":
        if plans.is_over(plan):
            return redirect(plan)
        return render(request, "sessions/plan_stop.html", {"plan": plan})
    if plan.stopped_at is None and not plans.is_over(plan):
        plans.stop_plan(plan=plan)
        messages.success(request, "Plan stopped. Its sessions stay in your log.")
    return redirect(plan)


@login_required
def plan_calendar(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The plan's reminders as an .ics file (times and days from the plan page's form)."""
    plan = owned_plan(request, pk)
    form = PlanReminderForm(request.GET or PlanReminderForm.defaults(plan), plan=plan)
    if not form.is_valid():
        return _render_plan(request, plan, form)
    content = plan_ics(
        user_pk=request.user.pk,
        plan_pk=plan.pk,
        routine_name=plan.protocol_name,
        start_date=plan.start_date,
        end_date=plans.last_day(plan),
        days=form.weekdays(),
        times=form.times(),
        zone=timezone.get_current_timezone_name(),
        url=request.build_absolute_uri(reverse("sessions:new", args=[plan.protocol.slug])),
        plan_url=request.build_absolute_uri(plan.get_absolute_url()),
        minutes=event_minutes(plan.seconds_per_session),
    )
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    filename = f"{plan.protocol.slug}-plan.ics"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
