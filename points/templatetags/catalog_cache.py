"""{% catalog_cache name [vary_on ...] %}…{% endcatalog_cache %}: catalog HTML rendered once.

Like Django's `{% cache %}`, without a timeout: the key holds the catalog's version
(points/fragments.py), so the fragment is reused until staff change the catalog. Put only
catalog content inside, never anything about the visitor (their name, their log, a CSRF token);
`vary_on` names whatever else the fragment depends on (a slug, the query string).
"""

from django import template
from django.core.cache import caches
from django.core.cache.utils import make_template_fragment_key

from points import fragments

register = template.Library()


class CatalogCacheNode(template.Node):
    def __init__(self, nodelist, name: str, vary_on: list) -> None:
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context) -> str:
        vary_on = [_version(context), *(var.resolve(context) for var in self.vary_on)]
        key = make_template_fragment_key(f"catalog.{self.name}", vary_on)
        cache = caches["template_fragments"]
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, timeout=None)
        return html


def _version(context) -> str:
    """One read of the shared version per request, however many fragments its page has."""
    request = context.get("request")
    if request is None:
        return fragments.version()
    if not hasattr(request, "_catalog_version"):
        request._catalog_version = fragments.version()
    return request._catalog_version


@register.tag("catalog_cache")
def do_catalog_cache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]!r} needs a fragment name.")
    nodelist = parser.parse(("endcatalog_cache",))
    parser.delete_first_token()
    return CatalogCacheNode(nodelist, bits[1], [parser.compile_filter(bit) for bit in bits[2:]])
