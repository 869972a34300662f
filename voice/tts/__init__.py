"""Text-to-speech providers, one module per vendor."""
