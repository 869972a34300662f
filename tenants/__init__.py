"""SHARED (public) schema: businesses, their domains and phone numbers, profession templates,
the call router and rejected-call log."""
