#!/usr/bin/env bash
# Make assets/icons/sciatica-coach.icns from the app's icon, on a Mac (iconutil is Apple's).
# NOT tested here: only the Linux bundle is built and tested in CI.
#
#   packaging/macos/make_icns.sh [PYTHON]
#
# The iconset takes the PNGs that tools/make_icons.py rendered (assets/icons/hicolor, 16 to 512 px)
# and one 1024 px render for icon_512x512@2x, drawn from the SVG by the same code with PYTHON
# (default: python3; it needs PySide6, e.g. the build venv's python).
set -euo pipefail

if ! command -v iconutil >/dev/null; then
    echo "make_icns.sh: iconutil not found; it comes with macOS (Xcode command line tools)" >&2
    exit 2
fi
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PYTHON=${1:-python3}
ICONS="$ROOT/assets/icons"
PNG="$ICONS/hicolor/%sx%s/apps/org.sciaticacoach.SciaticaCoach.png"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
set_dir="$work/SciaticaCoach.iconset"
mkdir "$set_dir"

for s in 16 32 128 256 512; do
    # shellcheck disable=SC2059
    cp "$(printf "$PNG" "$s" "$s")" "$set_dir/icon_${s}x${s}.png"
done
for s in 16 32 128 256; do
    d=$((s * 2))
    # shellcheck disable=SC2059
    cp "$(printf "$PNG" "$d" "$d")" "$set_dir/icon_${s}x${s}@2x.png"
done
QT_QPA_PLATFORM=offscreen "$PYTHON" - "$ROOT" "$set_dir/icon_512x512@2x.png" <<'PY'
import sys
from pathlib import Path

root, out = Path(sys.argv[1]), sys.argv[2]
sys.path.insert(0, str(root / "tools"))
from PySide6.QtGui import QGuiApplication

import make_icons

app = QGuiApplication([])
if not make_icons.render(make_icons.SOURCE, 1024).save(out, "PNG"):
    raise SystemExit(f"could not write {out}")
PY

iconutil -c icns "$set_dir" -o "$ICONS/sciatica-coach.icns"
echo "wrote $ICONS/sciatica-coach.icns"
