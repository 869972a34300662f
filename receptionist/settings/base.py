from __future__ import annotations

import ipaddress
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .env import (
    database_from_url,
    env_bool,
    env_fernet_keys,
    env_float,
    env_int,
    env_list,
    env_secret_keys,
    env_str,
    env_url,
    secret_key_from_file,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DATA_DIR = Path(env_str("DATA_DIR", str(BASE_DIR / ".data")))

# Zero-config development runs with DEBUG on; production sets DEBUG=false, SECRET_KEY and
# VOICE_SAMPLE_KEY (and refuses to start without them).
DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off; make one with: python -c 'import secrets; "
            "print(secrets.token_urlsafe(50))'")
    # never a constant: a random key made once for this installation, kept in the data directory
    SECRET_KEY = secret_key_from_file(DATA_DIR / "secret_key")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [".localhost", "localhost", "127.0.0.1", "testserver"])
# The public site's domain; each tenant gets <schema>.<TENANT_DOMAIN_SUFFIX>.
PUBLIC_DOMAIN = env_str("PUBLIC_DOMAIN", "localhost")
TENANT_DOMAIN_SUFFIX = env_str("TENANT_DOMAIN_SUFFIX", "localhost")

# --- Applications: which lives in which schema -------------------------------------------------
SHARED_APPS = [
    # before django_tenants so our create_tenant command (the onboarding service) wins over its own
    "tenants",  # SHARED: Tenant, Domain, PhoneNumber, ProfessionTemplate, RejectedCall
    "django_tenants",
    "daphne",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.admin",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",  # the API's OpenAPI schema (api/)
    "drf_spectacular_sidecar",  # Swagger UI as static files: the API docs need no CDN
    "channels",
    "axes",  # SHARED: login attempts of every business and the staff admin (tenants/login_throttle)
    "auditlog",  # django-auditlog: change tracking (its own LogEntry is swapped for audit's)
    "audit",  # BOTH: staff-wide changes here; each business's in its own schema
    "voice",  # no models
]
TENANT_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",  # each business's own users (owner logins) live in its schema
    "django.contrib.sessions",
    "django.contrib.messages",
    "auditlog",
    "audit",  # BOTH: this business's audit log (audit/__init__.py)
    "frontdesk",  # TENANT: ReceptionistConfig, VoiceCloneJob; the call configuration
    "agent_worker",  # no models: the LiveKit worker (commands, migration history)
    "calls",  # TENANT: Call, Turn
    "analytics",  # TENANT: rollups
    "api",  # TENANT: API keys; the REST API (and, on the public site, the staff API)
    "team",  # TENANT: each login's role (owner, front desk), invitations
    "webhooks",  # TENANT: the owner's webhook endpoints, deliveries and their attempts
]
INSTALLED_APPS = SHARED_APPS + [app for app in TENANT_APPS if app not in SHARED_APPS]

TENANT_MODEL = "tenants.Tenant"
TENANT_DOMAIN_MODEL = "tenants.Domain"
PUBLIC_SCHEMA_NAME = "public"
# New tenants are cloned from this migrated schema instead of running every migration.
TENANT_BASE_SCHEMA = "tenant_template"
TENANT_CREATION_FAKES_MIGRATIONS = True
SHOW_PUBLIC_IF_NO_TENANT_FOUND = False

MIDDLEWARE = [
    "receptionist.request_limits.RequestSizeLimitMiddleware",  # before anything reads the body
    "django_tenants.middleware.main.TenantMainMiddleware",
    "receptionist.rate_limits.RequestRateLimitMiddleware",  # per business and client, cheap 429
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "audit.context.AuditContextMiddleware",  # who and from where, for every audit entry
    "django.contrib.messages.middleware.MessageMiddleware",
    "team.access.TeamAccessMiddleware",  # who may open which portal page (owner, front desk)
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "receptionist.urls_tenant"
PUBLIC_SCHEMA_URLCONF = "receptionist.urls_public"
WSGI_APPLICATION = "receptionist.wsgi.application"
ASGI_APPLICATION = "receptionist.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tenants.context_processors.account_notices",
            ]
        },
    }
]

