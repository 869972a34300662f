"""The owner's webhook pages, served on each business's own domain."""

from __future__ import annotations

from django.urls import path

from webhooks import views

urlpatterns = [
    path("webhooks/", views.endpoint_list, name="webhooks"),
    path("webhooks/<int:endpoint_id>/", views.endpoint_detail, name="webhook-endpoint"),
    path("webhooks/<int:endpoint_id>/rotate/", views.endpoint_rotate,
         name="webhook-endpoint-rotate"),
    path("webhooks/<int:endpoint_id>/delete/", views.endpoint_delete,
         name="webhook-endpoint-delete"),
    path("webhooks/deliveries/<int:delivery_id>/", views.delivery_detail,
         name="webhook-delivery"),
    path("webhooks/deliveries/<int:delivery_id>/redeliver/", views.delivery_redeliver,
         name="webhook-delivery-redeliver"),
]
