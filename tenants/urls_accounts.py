"""Login, logout and password reset on each business's own domain, for every login of the
business whatever its role (team/access.py); confirming the sign-up address is the owners'."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from team.access import open_to_everyone as anyone
from tenants import views
from tenants.accounts import OwnerLoginForm, OwnerPasswordResetView

urlpatterns = [
    path("login/", anyone(auth_views.LoginView.as_view(
        authentication_form=OwnerLoginForm, redirect_authenticated_user=True)), name="login"),
    path("logout/", anyone(auth_views.LogoutView.as_view()), name="logout"),
    path("welcome/", anyone(views.welcome), name="welcome"),
    path("verify-email/", anyone(views.verify_email), name="verify-email"),
    path("verify-email/resend/", views.verify_email_resend, name="verify-email-resend"),
    path("password_reset/", anyone(OwnerPasswordResetView.as_view()), name="password_reset"),
    path("password_reset/done/", anyone(auth_views.PasswordResetDoneView.as_view()),
         name="password_reset_done"),
    path("reset/<uidb64>/<token>/", anyone(auth_views.PasswordResetConfirmView.as_view(
        post_reset_login=True, post_reset_login_backend="django.contrib.auth.backends.ModelBackend",
        success_url=reverse_lazy("password_reset_complete"))), name="password_reset_confirm"),
    path("reset/done/", anyone(auth_views.PasswordResetCompleteView.as_view()),
         name="password_reset_complete"),
    # a login's own password: every login, whatever its role (the view asks for a login)
    path("password_change/", anyone(auth_views.PasswordChangeView.as_view()),
         name="password_change"),
    path("password_change/done/", anyone(auth_views.PasswordChangeDoneView.as_view()),
         name="password_change_done"),
]
