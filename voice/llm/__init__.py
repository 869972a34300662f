"""LLM providers, one module per vendor."""
