from datetime import datetime

from django import template

register = template.Library()


@register.filter
def epoch_ms(moment: datetime | None) -> str:
    """A datetime as milliseconds since the epoch, for the timer script; empty for None."""
    return "" if moment is None else str(int(moment.timestamp() * 1000))


@register.filter
def signed(number: float | None) -> str:
    """A pain change with its sign: −3, +2, ±0; averages keep one decimal: −1.8."""
    if number is None:
        return ""
    text = f"{number:+.1f}" if isinstance(number, float) else f"{number:+d}"
    return "±0" if text in {"+0", "-0", "+0.0", "-0.0"} else text.replace("-", "−")
