"""Several people on one computer: each profile's sessions stay in its own folder, and never
appear in another's history, export or physio report; each is named on them. One person's
setup is untouched (no chooser, nothing named); the chooser and File > New profile make and pick
profiles; the clinic demo keeps nothing."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sciatica_coach import app as app_module
from sciatica_coach import cli
from sciatica_coach.storage import history
from sciatica_coach.storage.export import export_json, export_text
from sciatica_coach.storage.profiles import create_profile, find_profile, main_profile
from sciatica_coach.storage.snapshot import read_only
from sciatica_coach.ui import launch, theme
from sciatica_coach.ui.look import Look
from sciatica_coach.ui.main_window import MainWindow
from sciatica_coach.ui.profiles import NewProfile, ProfileActions, ProfileChooser
from sciatica_coach.ui.report import write_report
from tests.helpers.app import WallClock
from tests.helpers.doubles import FakeClock, RecordingPlayer

JONES = "Mrs Jones"


def options_for(root, profile: str | None, clock: FakeClock) -> app_module.Options:
    """What `run_window` opens for `--profile PROFILE` (or none), on a fake clock."""
    wall = WallClock(clock, datetime(2026, 11, 17, 9, 0, tzinfo=UTC))
    options = app_module.Options(
        data_dir=root,
        start=True,  # begin at once, no check-ins: the sessions are what matters here
        make_clock=lambda _speed: clock,
        now=wall,
        make_player=lambda: RecordingPlayer(clock),
    )
    chosen = app_module.choose_profile(options, argparse.Namespace(profile=profile))
    assert not isinstance(chosen, int)
    folder = chosen.data_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text('{"schema_version": 1, "first_run_seen": true}')
    return chosen


def run_one_session(qtbot, options, routine_id: str, out=None) -> tuple[str, str]:
    """Open the window on `options`, run `routine_id` to its end, and (into the folder `out`)
    export the log and write the physio report from the File menu; close. The session's id
    and the window's title."""
    app = QApplication.instance()
    theme.apply(app, theme.LIGHT, 1.0)
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "close_guard", None))
    window.resize(1280, 760)
    window.show()
    shell = app_module.wire(window, options, app_module.load(options), Look("light", 1.0, window))
    shell.begin()
    shell.sessions.start(routine_id, checkins=False)
    run = shell.sessions.run
    clock = options.make_clock(1.0)
    while shell.sessions.run is not None:
        clock.advance(0.5)
        shell.sessions.driver.tick()
    session_id = run.id
    title = window.windowTitle()
    if out is not None:
        for action, name in (("export", "log.json"), ("export", "log.csv"), ("report", "r.pdf")):
            shell.menus.save_path = lambda *_a, name=name: str(out / name)
            window.actions_by_name[action].trigger()
    shell.shutdown()
    window.close_guard = None
    window.close()
    return session_id, title


