"""Update the translation catalogues from the source, then compile them (README "Languages").

    python tools/translations.py            # lupdate, then lrelease, for every language
    python tools/translations.py release    # lrelease only (after editing a .ts)

`pyside6-lupdate` reads the package's `_("...")`, `ngettext(one, many, n)` and `N_("...")` as
Qt's tr(), tr(one, many, n) and QT_TR_NOOP, adds new strings to each
`sciatica_coach/i18n/sciatica_coach_<lang>.ts` as unfinished and drops vanished ones; translate
them (Qt Linguist: `pyside6-linguist FILE.ts`, or any text editor), then `release` compiles the
`.qm` the window loads. Both files are committed; tests/unit/test_i18n.py and
tests/ui/test_spanish.py fail when either is out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "sciatica_coach" / "i18n"
ALIASES = "tr+=_,tr+=ngettext,QT_TR_NOOP+=N_"


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def update(ts: Path) -> None:
    language = ts.stem.rsplit("_", 1)[1]
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", "-tr-function-alias", ALIASES,
         "-locations", "none", "-no-obsolete", "-source-language", "en",
         "-target-language", language, str(ROOT / "sciatica_coach"), "-ts", str(ts)],
        check=True,
    )  # fmt: skip


def release(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    catalogues = sorted(CATALOGUES.glob("sciatica_coach_*.ts"))
    for ts in catalogues:
        if "release" not in argv:
            update(ts)
        release(ts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
