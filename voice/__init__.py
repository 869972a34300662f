"""Voice providers: STT, LLM, TTS and VAD as LiveKit Agents plugins.

No models: lives in no schema.
"""
