"""Optional two-factor login for editors: a code from an authenticator app after the password.

An editor turns it on under Account → More actions → Two-factor login: the page shows a QR
code (and the key, to type in) for any TOTP app, and a confirmed code switches it on. From
then on every admin page asks for a fresh code once per login (django-otp keeps the
verified device in the session); wrong codes are throttled by django-otp and logged.
"""

import base64
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser

logger = logging.getLogger(__name__)

SETUP_URL_NAME = "depesche_two_factor"
VERIFY_URL_NAME = "depesche_two_factor_verify"
# Reachable before the code is given: the code form, logging out, and what that form's page
# loads itself (the icons and the admin's translations for its scripts).
OPEN_URL_NAMES = (
    VERIFY_URL_NAME,
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
)


class CodeForm(forms.Form):
    code = forms.RegexField(
        label=gettext_lazy("Code from your authenticator app"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": gettext_lazy("Enter the six digits the app shows.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, device: TOTPDevice, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self) -> str:
        """The code, checked against the device unless too many wrong ones came just now."""
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                _("Too many wrong codes in a row. Wait a moment and try again.")
            )
        code = self.cleaned_data["code"].strip()
        if not self.device.verify_token(code):
            logger.warning("Wrong two-factor code for user %s", self.device.user_id)
            raise forms.ValidationError(_("This code is not right, or it was used already."))
        return code


class VerifyForm(CodeForm):
    """The second step of logging in: the code field has the focus."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs["autofocus"] = True


class SetupForm(CodeForm):
    """Turning two-factor login on or off takes the password too, so that a session left
    open is not enough to switch it."""

    password = forms.CharField(
        label=gettext_lazy("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    field_order = ["password", "code"]

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.device.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."))
        return password

    def clean_code(self) -> str:
        if "password" not in self.cleaned_data:
            return self.cleaned_data["code"]  # no code is spent on a wrong password
        return super().clean_code()


def confirmed_device(user: "AbstractBaseUser | AnonymousUser") -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def qr_code_svg(device: TOTPDevice) -> SafeString:
    """The device's otpauth:// address as an inline SVG QR code."""
    import segno  # only for setting up a device, not in every public worker

    svg = segno.make(device.config_url, error="m").svg_inline(scale=5, border=2, svgclass=None)
    return mark_safe(svg)  # noqa: S308 (segno draws the bits; no text in it) # nosec B308 B703


@require_http_methods(["GET", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    """Turn two-factor login on (scan, then confirm with the password and a code) or off
    (with the password and a code)."""
    device = confirmed_device(request.user) or new_device(request.user)
    form = SetupForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.confirmed:
            device.delete()
            logger.info("Two-factor login turned off for user %s", request.user.pk)
            messages.success(request, _("Two-factor login is off."))
        else:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            logger.info("Two-factor login turned on for user %s", request.user.pk)
            messages.success(request, _("Two-factor login is on."))
        return redirect(SETUP_URL_NAME)
    context = {"form": form, "device": device}
    if not device.confirmed:
        context["qr_code"] = qr_code_svg(device)
        context["key"] = spaced(device)
    return TemplateResponse(request, "security/two_factor_setup.html", context)


def new_device(user: "AbstractBaseUser") -> TOTPDevice:
    """The device being set up (the same one while the page is reloaded)."""
    waiting = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return waiting or TOTPDevice.objects.create(user=user, confirmed=False, name="authenticator")


def spaced(device: TOTPDevice) -> str:
    """The key in base32, as authenticator apps take it, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """The second step of logging in: a code from the editor's app."""
    destination = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(destination, {request.get_host()}, True):
        destination = reverse("wagtailadmin_home")
    device = confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(destination)
    form = VerifyForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(destination)
    return TemplateResponse(request, "security/two_factor_verify.html", {"form": form})


def is_site_login(path: str) -> bool:
    """Is this Wagtail's login for restricted pages (under each edition's prefix)?"""
    try:
        return resolve(path).url_name == "wagtailcore_login"
    except Resolver404:
        return False


class TwoFactorMiddleware:
    """Until an editor who turned two-factor login on gives a code, admin pages wait for it
    and the rest of the site treats the session as logged out (restricted pages, private
    documents)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if self.waiting_for_code(request.user):
            path = request.path_info
            if path.startswith(settings.DEPESCHE_ADMIN_PATHS):
                if path not in {reverse(name) for name in OPEN_URL_NAMES}:
                    return self.ask_for_code(request)
            elif is_site_login(path):  # a restricted page sent the editor to log in
                return self.ask_for_code(request, request.GET.get("next", "/"))
            else:
                request.user = AnonymousUser()
        return self.get_response(request)

    @staticmethod
    def waiting_for_code(user: "AbstractBaseUser | AnonymousUser") -> bool:
        return user.is_authenticated and not user.is_verified() and user_has_device(user)

    @staticmethod
    def ask_for_code(request: HttpRequest, then: str | None = None) -> HttpResponse:
        if request.method in ("GET", "HEAD"):
            query = urlencode({"next": then or request.get_full_path()})
            return redirect(f"{reverse(VERIFY_URL_NAME)}?{query}")
        return render(request, "security/two_factor_verify.html", {"form": None}, status=403)
