"""The project's form renderer: every field renders through one template (partials/field.html)."""

from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    """Django's renderer over the project's TEMPLATES, so {{ form.x.as_field_group }} uses our
    field template (and a field with its own `template_name`, like the pain scale, uses that)."""

    field_template_name = "partials/field.html"
