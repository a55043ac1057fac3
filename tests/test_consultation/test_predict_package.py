"""PREDICT is one package with one public face and no import circle inside it."""

from __future__ import annotations

import grimp

PACKAGE = "endoaid.consultation.predict"


def _graph() -> grimp.ImportGraph:
    return grimp.build_graph("endoaid", cache_dir=None)


def test_no_module_of_the_package_imports_itself_back() -> None:
    """For every pair of modules inside the package, at most one imports the other."""
    graph = _graph()
    inside = sorted(m for m in graph.find_descendants(PACKAGE))
    circles = [
        (a, b)
        for a in inside
        for b in inside
        if a < b
        and graph.find_shortest_chain(importer=a, imported=b)
        and graph.find_shortest_chain(importer=b, imported=a)
    ]
    assert circles == []


def test_the_rest_of_endoaid_imports_only_the_public_face() -> None:
    """Outside the package, every import names `endoaid.consultation.predict` itself."""
    graph = _graph()
    inside = graph.find_descendants(PACKAGE)
    reaching_in = sorted(
        (importer, imported)
        for imported in inside
        for importer in graph.find_modules_that_directly_import(imported)
        if importer != PACKAGE and importer not in inside
    )
    assert reaching_in == []


def test_every_public_name_loads() -> None:
    """Each name the face lists can be imported from it (the lazy ones included)."""
    import endoaid.consultation.predict as face

    missing = [name for name in face.__all__ if getattr(face, name, None) is None]
    assert missing == []
    assert set(face.__all__) <= set(dir(face))
