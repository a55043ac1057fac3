"""Qt enum properties set by their key names, the way .ui files and stylesheets set them.

`label.setAlignment(Qt.AlignmentFlag.AlignCenter)` makes PySide6 build the Python enums of
the whole `Qt` namespace (about a hundred enums, 20–25 ms) the first time `Qt` is touched.
The widgets of the first window set their few enum properties by name instead, so the first
page is up before that cost is paid (once, after start-up; see ui.app.application.settle_steps).
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum_property(target: QObject, name: str, keys: str) -> None:
    """Set the enum or flag property `name` of `target` to `keys` ("AlignCenter",
    "AlignLeft|AlignTop"); a wrong property or key name raises ValueError at once."""
    meta = target.metaObject()
    index = meta.indexOfProperty(name)
    if index < 0 or not meta.property(index).isEnumType() or not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no enum property {name!r} taking {keys!r}")