# --- HTTPS, cookies, proxies and the Content Security Policy ---------------------------------
# Development serves plain http://localhost, so each of these is off while DEBUG is on; with DEBUG
# off each defaults to the safe value and can be set from the environment (README, "Running in
# production"; `manage.py check --deploy` passes with the settings listed there).
_PRODUCTION = not DEBUG
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", _PRODUCTION)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", _PRODUCTION)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", _PRODUCTION)
# Seconds browsers remember to use HTTPS only; includeSubDomains covers every business's portal
# (<name>.TENANT_DOMAIN_SUFFIX). Preload is opt-in: leaving the browsers' preload list is slow.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000 if _PRODUCTION else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", _PRODUCTION)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Origins (scheme://host, "*." wildcards allowed) whose forms may POST here besides the page's own.
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Behind a TLS-terminating proxy Django sees plain HTTP, refuses every HTTPS form post (its Origin
# is https://) and redirects forever. Trusting X-Forwarded-Proto fixes that, but only a proxy that
# always sets (and never passes on) the header may be trusted, so it is opt-in.
BEHIND_TLS_PROXY = env_bool("BEHIND_TLS_PROXY", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_TLS_PROXY else None
# Only when the proxy rewrites Host and passes the original in X-Forwarded-Host.
USE_X_FORWARDED_HOST = env_bool("USE_X_FORWARDED_HOST", False)
# Every page's scripts and styles are static files of this site: no inline code, no other origin.
# Forms post to this site or, after sign-up, redirect to a business's own portal.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "connect-src": ["'self'"],  # the /ws/ sockets are the page's own origin
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'", f"*.{TENANT_DOMAIN_SUFFIX}:*"],
    },
}

# --- Database: DATABASE_URL, or the embedded PostgreSQL --------------------------------------
DATABASE_URL = env_url("DATABASE_URL", schemes=("postgres", "postgresql"))
EMBEDDED_POSTGRES_DIR = Path(env_str("EMBEDDED_POSTGRES_DIR", str(DATA_DIR / "pg")))
if DATABASE_URL:
    _db = database_from_url("DATABASE_URL", DATABASE_URL)
    ORIGINAL_BACKEND = "django.db.backends.postgresql"
else:
    _db = {"NAME": env_str("EMBEDDED_POSTGRES_DB", "receptionist"), "USER": "postgres",
           "PASSWORD": "", "HOST": "", "PORT": "", "OPTIONS": {}}
    ORIGINAL_BACKEND = "receptionist.db.embedded"
# Each process keeps a pool of at most DB_POOL_MAX_SIZE connections (psycopg's pool): a burst
# of requests waits up to DB_POOL_TIMEOUT seconds for one, instead of every server thread opening
# its own and PostgreSQL running out ("too many clients"). Size PostgreSQL's max_connections for
# (web + Celery + agent worker processes) x DB_POOL_MAX_SIZE. DB_POOL_MAX_SIZE=0 turns the pool
# off: each thread then keeps its own connection for DB_CONN_MAX_AGE seconds.
DB_POOL_MAX_SIZE = env_int("DB_POOL_MAX_SIZE", 10, minimum=0)
DB_POOL_MIN_SIZE = env_int("DB_POOL_MIN_SIZE", 1, minimum=0)
DB_POOL_TIMEOUT = env_float("DB_POOL_TIMEOUT", 30.0, minimum=0.1)
if DB_POOL_MAX_SIZE:
    if DB_POOL_MIN_SIZE > DB_POOL_MAX_SIZE:
        raise ImproperlyConfigured(f"DB_POOL_MIN_SIZE={DB_POOL_MIN_SIZE} must not exceed "
                                   f"DB_POOL_MAX_SIZE={DB_POOL_MAX_SIZE}")
    if env_int("DB_CONN_MAX_AGE", 0, minimum=0):
        raise ImproperlyConfigured("DB_CONN_MAX_AGE must be 0 or unset while the connection pool "
                                   "is on (the pool keeps the connections); set DB_POOL_MAX_SIZE=0 "
                                   "to turn the pool off")
    _db["OPTIONS"] = {**_db["OPTIONS"], "pool": {
        "min_size": DB_POOL_MIN_SIZE, "max_size": DB_POOL_MAX_SIZE, "timeout": DB_POOL_TIMEOUT}}
