from django.apps import AppConfig


class PointsConfig(AppConfig):
    name = "points"
    verbose_name = "Catalog"

    def ready(self) -> None:
        from points import fragments

        fragments.connect(self)
