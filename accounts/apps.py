from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from accounts.zones import remember_at_login

        user_logged_in.connect(remember_at_login, dispatch_uid="accounts.remember_at_login")