DATABASES = {
    "default": {
        "ENGINE": "django_tenants.postgresql_backend",
        # a pooled connection goes back to the pool at the end of each request (Django requires 0)
        "CONN_MAX_AGE": 0 if DB_POOL_MAX_SIZE else env_int("DB_CONN_MAX_AGE", 60, minimum=0),
        "CONN_HEALTH_CHECKS": True,
        **_db,
    }
}
DATABASE_ROUTERS = ["django_tenants.routers.TenantSyncRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The error page (DEBUG) and error mails mask DATABASE_URL, REDIS_URL and the like too.
DEFAULT_EXCEPTION_REPORTER_FILTER = "receptionist.error_reports.SafeSettingsReporterFilter"

# --- Redis: broker, channel layer, cache; or eager / in-memory --------------------------------
REDIS_URL = env_url("REDIS_URL", schemes=("redis", "rediss", "unix"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "receptionist"),
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            # redis-py 8 reads with a 5 s socket timeout, exactly channels_redis's 5 s blocking
            # receive: every idle socket's consumer crashed after 5 s. Reads get longer.
            "CONFIG": {"hosts": [{"address": REDIS_URL, "socket_timeout": 30}]},
        }
    }
    CELERY_BROKER_URL = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = False
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                          "OPTIONS": {"MAX_ENTRIES": 100_000}}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CELERY_BROKER_URL = "memory://"
    CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
# The queue jobs are sent to and workers consume; deployments sharing one Redis each need their own.
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "celery")
CELERY_TASK_ACKS_LATE = True
CELERY_TIMEZONE = "UTC"
# Periodic jobs: run by Celery beat with Redis, or in-process with the embedded defaults
# (receptionist/housekeeping.py). Seconds between runs.
HOUSEKEEPING_INTERVAL = env_int("HOUSEKEEPING_INTERVAL", 300, minimum=10)
# Without Redis, the web process and the agent worker run the schedule themselves (the tests
# turn this off: their own clocks and data are not the housekeeper's business).
HOUSEKEEPING_IN_PROCESS = env_bool("HOUSEKEEPING_IN_PROCESS", True)
CELERY_BEAT_SCHEDULE = {
    "close-abandoned-calls": {"task": "calls.close_abandoned_everywhere",
                              "schedule": float(HOUSEKEEPING_INTERVAL)},
    "prune-audit-log": {"task": "audit.prune_everywhere", "schedule": 24 * 3600.0},
    # webhook deliveries whose queued attempt was lost (webhooks/dispatch.py), and old ones
    "retry-overdue-webhooks": {"task": "webhooks.retry_due_everywhere",
                               "schedule": float(HOUSEKEEPING_INTERVAL)},
    "prune-webhook-deliveries": {"task": "webhooks.prune_everywhere", "schedule": 24 * 3600.0},
}
# How long a routing decision stays cached; writes invalidate it explicitly, this is a backstop.
ROUTING_CACHE_SECONDS = env_int("ROUTING_CACHE_SECONDS", 3600, minimum=0)

