"""TENANT schema: the business's webhook endpoints, the events each wants, and every delivery
with its attempts (signed per Standard Webhooks, sent by Celery after the row commits)."""
