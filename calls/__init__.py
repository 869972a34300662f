"""TENANT schema: each business's calls and the turns within them; the conversation manager."""
