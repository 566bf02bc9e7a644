"""A package's public names loaded on first use (PEP 562): ``import`` stays cheap, and
each name is imported from the module that defines it when it is first asked for."""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would cost the start-up
if TYPE_CHECKING:  # pragma: no cover - annotations only
    from collections.abc import Callable
    from typing import Any


def lazy_names(
    package: str, exports: dict[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module ``__getattr__`` and ``__dir__`` of ``package``: ``exports`` maps each
    public name to the submodule that defines it; a name once loaded is kept in the
    package's ``namespace``, so later lookups skip ``__getattr__``."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        all_names: list[str] = namespace["__all__"]
        return all_names

    return __getattr__, __dir__