# --- Audit log (audit/): django-auditlog with our entry model, in each schema --------------------
# Entries older than this many days are deleted by the daily "prune-audit-log" job.
AUDIT_RETENTION_DAYS = env_int("AUDIT_RETENTION_DAYS", 400, minimum=1)
AUDITLOG_LOGENTRY_MODEL = "audit.AuditEntry"
# What is tracked, field by field (logins, lockouts, password resets and exports are recorded
# by audit/services.py). Secrets are never written: a masked field's values are "[hidden]".
AUDITLOG_INCLUDE_TRACKING_MODELS = (
    {"model": "frontdesk.receptionistconfig", "exclude_fields": ["updated_at"]},
    {"model": "frontdesk.voiceclonejob",  # the recording itself (ciphertext) is never copied
     "exclude_fields": ["sample_encrypted", "progress", "started_at", "updated_at"]},
    {"model": "tenants.tenant", "exclude_fields": ["updated_at"]},
    {"model": "tenants.domain"},
    {"model": "tenants.phonenumber", "exclude_fields": ["updated_at"]},
    {"model": "tenants.professiontemplate", "exclude_fields": ["updated_at"]},
    # team_member: the role is its own entry (and has no table in the public schema)
    {"model": "auth.user", "exclude_fields": ["last_login", "team_member"],
     "mask_fields": ["password"]},
    {"model": "api.apikey", "exclude_fields": ["secret_hash", "last_used_at"]},  # made, revoked
    {"model": "team.teammember", "exclude_fields": ["updated_at"]},  # roles given and changed
    {"model": "team.teaminvitation", "exclude_fields": ["token_hash"]},  # invited, accepted
    {"model": "webhooks.webhookendpoint",  # the signing secrets (ciphertext) are never copied
     "exclude_fields": ["secret_encrypted", "previous_secret_encrypted", "updated_at"]},
)
AUDITLOG_MASK_CALLABLE = "audit.models.secret_mask"
AUDITLOG_USE_FK_STRING_REPRESENTATION = True  # "Fleet Dental (t_dental)", not a row id
AUDITLOG_DISABLE_REMOTE_ADDR = True  # the address is ours (receptionist.limits.client_ip)

# --- Auth, i18n, static -----------------------------------------------------------------------
# django-axes refuses a locked-out login before the password is checked; ModelBackend logs in.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend",
                           "django.contrib.auth.backends.ModelBackend"]
# Login throttling (tenants/login_throttle.py says why this shape): wrong passwords per login and
# client address, then per client address over every login, before a lockout of that client
# that ends after the cool-off.
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
LOGIN_FAILURE_LIMIT_PER_IP = env_int("LOGIN_FAILURE_LIMIT_PER_IP", 30, minimum=1)
LOGIN_COOLOFF_MINUTES = env_int("LOGIN_COOLOFF_MINUTES", 15, minimum=1)
AXES_HANDLER = "tenants.login_throttle.LoginAttemptHandler"
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_COOLOFF_MINUTES)
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_USERNAME_CALLABLE = "tenants.login_throttle.login_username"
AXES_CLIENT_IP_CALLABLE = "tenants.login_throttle.login_client_ip"
# the login forms turn a lockout into a form error themselves (no AxesMiddleware error page)
SILENCED_SYSTEM_CHECKS = ["axes.W002"]
# Password-reset requests per hour from one client address, and for one email address.
PASSWORD_RESET_MAX_PER_IP = env_int("PASSWORD_RESET_MAX_PER_IP", 10, minimum=1)
PASSWORD_RESET_MAX_PER_EMAIL = env_int("PASSWORD_RESET_MAX_PER_EMAIL", 3, minimum=1)
# Requests per window of REQUEST_RATE_WINDOW_SECONDS to any page, from one client address (over
# every business) and to one business's site (the public site is one more), so nobody starves
# the others; over either the answer is 429 (receptionist/rate_limits.py). 0 turns a limit off.
REQUEST_RATE_LIMIT_PER_CLIENT = env_int("REQUEST_RATE_LIMIT_PER_CLIENT", 120, minimum=0)
REQUEST_RATE_LIMIT_PER_BUSINESS = env_int("REQUEST_RATE_LIMIT_PER_BUSINESS", 600, minimum=0)
REQUEST_RATE_WINDOW_SECONDS = env_int("REQUEST_RATE_WINDOW_SECONDS", 60, minimum=1)
# --- The REST API (api/): JWTs for people, API keys for servers, limits per business and key ---
REST_FRAMEWORK = {
    # each API view names its own (api/base.py); anything else is closed
    "DEFAULT_AUTHENTICATION_CLASSES": ["api.authentication.SiteJWTAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.ApiRateThrottle"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.api_exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
# Access tokens are short-lived; a refresh token gets new ones while its login may still sign in
# (api/tokens.py). A changed password ends both.
API_ACCESS_TOKEN_MINUTES = env_int("API_ACCESS_TOKEN_MINUTES", 5, minimum=1)
API_REFRESH_TOKEN_HOURS = env_int("API_REFRESH_TOKEN_HOURS", 24, minimum=1)
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=API_ACCESS_TOKEN_MINUTES),
    "REFRESH_TOKEN_LIFETIME": timedelta(hours=API_REFRESH_TOKEN_HOURS),
    "SIGNING_KEY": SECRET_KEY,
    "ALGORITHM": "HS256",
    "AUTH_HEADER_TYPES": ("Bearer",),
    "CHECK_REVOKE_TOKEN": True,
    "UPDATE_LAST_LOGIN": False,
}
# API requests per window of API_RATE_WINDOW_SECONDS per key (or person's login) and per business
# (api/throttling.py); over either: 429 with Retry-After. 0 turns a limit off.
API_RATE_LIMIT_PER_KEY = env_int("API_RATE_LIMIT_PER_KEY", 120, minimum=0)
API_RATE_LIMIT_PER_BUSINESS = env_int("API_RATE_LIMIT_PER_BUSINESS", 600, minimum=0)
API_RATE_WINDOW_SECONDS = env_int("API_RATE_WINDOW_SECONDS", 60, minimum=1)
SPECTACULAR_SETTINGS = {
    "TITLE": "AI Receptionist API",
    "DESCRIPTION": "A business's calls, appointments, messages, receptionist settings and "
                   "figures, on its own domain; the staff API on the public site.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {"CallStatusEnum": "calls.models.Call.Status",
                            "AppointmentStatusEnum": "calls.models.Appointment.Status"},
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "receptionist" / "static"]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/dashboard/"
LOGOUT_REDIRECT_URL = "/accounts/login/"
# Password-reset mail goes to the console unless EMAIL_BACKEND names another Django backend.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "receptionist@localhost")
# Where owners are told to write (choosing a plan after the trial, questions).
SUPPORT_EMAIL = env_str("SUPPORT_EMAIL", DEFAULT_FROM_EMAIL)

