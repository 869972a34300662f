"""Speech-to-text providers, one module per vendor."""
