"""Open the real app on a physio's routine and show a clinic screen, for the docs' screenshots.

    ../shared/tools/screenshot docs/screenshot-editor.png 8 -- \
        .venv/bin/python tools/screenshot_clinic.py --data-dir DIR --show editor

Runs `sciatica_coach.app.main` as `sciatica-coach --data-dir DIR --routine FILE` does, then works
the window as a person would (the card's Preview, its "Edit…", a step, "Add a drill…") and
leaves the screen shown for the screenshot tool: `--show editor`, `picker` or `chooser` (the
profile chooser, with a second profile made first). It quits by itself after `--seconds`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from sciatica_coach import app  # noqa: E402
from sciatica_coach.storage.profiles import create_profile, several  # noqa: E402
from sciatica_coach.ui.dialogs.preview import PreviewDialog  # noqa: E402

EXAMPLE = ROOT / "docs" / "examples" / "prescription.yaml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--routine", type=Path, default=EXAMPLE)
    parser.add_argument("--show", choices=("editor", "picker", "chooser"), default="editor")
    parser.add_argument("--step", type=int, default=2, help="the step shown, from 1")
    parser.add_argument("--search", default="knee", help="words typed in the picker")
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args(argv)
    data = args.data_dir
    data.mkdir(parents=True, exist_ok=True)
    settings = data / "settings.json"
    if not settings.exists():
        settings.write_text(json.dumps({"schema_version": 1, "first_run_seen": True}))
    if args.show == "chooser" and not several(data):
        create_profile(data, "Mrs Jones")
        create_profile(data, "Mr Okafor")
    qapp = QApplication(["sciatica-coach"])
    done: list[str] = []

    def window() -> QWidget | None:
        for w in qapp.topLevelWidgets():
            if type(w).__name__ == "MainWindow" and w.isVisible() and w.home.cards:  # type: ignore[attr-defined]
                return w
        return None

    def poll() -> None:
        w = window()
        if w is None or done:
            return
        done.append("shown")
        card = w.home.cards[0]  # type: ignore[attr-defined]
        card.preview_button.click()
        preview = w.findChild(PreviewDialog, "previewDialog")
        assert preview is not None
        preview.edit_button.click()
        page = w.findChild(QWidget, "editorPage")
        assert page is not None
        page.select_step(args.step - 1)  # type: ignore[attr-defined]
        if args.show == "picker":
            picker = page.add_drill()  # type: ignore[attr-defined]
            picker.search.setText(args.search)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    QTimer.singleShot(round(args.seconds * 1000), qapp.quit)
    window_args = ["--data-dir", str(data), "--routine", str(args.routine)]
    if args.show == "chooser":
        return app.main(["--data-dir", str(data)])
    return app.main(window_args)


if __name__ == "__main__":
    raise SystemExit(main())
