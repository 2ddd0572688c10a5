"""Optional two-factor login for editors: a code from an authenticator app after the password.

An editor turns it on under Account → More actions → Two-factor login: the page shows a QR
code (and the key, to type in) for any TOTP app, and a confirmed code switches it on. From
then on every admin page asks for a fresh code once per login (django-otp keeps the
verified device in the session); wrong codes are throttled by django-otp and logged.
"""

import logging
from urllib.parse import urlencode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

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
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
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


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def qr_code_svg(device):
    """The device's otpauth:// address as an inline SVG QR code."""
    svg = segno.make(device.config_url, error="m").svg_inline(scale=5, border=2, svgclass=None)
    return mark_safe(svg)  # noqa: S308 (segno draws the bits; no text in it) # nosec B308 B703


@require_http_methods(["GET", "POST"])
def setup(request):
    """Turn two-factor login on (scan, then confirm a code) or off (with a code)."""
    device = confirmed_device(request.user)
    if device is None:
        device, _created = TOTPDevice.objects.get_or_create(
            user=request.user, confirmed=False, defaults={"name": "authenticator"}
        )
    form = CodeForm(device, request.POST or None)
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


def spaced(device):
    """The key in base32, as authenticator apps take it, in groups of four."""
    secret = device.config_url.split("secret=")[1].split("&")[0]
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@require_http_methods(["GET", "POST"])
def verify(request):
    """The second step of logging in: a code from the editor's app."""
    destination = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(destination, {request.get_host()}, True):
        destination = reverse("wagtailadmin_home")
    device = confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(destination or "wagtailadmin_home")
    form = CodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(destination or "wagtailadmin_home")
    return TemplateResponse(request, "security/two_factor_verify.html", {"form": form})


class TwoFactorMiddleware:
    """Admin pages wait for the code of an editor who turned two-factor login on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.code_needed(request):
            if request.method in ("GET", "HEAD"):
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse(VERIFY_URL_NAME)}?{query}")
            return render(request, "security/two_factor_verify.html", {"form": None}, status=403)
        return self.get_response(request)

    @staticmethod
    def code_needed(request):
        if not request.path.startswith(settings.DEPESCHE_ADMIN_PATHS):
            return False
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return False
        if request.path in {reverse(name) for name in OPEN_URL_NAMES}:
            return False
        return user_has_device(user)
