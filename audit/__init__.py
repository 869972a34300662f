"""BOTH schemas: the audit log. Each business's entries live in its own schema (what its owner
and anyone acting in its portal did, and what staff changed on its public rows); staff-wide
changes (businesses, plans, domains, pooled numbers, templates, staff logins) in the public one.

django-auditlog tracks the models listed in AUDITLOG_INCLUDE_TRACKING_MODELS (settings) through
its signals; `AuditEntry` is its log entry with who (the acting user, "staff: <username>",
"anonymous" or "system"), the kind of action and the client's user agent added. Logins, logouts,
lockouts and password-reset requests are recorded by `audit.services` from Django's and
django-axes' own signals (`audit.apps`). An entry is written into whichever schema the
connection is in when the change is made; `audit.services.audit_entry_mirror` adds a copy in
the business's schema when staff change one of its public rows.
"""
