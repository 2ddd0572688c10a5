from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "depesche.security"
    label = "security"
