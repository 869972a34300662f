"""TENANT schema: the business's API keys; the REST API on each business's own domain (its
schema) and the staff API on the public site (api/staff.py). The API is an adapter: every write
goes through the same services the portal and the calls use."""