def pdf_words(pdf) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is missing (apt-get install poppler-utils)")
    out = subprocess.run([tool, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def test_each_profile_keeps_its_own_sessions_and_names_itself(qtbot, tmp_path, capsys):
    root = tmp_path / "data"
    jones = create_profile(root, JONES)
    clock = FakeClock()
    files = {"main": tmp_path / "main-files", JONES: tmp_path / "jones-files"}
    for folder in files.values():
        folder.mkdir()
    mine, main_title = run_one_session(
        qtbot, options_for(root, "main", clock), "quick-tour", files["main"]
    )
    hers, her_title = run_one_session(
        qtbot, options_for(root, JONES, clock), "quick-tour", files[JONES]
    )
    assert main_title == "Main profile"  # shown as "Main profile — Sciatica Coach"
    assert her_title == JONES
    assert (root / "history.db").is_file()
    assert (jones.folder / "history.db").is_file()
    for folder, out, own, other, name in (
        (root, files["main"], mine, hers, "Main profile"),
        (jones.folder, files[JONES], hers, mine, JONES),
    ):
        # What the window's File menu wrote: its export and its report, named.
        exported = json.loads((out / "log.json").read_text())
        assert [s["id"] for s in exported["sessions"]] == [own]
        assert exported["profile"] == name
        csv = (out / "log.csv").read_text(encoding="utf-8-sig")
        assert own in csv
        assert other not in csv
        assert csv.splitlines()[0].endswith(",profile")
        said = pdf_words(out / "r.pdf")
        assert f"Profile: {name}" in said
        assert "1 completed of 1 started" in said
        # And what is on disk in its folder: its own history only.
        with read_only(folder / "history.db") as log:
            assert [s["id"] for s in export_json(log)["sessions"]] == [own]
            found = history.load(history.connection_of(log), None, None)
            assert found.summary.sessions == 1
            pdf = tmp_path / f"{name}.pdf"
            write_report(log, None, pdf, now=datetime(2026, 11, 18, tzinfo=UTC), profile=name)
            assert f"Profile: {name}" in pdf_words(pdf)
    # The command line reads the profile it is told, and names it.
    assert cli.main(["export", "--data-dir", str(root), "--profile", JONES]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["profile"] == JONES
    assert [s["id"] for s in printed["sessions"]] == [hers]
    assert cli.main(["export", "--data-dir", str(root)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["profile"] == "Main profile"  # several profiles: the main one says so too
    assert [s["id"] for s in printed["sessions"]] == [mine]
    assert cli.main(["export", "--data-dir", str(root), "--profile", "nobody"]) == 1
    assert "is not a profile here" in capsys.readouterr().err


def test_one_person_is_as_before_no_chooser_and_nothing_named(qtbot, tmp_path, capsys):
    root = tmp_path / "data"
    options = app_module.Options(data_dir=root)
    chosen = app_module.choose_profile(options, argparse.Namespace(profile=None))
    assert chosen is options  # unchanged: no chooser, the data folder is the history
    clock = FakeClock()
    _mine, title = run_one_session(qtbot, options_for(root, None, clock), "quick-tour")
    assert title == "Sciatica Coach"
    assert not (root / "profiles").exists()
    with read_only(root / "history.db") as log:
        exported = export_json(log)
        assert "profile" not in exported
        assert "profile" not in export_text(log, "csv").splitlines()[0]
    assert cli.main(["export", "--data-dir", str(root)]) == 0
    assert "profile" not in json.loads(capsys.readouterr().out)


def test_several_profiles_ask_at_start_and_a_name_opens_that_one(monkeypatch, tmp_path):
    root = tmp_path / "data"
    jones = create_profile(root, JONES)
    options = app_module.Options(data_dir=root)
    from sciatica_coach.ui import profiles as ui_profiles

    monkeypatch.setattr(ui_profiles, "choose_at_start", lambda r: jones)
    chosen = app_module.choose_profile(options, argparse.Namespace(profile=None))
    assert (chosen.data_dir, chosen.root, chosen.profile) == (jones.folder, root, jones)
    monkeypatch.setattr(ui_profiles, "choose_at_start", lambda r: None)
    assert app_module.choose_profile(options, argparse.Namespace(profile=None)) == 0
    demo = app_module.choose_profile(options, argparse.Namespace(profile="demo"))
    assert demo.demo
    assert demo.data_dir == root
    assert app_module.choose_profile(options, argparse.Namespace(profile="nobody")) == 1
    # --demo (a clinic demo of the whole app) never asks
    assert (
        app_module.choose_profile(
            app_module.Options(data_dir=root, demo=True), argparse.Namespace(profile=None)
        ).profile
        is None
    )


def test_switching_opens_the_window_again_on_the_other_profile(monkeypatch):
    runs = []

    def fake_run_window(args, argv):
        runs.append(args.profile)
        if len(runs) == 1:
            args.profile = "mrs-jones"  # what File > Switch profile leaves for the next run
            return app_module.SWITCH_PROFILE
        return 0

    monkeypatch.setattr(app_module, "run_window", fake_run_window)
    assert app_module.main(["--data-dir", "somewhere"]) == 0
    assert runs == [None, "mrs-jones"]


def test_each_profile_folder_has_its_own_one_window_lock(tmp_path, qapp):
    root = tmp_path / "data"
    jones = create_profile(root, JONES)
    mine = launch.lock_data_folder(root)
    hers = launch.lock_data_folder(jones.folder)
    try:
        assert not isinstance(mine, bool)
        assert not isinstance(hers, bool)  # two people, two windows
        assert launch.lock_data_folder(jones.folder) is False  # but one window each
    finally:
        mine.unlock()
        hers.unlock()


def test_the_chooser_lists_everyone_and_the_demo_and_makes_new_profiles(qtbot, tmp_path):
    root = tmp_path / "data"
    create_profile(root, JONES)
    chooser = ProfileChooser(root, main_profile(root))
    qtbot.addWidget(chooser)
    shown = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert shown == [
        "Main profile (open now)",
        JONES,
        "Clinic demo (nothing is saved)",
    ]
    with qtbot.waitSignal(chooser.chosen) as picked:
        chooser.list.setCurrentRow(1)
        qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert picked.args[0] == find_profile(root, JONES)

    maker = NewProfile(root)
    qtbot.addWidget(maker)
    qtbot.keyClicks(maker.name, JONES)
    maker.ok_button.click()
    assert maker.problem.isVisibleTo(maker)
    assert "already a profile called" in maker.problem.text()
    maker.name.clear()
    qtbot.keyClicks(maker.name, "Mr Smith")
    with qtbot.waitSignal(maker.made) as made:
        maker.ok_button.click()
    assert made.args[0].folder == root / "profiles" / "mr-smith"
    assert made.args[0].folder.is_dir()


def test_the_menu_switches_only_to_another_profile(qtbot, tmp_path):
    root = tmp_path / "data"
    jones = create_profile(root, JONES)
    window = MainWindow()
    qtbot.addWidget(window)
    switched = []
    actions = ProfileActions(window, root, main_profile(root), switched.append)
    dialog = actions.choose()
    dialog.list.setCurrentRow(0)
    dialog.open_button.click()  # the one open now: nothing to do
    assert switched == []
    dialog = actions.choose()
    dialog.list.setCurrentRow(1)
    dialog.open_button.click()
    assert switched == [jones]
    maker = actions.new()
    qtbot.keyClicks(maker.name, "Mr Smith")
    maker.ok_button.click()
    assert switched[-1].name == "Mr Smith"  # a new profile opens at once


def test_the_clinic_demo_profile_writes_nothing(qtbot, tmp_path):
    root = tmp_path / "data"
    create_profile(root, JONES)
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    clock = FakeClock()
    options = app_module.choose_profile(
        app_module.Options(data_dir=root, start=True, make_clock=lambda _s: clock,
                           now=WallClock(clock), make_player=lambda: RecordingPlayer(clock)),
        argparse.Namespace(profile="demo"),
    )  # fmt: skip
    assert options.demo
    _id, title = run_one_session(qtbot, options, "quick-tour")
    assert "Clinic demo" in title
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before
