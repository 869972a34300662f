"""TENANT schema: the receptionist's per-business configuration, and the LiveKit agent worker
that answers calls with it."""
