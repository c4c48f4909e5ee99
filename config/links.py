"""`{% load links %}`: Django's `{% url %}` and `{% static %}`, remembering their answers.

Both map the same inputs to the same address for as long as a process runs (the URLconf and the
static files' manifest are fixed at start-up), yet Django works each one out again on every
use: a page has a dozen, about a tenth of the session step page's time (bench/profile_pages.py).
Loaded after `static`, this library's tags replace both with ones that remember the answer,
keyed by everything it depends on (view name, arguments, script prefix, URLconf, current app).
URLs with keyword arguments, or arguments other than numbers and strings, are not remembered.
"""

from functools import lru_cache

from django import template
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as url_tag
from django.templatetags.static import StaticNode
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()


@lru_cache(maxsize=4096)
def _reverse(view_name: str, args: tuple, prefix: str, urlconf, current_app) -> str:
    return reverse(view_name, urlconf=urlconf, args=args, current_app=current_app)


@lru_cache(maxsize=512)
def _static(path: str) -> str:
    return StaticNode.handle_simple(path)


class RememberedURLNode(URLNode):
    def render(self, context) -> str:
        args = tuple(arg.resolve(context) for arg in self.args)
        view_name = self.view_name.resolve(context)
        if self.kwargs or not all(type(arg) in (int, str) for arg in args):
            return super().render(context)
        request = getattr(context, "request", None)
        current_app = getattr(request, "current_app", None)
        if current_app is None:
            current_app = getattr(getattr(request, "resolver_match", None), "namespace", None)
        try:
            url = _reverse(view_name, args, get_script_prefix(), get_urlconf(), current_app)
        except NoReverseMatch:
            if self.asvar is None:
                raise
            url = ""  # as Django's: `{% url … as name %}` sets "" when nothing matches
        if self.asvar:
            context[self.asvar] = url
            return ""
        return conditional_escape(url) if context.autoescape else url


class RememberedStaticNode(StaticNode):
    def url(self, context) -> str:
        return _static(self.path.resolve(context))


@register.tag("url")
def remembered_url(parser, token):
    node = url_tag(parser, token)
    return RememberedURLNode(node.view_name, node.args, node.kwargs, node.asvar)


@register.tag("static")
def remembered_static(parser, token):
    return RememberedStaticNode.handle_token(parser, token)
