"""The team page and the invitation link, served on each business's own domain."""

from __future__ import annotations

from django.urls import path

from team import views

urlpatterns = [
    path("team/", views.team, name="team"),
    path("team/members/<int:user_id>/role/", views.team_member_role_change,
         name="team-member-role"),
    path("team/members/<int:user_id>/remove/", views.team_member_remove_view,
         name="team-member-remove"),
    path("team/invitations/<int:invitation_id>/cancel/", views.team_invitation_cancel_view,
         name="team-invitation-cancel"),
    path("team/join/<str:token>/", views.team_join, name="team-join"),
]