# --- Self-service sign-up (tenants/signup.py says why each of these exists) --------------------
# A new business's free trial; when it ends, calls get the polite refusal until a plan is chosen.
TRIAL_DAYS = env_int("TRIAL_DAYS", 14, minimum=1)
# How long the emailed link that confirms the owner's address (and assigns a number) stays valid.
SIGNUP_VERIFY_HOURS = env_int("SIGNUP_VERIFY_HOURS", 72, minimum=1)
# Businesses one email address / one client address may sign up per day, and form posts per hour.
SIGNUP_MAX_PER_EMAIL = env_int("SIGNUP_MAX_PER_EMAIL", 2, minimum=1)
SIGNUP_MAX_PER_IP = env_int("SIGNUP_MAX_PER_IP", 5, minimum=1)
SIGNUP_MAX_ATTEMPTS_PER_IP = env_int("SIGNUP_MAX_ATTEMPTS_PER_IP", 30, minimum=1)
# A person takes longer than this to fill in the sign-up form; a script does not.
SIGNUP_MIN_FILL_SECONDS = env_int("SIGNUP_MIN_FILL_SECONDS", 3, minimum=0)
# How long the emailed link that invites a colleague to a business's portal stays valid.
TEAM_INVITATION_DAYS = env_int("TEAM_INVITATION_DAYS", 7, minimum=1)
# --- Uploads: refused by size before they are read (receptionist/request_limits.py) -----------
# The largest file one request may carry (a voice sample: a minute of speech is ~2 MB of WAV).
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 10 * 1024 * 1024, minimum=1024)
# Form fields of one request, beside its files (Django's own limit; a body of other kinds that is
# larger is refused with a 400). A request over UPLOAD_MAX_BYTES + this is refused with a 413.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440, minimum=1024)
# An uploaded file larger than this is spooled to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = env_int("FILE_UPLOAD_MAX_MEMORY_SIZE", 2_621_440, minimum=0)
FILE_UPLOAD_HANDLERS = [
    "receptionist.request_limits.UploadSizeLimitHandler",  # drops a file past UPLOAD_MAX_BYTES
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(DATA_DIR / "media")))
MEDIA_URL = "media/"
# Phone numbers written without a country code are read as numbers of this region.
DEFAULT_PHONE_REGION = env_str("DEFAULT_PHONE_REGION", "US")
# The longest greeting a caller hears, in characters once its placeholders are filled in
# ({faq} can be long): longer is cut after the last whole sentence that fits
# (frontdesk/templating.py). 600 is about forty seconds of speech.
GREETING_MAX_CHARS = env_int("GREETING_MAX_CHARS", 600, minimum=50)

