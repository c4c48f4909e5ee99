"""Emergency and crisis numbers shown with an urgent or emergency answer, the user's country
first (guessed from the browser's language, e.g. en-GB or en-US), with a directory for the rest.

Numbers: UK 999, NHS 111 and Samaritans 116 123 (NHS: Where to get urgent help for mental
health); US 911 and 988 (988lifeline.org); 112 across the EU (European Commission: 112).
"""

from dataclasses import dataclass

from django.http import HttpRequest


@dataclass(frozen=True)
class Line:
    name: str
    number: str

    @property
    def tel(self) -> str:
        return "tel:" + self.number.replace(" ", "")


@dataclass(frozen=True)
class Country:
    name: str
    codes: tuple[str, ...]  # region subtags of the browser language that mean this country
    emergency: Line
    others: tuple[Line, ...]


EU = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE"]
EU += ["IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"]

COUNTRIES = (
    Country(
        "United Kingdom",
        ("GB", "UK"),
        Line("Emergency services", "999"),
        (
            Line(
                "NHS 111, for urgent help that is not an emergency (option 2: mental health)", "111"
            ),
            Line("Samaritans, any hour, free", "116 123"),
        ),
    ),
    Country(
        "United States",
        ("US",),
        Line("Emergency services", "911"),
        (Line("Suicide & Crisis Lifeline, call or text", "988"),),
    ),
    Country("European Union", tuple(EU), Line("Emergency services", "112"), ()),
)
DIRECTORY = ("Find a Helpline: free crisis lines in every country", "https://findahelpline.com/")


def for_request(request: HttpRequest) -> list[Country]:
    """Every country's numbers, the one the browser's language names first (UK by default)."""
    region = ""
    for language in request.headers.get("Accept-Language", "").split(","):
        tag = language.split(";")[0].strip().replace("_", "-").split("-")
        if len(tag) > 1:
            region = tag[1].upper()
            break
    return sorted(COUNTRIES, key=lambda country: region not in country.codes)
