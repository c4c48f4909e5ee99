from datetime import datetime

from django import template

register = template.Library()


@register.filter
def epoch_ms(moment: datetime | None) -> str:
    """A datetime as milliseconds since the epoch, for the timer script; empty for None."""
    return "" if moment is None else str(int(moment.timestamp() * 1000))


@register.filter
def signed(number: int | None) -> str:
    """A pain change with its sign: -3, +2, ±0."""
    if number is None:
        return ""
    return "±0" if number == 0 else f"{number:+d}".replace("-", "−")
