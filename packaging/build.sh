#!/usr/bin/env bash
# Builds the self-contained endoaid app into dist/endoaid/ from a clean checkout, in one command:
#     packaging/build.sh
# It makes (or reuses) a build venv at packaging/build/venv, installs PyInstaller and endoaid
# (non-editable, so the bundle holds exactly what a user install holds), checks the resources,
# runs packaging/endoaid.spec, adds the Linux desktop files under dist/endoaid/share/, runs the
# frozen binary once and prints the bundle's size.
#
# Environment:
#   ENDOAID_BUILD_PYTHON=/path/to/python  use this Python instead of the build venv (it gets
#                                         PyInstaller and a non-editable endoaid installed)
#   ENDOAID_ALLOW_INCOMPLETE=fonts,translations  development builds only: warn instead of
#                                         failing when those resources are missing
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"
START=$(date +%s)

say() { printf 'endoaid build: %s\n' "$*" >&2; }

# One build at a time: a second build in the same checkout would wipe this one's work folder.
mkdir -p "$HERE/build"
if command -v flock >/dev/null 2>&1; then
    exec 9>"$HERE/build/.lock"
    flock -n 9 || { say "another build is running; waiting for it"; flock 9; }
fi

PYTHON="${ENDOAID_BUILD_PYTHON:-}"
if [[ -z "$PYTHON" ]]; then
    VENV="$HERE/build/venv"
    if [[ ! -x "$VENV/bin/python" ]]; then
        say "creating the build venv in $VENV"
        python3 -m venv "$VENV"
    fi
    PYTHON="$VENV/bin/python"
fi

# 1. Fail early and loudly when the checkout is incomplete (the spec checks again).
"$PYTHON" "$HERE/check_resources.py" "$ROOT/resources"

# 2. PyInstaller and the project itself, non-editable: the first run also fetches the deps.
say "installing PyInstaller and endoaid into $PYTHON"
"$PYTHON" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10" "$ROOT"
"$PYTHON" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$ROOT"
VERSION="$(cd / && "$PYTHON" -c 'import endoaid; print(endoaid.__version__)')"
say "building endoaid $VERSION"

# 3. The frozen app.
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$HERE/build/pyinstaller" "$HERE/endoaid.spec"
BUNDLE="$ROOT/dist/endoaid"

# Linux: a Python built from source (pyenv) carries debug info, about 25 MB of it; strip that
# from the interpreter and its own extension modules only. Wheels' libraries stay untouched:
# stripping auditwheel-patched libraries such as numpy's OpenBLAS breaks them.
if [[ "$(uname -s)" == "Linux" ]] && command -v strip >/dev/null 2>&1; then
    strip --strip-debug "$BUNDLE"/_internal/libpython3*.so* \
        "$BUNDLE"/_internal/python3*/lib-dynload/*.so 2>/dev/null || true
fi

# 4. Linux: desktop integration beside the binary (copied to /usr/local/share on install).
if [[ "$(uname -s)" == "Linux" ]]; then
RELEASED="$(git -C "$ROOT" log -1 --format=%cs 2>/dev/null || date +%F)"
"$PYTHON" "$HERE/stamp_metainfo.py" \
    "$BUNDLE/share/metainfo/io.github.endoaid.Endoaid.metainfo.xml" "$VERSION" "$RELEASED" >/dev/null
install -D -m 644 "$HERE/endoaid.desktop" "$BUNDLE/share/applications/endoaid.desktop"
# The session file type (*.endoaid.json): after install, update-mime-database and
# update-desktop-database make a double-click open it in endoaid.
install -D -m 644 "$HERE/endoaid-session.xml" "$BUNDLE/share/mime/packages/endoaid-session.xml"
install -D -m 644 "$ROOT/resources/icons/endoaid.svg" \
    "$BUNDLE/share/icons/hicolor/scalable/apps/endoaid.svg"
for png in "$HERE"/icons/hicolor/*/apps/endoaid.png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    install -D -m 644 "$png" "$BUNDLE/share/icons/hicolor/$size/apps/endoaid.png"
done
fi

# 5. Prove the binary starts, then report.
if [[ "$(uname -s)" == "Linux" ]]; then
    QT_QPA_PLATFORM=offscreen "$BUNDLE/endoaid" --version
    QT_QPA_PLATFORM=offscreen "$BUNDLE/endoaid" content check >/dev/null
fi
say "built $BUNDLE in $(( $(date +%s) - START )) s; size $(du -sh "$BUNDLE" | cut -f1)"
