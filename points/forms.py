from django import forms

from points.models import Meridian, Point


class PointFilterForm(forms.Form):
    q = forms.CharField(
        label="Search",
        required=False,
        max_length=100,
        widget=forms.SearchInput(attrs={"autocomplete": "off"}),
        help_text="A code (ST 36, liver 3), a name, a body part (knee, big toe) or a use "
        "(cramp, sleep).",
    )
    meridian = forms.ChoiceField(label="Meridian", required=False)
    region = forms.ChoiceField(
        label="Body region", required=False, choices=[("", "All regions"), *Point.Region.choices]
    )

    def __init__(self, *args, meridians: list[Meridian], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["meridian"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "All meridians")] + [
            (meridian.code, f"{meridian.name} ({meridian.code})") for meridian in meridians
        ]

    def filter(self, points):
        """Narrow a point queryset by the filters that are valid; invalid ones are reported."""
        self.is_valid()
        data = self.cleaned_data
        if data.get("meridian"):
            points = points.filter(meridian__code=data["meridian"])
        if data.get("region"):
            points = points.filter(region=data["region"])
        if data.get("q"):
            points = points.search(data["q"])
        return points
