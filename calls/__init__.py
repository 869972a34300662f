"""TENANT schema: each business's calls and their turns, the appointment book and callback
messages; the conversation manager."""
