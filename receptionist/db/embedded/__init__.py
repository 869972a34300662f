"""Database backend for the embedded PostgreSQL (pgserver) used when DATABASE_URL is unset."""
