from django import template

register = template.Library()


@register.filter
def mmss(seconds: int | None) -> str:
    """Seconds as m:ss (125 -> "2:05")."""
    if seconds is None:
        return ""
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"