# --- Voice ------------------------------------------------------------------------------------
MODEL_CACHE_DIR = Path(env_str("MODEL_CACHE_DIR", str(DATA_DIR / "models")))
# Local models (always available once requirements-models.txt is installed).
WHISPER_MODEL = env_str("WHISPER_MODEL", "tiny.en")  # "tiny.en", "base" or a CTranslate2 dir
# The multilingual whisper that checks, early in a call, whether a caller the English model is
# unsure of speaks another language (voice/stt/whisper.py); empty turns the check off.
WHISPER_LANGUAGE_ID_MODEL = env_str("WHISPER_LANGUAGE_ID_MODEL", "base")
LOCAL_TTS = env_str("LOCAL_TTS", "piper")  # "piper" (fast) or "kokoro"
KOKORO_VOICE = env_str("KOKORO_VOICE", "jf_alpha")
LLM_N_CTX = env_int("LLM_N_CTX", 4096, minimum=512)
LLM_LOCAL_TEMPERATURE = env_float("LLM_LOCAL_TEMPERATURE", 0.1, minimum=0.0)
LLM_CLOUD_TEMPERATURE = env_float("LLM_CLOUD_TEMPERATURE", 0.7, minimum=0.0)
LLM_MAX_TOKENS = env_int("LLM_MAX_TOKENS", 160, minimum=16)
LOCAL_THREADS = env_int("LOCAL_THREADS", 0, minimum=0)  # 0: every core
# The local model reads its own short prompt and only the latest messages of the call (its
# last question, the turn's note, the caller's line): each token costs ~15 ms of one core.
LLM_LOCAL_HISTORY_MESSAGES = env_int("LLM_LOCAL_HISTORY_MESSAGES", 4, minimum=0)
# An open turn's first words not ready this many seconds after the caller's line reached the
# agent: a bridge ("One moment."); none by the limit: the helpful default instead (open_turns.py).
OPEN_TURN_BRIDGE_AFTER = env_float("OPEN_TURN_BRIDGE_AFTER", 1.0, minimum=0.0)
# A local model on this CPU never starts within ~1.5 s (it reads ~100 new tokens at ~65 a
# second on one busy core), so its open turns are bridged as soon as they are known to be open.
OPEN_TURN_LOCAL_BRIDGE_AFTER = env_float("OPEN_TURN_LOCAL_BRIDGE_AFTER", 0.0, minimum=0.0)
OPEN_TURN_LIMIT = env_float("OPEN_TURN_LIMIT", 6.0, minimum=0.5)
# Ollama replaces the embedded llama.cpp model as the local LLM when OLLAMA_HOST is set.
OLLAMA_HOST = env_url("OLLAMA_HOST", schemes=("http", "https"))
OLLAMA_MODEL = env_str("OLLAMA_MODEL", "llama3.1:8b")
OLLAMA_KEEP_ALIVE = env_str("OLLAMA_KEEP_ALIVE", "30m")
# Cloud providers: each is used only when its key is set.
OPENAI_API_KEY = env_str("OPENAI_API_KEY", "")
OPENAI_BASE_URL = env_url("OPENAI_BASE_URL", schemes=("http", "https"),
                          default="https://api.openai.com/v1")
OPENAI_MODEL = env_str("OPENAI_MODEL", "gpt-4o-mini")
WATSONX_API_KEY = env_str("WATSONX_API_KEY", "")
WATSONX_URL = env_url("WATSONX_URL", schemes=("http", "https"),
                      default="https://us-south.ml.cloud.ibm.com")
