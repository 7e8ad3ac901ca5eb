"""Capturing a URL: fetching it and writing every exchange into a WARC file.

requests loads a character-detection library as it is imported (chardet, else charset_normalizer: 84 M
instructions, 6 % of what a check ran before its first request) for one use, `Response.apparent_encoding`:
guessing a response's text encoding when the server named none. Captures keep bytes and never ask for it.
So requests, first imported after this package (by the capture code), finds neither library, and is then
given in its place `_DetectionOnFirstUse`, which loads the library requests would have loaded when first
asked: the same answers, their cost only for a caller that asks. With requests or a detection library
loaded before this package, nothing changes.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

_DETECTION = ("chardet", "charset_normalizer")  # in requests' order of preference (`requests.compat`)


class _DetectionOnFirstUse:
    """Stands for the detection library in `requests.compat` and `requests.models`: the library requests
    would have found, loaded on the first `detect`."""

    __name__ = "chardet"

    def detect(self, data: bytes) -> dict[str, Any]:
        library = _detection_library()
        if library is None:  # neither is installed: requests' own answer then
            return {"encoding": "utf-8"}
        answer: dict[str, Any] = library.detect(data)
        return answer


def _detection_library() -> ModuleType | None:
    import importlib

    for name in _DETECTION:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return None


class _RequestsLoading:
    """Runs requests' own loader with the detection libraries hidden (an import of either raises
    ImportError, which requests takes as "none installed"), then puts `_DetectionOnFirstUse` where it keeps
    the library it found. A requests that cannot load without one loads again as it would have."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        module: ModuleType | None = self._loader.create_module(spec)
        return module

    def exec_module(self, module: ModuleType) -> None:
        import warnings

        module.__loader__ = self._loader  # the module's own loader, as any module's (resources, reload)
        if module.__spec__ is not None:
            module.__spec__.loader = self._loader
        hidden = [name for name in _DETECTION if name not in sys.modules]
        try:
            for name in hidden:
                sys.modules[name] = None  # type: ignore[assignment]
            try:
                with warnings.catch_warnings():
                    # What requests says when it finds neither library; here it is found at its first use.
                    warnings.filterwarnings(
                        "ignore", message="Unable to find acceptable character detection", module="requests"
                    )
                    self._loader.exec_module(module)
            finally:
                for name in hidden:
                    if name in sys.modules and sys.modules[name] is None:
                        del sys.modules[name]
        except ImportError:
            self._loader.exec_module(module)
            return
        stand_in = _DetectionOnFirstUse()
        for place in ("requests.compat", "requests.models"):
            loaded = sys.modules.get(place)
            if loaded is not None and getattr(loaded, "chardet", ...) is None:
                loaded.chardet = stand_in  # type: ignore[attr-defined]


class _RequestsFinder:
    """On `sys.meta_path` from this package's import until requests is first imported: finds requests as
    the finders after it do, loaded by `_RequestsLoading`."""

    @classmethod
    def find_spec(
        cls, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name != "requests":
            return None
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(cls)
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec: ModuleSpec | None = find(name, path, target) if find is not None else None
            if spec is not None:
                if hasattr(spec.loader, "exec_module"):
                    spec.loader = _RequestsLoading(spec.loader)  # type: ignore[assignment]
                return spec
        return None


if "requests" not in sys.modules and not any(name in sys.modules for name in _DETECTION):
    sys.meta_path.insert(0, _RequestsFinder)
