"""Weekly check-ins (PEG or a rating) and the end-of-plan review."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from config.http import AuthenticatedHttpRequest
from sessions import doctor, outcomes, plans
from sessions.models import CheckIn
from sessions.outcome_forms import CheckInForm, ReviewForm
from sessions.plan_views import owned_plan


@login_required
def check_in(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    plan = owned_plan(request, pk)
    complaint = plan.protocol.complaint
    kind = outcomes.kind_for(complaint)
    week = plans.current_week(plan)
    existing = next((c for c in plan.check_ins.all() if c.week == week), None)
    context = {
        "plan": plan,
        "complaint": complaint,
        "kind": kind,
        "week": week,
        "weeks": plans.weeks_in(plan),
        "existing": existing,
        "not_started": timezone.localdate() < plan.start_date,
        "peg_source": outcomes.PEG_SOURCE,
    }
    if context["not_started"]:
        return render(request, "sessions/check_in.html", context)
    if request.method == "POST":
        form = CheckInForm(request.POST, kind=kind, complaint=complaint)
        if form.is_valid():
            saved, created = outcomes.record_check_in(
                plan=plan, week=week, kind=kind, answers=form.cleaned_data
            )
            verb = "saved" if created else "updated"
            score = f"{saved.score:.1f}" if kind == CheckIn.Kind.PEG else f"{saved.score:g}"
            messages.success(request, f"Week {week} check-in {verb}: your score is {score}.")
            return redirect(plan)
    else:
        form = CheckInForm(
            initial=CheckInForm.initial_from(existing), kind=kind, complaint=complaint
        )
    return render(request, "sessions/check_in.html", context | {"form": form})


@login_required
def plan_review(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    plan = owned_plan(request, pk)
    complaint = plan.protocol.complaint
    context: dict = {"plan": plan, "complaint": complaint, "over": plans.is_over(plan)}
    if not context["over"]:
        return render(request, "sessions/plan_review.html", context)
    if request.method == "POST":
        form = ReviewForm(request.POST, complaint=complaint)
        if form.is_valid():
            outcomes.record_review(plan=plan, pgic=form.cleaned_data["pgic"])
            messages.success(request, "Thank you: your answer is saved with the plan.")
            return redirect("sessions:plan_review", pk=plan.pk)
    else:
        form = ReviewForm(initial={"pgic": plan.pgic}, complaint=complaint)
    kind = outcomes.kind_for(complaint)
    check_ins = list(plan.check_ins.all())
    change = outcomes.score_change(check_ins)
    before = outcomes.before_change(plan)
    reasons = doctor.doctor_advice(user=request.user, complaint=complaint)
    adherence = plans.adherence(plan)
    last_week = plans.current_week(plan)
    last_day = plans.last_day(plan)
    report = {"complaint": complaint.slug, "start": str(plan.start_date), "end": str(last_day)}
    context |= {
        "last_week": last_week,
        "last_week_missing": all(c.week != last_week for c in check_ins),
        "report_url": f"{reverse('sessions:report')}?{urlencode(report)}",
        "form": form,
        "kind": kind,
        "check_ins": check_ins,
        "change": change,
        "before": before,
        "adherence": adherence,
        "doctor_reasons": reasons,
        "suggestion": outcomes.suggestion(
            complaint=complaint,
            kind=kind,
            doctor_reasons=reasons,
            pgic=plan.pgic,
            change=change,
            before=before,
            session_share=adherence.session_share,
        ),
        "peg_source": outcomes.PEG_SOURCE,
        "pgic_source": outcomes.PGIC_SOURCE,
        "pgic_public_domain_url": outcomes.PGIC_PUBLIC_DOMAIN_URL,
        "immpact_source": outcomes.IMMPACT_SOURCE,
    }
    return render(request, "sessions/plan_review.html", context)
