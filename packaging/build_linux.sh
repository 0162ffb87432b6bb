#!/usr/bin/env bash
# Build the Linux one-folder bundle: packaging/dist/sciatica-coach/sciatica-coach.
#
# The build runs in a venv of its own (packaging/build/venv) holding only the app's runtime
# dependencies, read from pyproject.toml, plus PyInstaller: PySide6-Essentials, never the Addons,
# so the bundle is what a patient gets and the developer's venv (with test tools, maybe the voice
# extra) does not leak in. The venv is kept and reused while pyproject.toml's dependencies, the
# PyInstaller requirement and the Python version stay the same; --fresh makes it anew.
# The app itself is analysed from this checkout; its data goes in at sciatica_coach/_data/.
#
#   packaging/build_linux.sh [--check] [--fresh] [--dist DIR] [--work DIR] [--venv DIR]
#
#   --check      afterwards, run the bundle's --self-check offscreen with a throwaway HOME
#   --fresh      make the build venv anew
#   --dist DIR   where the bundle goes (default packaging/dist; the bundle is DIR/sciatica-coach)
#   --work DIR   PyInstaller's work folder (default packaging/build/pyinstaller)
#   --venv DIR   the build venv (default packaging/build/venv)
#   PYTHON=...   the interpreter to make the venv with (default python3.11, else python3);
#                it needs its shared library (libpython3.X.so), as PyInstaller bundles it
#
# Needs network access to PyPI the first time (and whenever the venv is made anew).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
SPEC="$HERE/pyinstaller/sciatica-coach.spec"
NAME=sciatica-coach
# PyInstaller 6.10 or newer knows PySide6 6.8+ and Python 3.11's layout; 7 may change the spec.
PYINSTALLER_REQ='pyinstaller>=6.10,<7'

check=0
fresh=0
dist="$HERE/dist"
work="$HERE/build/pyinstaller"
venv="$HERE/build/venv"

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

while (($#)); do
    case "$1" in
        --check) check=1 ;;
        --fresh) fresh=1 ;;
        --dist) dist=$2; shift ;;
        --work) work=$2; shift ;;
        --venv) venv=$2; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "build_linux.sh: unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

if [[ "$(uname -s)" != Linux ]]; then
    echo "build_linux.sh builds the Linux bundle; see packaging/windows or packaging/macos" >&2
    exit 2
fi

python=${PYTHON:-$(command -v python3.11 || command -v python3)}
mkdir -p "$dist" "$work" "$(dirname "$venv")"
dist=$(cd "$dist" && pwd)
work=$(cd "$work" && pwd)

# The runtime dependencies, one a line, straight from pyproject.toml.
deps=$("$python" - "$ROOT/pyproject.toml" <<'EOF'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["dependencies"]))
EOF
)
stamp="$("$python" -c 'import sys; print(sys.version)')
$PYINSTALLER_REQ
$deps"

# One build venv at a time: two builds (say, two test runs) must not make it at once.
exec 9>"$venv.lock"
flock 9
if ((fresh)) || [[ ! -x "$venv/bin/python" ]] || [[ "$(cat "$venv/.stamp" 2>/dev/null)" != "$stamp" ]]; then
    echo "== making the build venv $venv (runtime dependencies + PyInstaller)"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    mapfile -t dep_list <<<"$deps"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        "$PYINSTALLER_REQ" "${dep_list[@]}"
    printf '%s' "$stamp" >"$venv/.stamp"
fi
if "$venv/bin/python" -c 'import importlib.util as u, sys; sys.exit(u.find_spec("PySide6.QtTextToSpeech") is None)'; then
    echo "build_linux.sh: the build venv has PySide6-Addons; remake it with --fresh" >&2
    exit 1
fi

echo "== building with $("$venv/bin/pyinstaller" --version 2>/dev/null | head -1 | sed 's/^/PyInstaller /'), $("$venv/bin/python" -c 'import PySide6; print("PySide6", PySide6.__version__)')"
start=$(date +%s)
# From the checkout's root, so nothing of the developer's venv or site-packages is on the path.
(cd "$ROOT" && "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" "$SPEC")
seconds=$(($(date +%s) - start))
bundle="$dist/$NAME"
internal="$bundle/_internal"

# The bundle is whole: its data is where sciatica_coach/paths.py looks, and every library that a
# kept file links to is either in it or left to the system on purpose (libc, libGL...).
for dir in routines routines/exercises assets/sounds assets/icons/hicolor; do
    if [[ ! -d "$internal/sciatica_coach/_data/$dir" ]]; then
        echo "build_linux.sh: missing from the bundle: sciatica_coach/_data/$dir" >&2
        exit 1
    fi
done
missing=$(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$bundle/$NAME" \) \
    -exec env LD_LIBRARY_PATH="$internal" ldd {} + 2>/dev/null | grep 'not found' | sort -u || true)
if grep -qE 'lib(Qt6|pyside6|shiboken6|icu|python)' <<<"$missing"; then
    echo "build_linux.sh: the bundle lacks libraries it links to:" >&2
    echo "$missing" >&2
    exit 1
fi
if [[ -n "$missing" ]]; then
    echo "note: these libraries are expected from the system and are missing on this machine:"
    echo "$missing"
fi

mb=$(du -sm "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "bundle: $bundle"
echo "bundle size: ${mb} MiB, ${files} files, built in ${seconds} s"

if ((check)); then
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    echo "== self-check (offscreen, HOME=$home)"
    env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state" QT_QPA_PLATFORM=offscreen \
        timeout 300 "$bundle/$NAME" --self-check
    echo "self-check exited 0"
fi
