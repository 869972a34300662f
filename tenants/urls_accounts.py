"""Owner login, logout and password reset on each business's own domain."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from tenants import views
from tenants.accounts import OwnerLoginForm, OwnerPasswordResetView

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(
        authentication_form=OwnerLoginForm, redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("welcome/", views.welcome, name="welcome"),
    path("verify-email/", views.verify_email, name="verify-email"),
    path("verify-email/resend/", views.verify_email_resend, name="verify-email-resend"),
    path("password_reset/", OwnerPasswordResetView.as_view(), name="password_reset"),
    path("password_reset/done/", auth_views.PasswordResetDoneView.as_view(),
         name="password_reset_done"),
    path("reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        post_reset_login=True, post_reset_login_backend="django.contrib.auth.backends.ModelBackend",
        success_url=reverse_lazy("password_reset_complete")), name="password_reset_confirm"),
    path("reset/done/", auth_views.PasswordResetCompleteView.as_view(),
         name="password_reset_complete"),
    path("password_change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("password_change/done/", auth_views.PasswordChangeDoneView.as_view(),
         name="password_change_done"),
]