WATSONX_PROJECT_ID = env_str("WATSONX_PROJECT_ID", "")
WATSONX_MODEL_ID = env_str("WATSONX_MODEL_ID", "ibm/granite-3-8b-instruct")
WATSONX_IAM_URL = env_url("WATSONX_IAM_URL", schemes=("http", "https"))
WATSONX_PLATFORM_URL = env_url("WATSONX_PLATFORM_URL", schemes=("http", "https"))
DEEPGRAM_API_KEY = env_str("DEEPGRAM_API_KEY", "")
DEEPGRAM_BASE_URL = env_url("DEEPGRAM_BASE_URL", schemes=("http", "https", "ws", "wss"),
                            default="https://api.deepgram.com")
DEEPGRAM_MODEL = env_str("DEEPGRAM_MODEL", "nova-3")
CARTESIA_API_KEY = env_str("CARTESIA_API_KEY", "")
CARTESIA_BASE_URL = env_url("CARTESIA_BASE_URL", schemes=("http", "https"),
                            default="https://api.cartesia.ai")
CARTESIA_MODEL = env_str("CARTESIA_MODEL", "sonic-3")
CARTESIA_VOICE = env_str("CARTESIA_VOICE", "")  # stock voice when a business has no clone
# Fernet keys encrypting owners' voice samples at rest: comma-separated, newest first (older keys
# still decrypt, for rotation). Unset (development only; DEBUG=false refuses to start without it):
# one key derived from SECRET_KEY, so changing SECRET_KEY makes those samples unreadable.
if not DEBUG and not env_str("VOICE_SAMPLE_KEY", ""):
    raise ImproperlyConfigured(
        "VOICE_SAMPLE_KEY must be set when DEBUG is off; make one with: python -c 'from "
        "cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'")
VOICE_SAMPLE_KEYS = env_fernet_keys("VOICE_SAMPLE_KEY", derive_from=SECRET_KEY)

# --- Webhooks (webhooks/): owners' endpoints told about calls, bookings and messages ---------
# Signing secrets are kept encrypted under these Fernet keys (newest first, older ones still
# decrypt); unset, one is derived from SECRET_KEY.
WEBHOOK_SECRET_KEYS = env_fernet_keys("WEBHOOK_SECRET_KEY", derive_from=SECRET_KEY)
# Seconds one delivery attempt may take in all (connect, send, read) before it counts as failed.
WEBHOOK_TIMEOUT_SECONDS = env_float("WEBHOOK_TIMEOUT_SECONDS", 10.0, minimum=0.5)
# Hours a rotated-out signing secret still signs messages beside the new one.
WEBHOOK_SECRET_GRACE_HOURS = env_int("WEBHOOK_SECRET_GRACE_HOURS", 24, minimum=0)
# Days a finished delivery (and its attempts) stays listed before the daily job deletes it.
WEBHOOK_RETENTION_DAYS = env_int("WEBHOOK_RETENTION_DAYS", 30, minimum=1)
# Webhooks reach only public addresses (webhooks/transport.py): networks (CIDR) listed here are
# allowed as well, e.g. "10.0.0.0/8" for a receiver on the deployment's own network.
WEBHOOK_ALLOWED_NETWORKS = env_list("WEBHOOK_ALLOWED_NETWORKS")
for _network in WEBHOOK_ALLOWED_NETWORKS:
    try:
        ipaddress.ip_network(_network, strict=False)
    except ValueError:
        raise ImproperlyConfigured(f"WEBHOOK_ALLOWED_NETWORKS: {_network!r} is not a network "
                                   "such as 10.0.0.0/8 or 127.0.0.1") from None
# The receptionist's synthesised speech carries an inaudible keyed mark (voice/watermark.py) so
# it can be told from a recording (`manage.py detect_watermark`). Keys comma-separated, newest
# first: the first marks, all are tried when detecting (rotation). Unset: derived from SECRET_KEY.
WATERMARK = env_bool("WATERMARK", True)
WATERMARK_KEYS = env_secret_keys("WATERMARK_KEY", derive_from=SECRET_KEY)
# Each provider gets at most this many attempts (exponential backoff) before the next one.
PROVIDER_MAX_ATTEMPTS = env_int("PROVIDER_MAX_ATTEMPTS", 3, minimum=1)
PROVIDER_RETRY_BASE_SECONDS = env_float("PROVIDER_RETRY_BASE_SECONDS", 0.1, minimum=0.0)
LLM_ATTEMPT_TIMEOUT = env_float("LLM_ATTEMPT_TIMEOUT", 10.0, minimum=0.5)
# Test calls from the portal's "Try it" page run in the web processes: at most this many at once
# in all, and at most TRY_IT_MAX_CALLS_PER_BUSINESS for any one business, so one business cannot
# take every line (counted on the shared cache: frontdesk/try_it/lines.py).
TRY_IT_MAX_CALLS = env_int("TRY_IT_MAX_CALLS", 3, minimum=1)
TRY_IT_MAX_CALLS_PER_BUSINESS = env_int("TRY_IT_MAX_CALLS_PER_BUSINESS", 1, minimum=1)

# --- LiveKit (the agent worker and SIP provisioning) --------------------------------------------
LIVEKIT_URL = env_url("LIVEKIT_URL", schemes=("http", "https", "ws", "wss"))
LIVEKIT_API_KEY = env_str("LIVEKIT_API_KEY", "")
LIVEKIT_API_SECRET = env_str("LIVEKIT_API_SECRET", "")
LIVEKIT_AGENT_NAME = env_str("LIVEKIT_AGENT_NAME", "receptionist")
LIVEKIT_SIP_TRUNK_NAME = env_str("LIVEKIT_SIP_TRUNK_NAME", "receptionist-inbound")
LIVEKIT_SIP_TRUNK_ID = env_str("LIVEKIT_SIP_TRUNK_ID", "")  # use this trunk; never modify it
# The only addresses our inbound trunk takes calls from (IPs or CIDR ranges); without them anyone
# on the internet could ring a business with any caller ID. Default: Twilio Elastic SIP
# Trunking's signalling gateways, every edge (Twilio fails over between them), as published in
# "Regional signaling IP gateways" at https://www.twilio.com/docs/sip-trunking/ip-addresses.
# Another carrier: its signalling ranges. Empty is refused unless provision_sip --allow-any-source.
TWILIO_SIP_SIGNALLING_RANGES = [
    "54.172.60.0/30",  # North America, Virginia (us1)
    "54.244.51.0/30",  # North America, Oregon (us2)
    "54.171.127.192/30",  # Europe, Ireland (ie1)
    "35.156.191.128/30",  # Europe, Frankfurt (de1)
    "54.65.63.192/30",  # Asia Pacific, Tokyo (jp1)
    "54.169.127.128/30",  # Asia Pacific, Singapore (sg1)
    "54.252.254.64/30",  # Asia Pacific, Sydney (au1)
    "177.71.206.192/30",  # South America, Sao Paulo (br1)
]
LIVEKIT_SIP_ALLOWED_ADDRESSES = env_list("LIVEKIT_SIP_ALLOWED_ADDRESSES",
                                         TWILIO_SIP_SIGNALLING_RANGES)
# Digest authentication LiveKit asks of the carrier, for carriers that answer it. Twilio Elastic
# SIP Trunking does not authenticate the calls it sends (leave both empty: the address ranges
# above are the guard).
LIVEKIT_SIP_AUTH_USERNAME = env_str("LIVEKIT_SIP_AUTH_USERNAME", "")
LIVEKIT_SIP_AUTH_PASSWORD = env_str("LIVEKIT_SIP_AUTH_PASSWORD", "")
LIVEKIT_WORKER_PORT = env_int("LIVEKIT_WORKER_PORT", 8081, minimum=0)  # the worker's health port

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "pgserver": {"level": "WARNING"},  # it logs every start/stop at INFO, even at exit
        "aiohttp.access": {"level": "WARNING"},  # one line per worker health probe otherwise
    },
}
