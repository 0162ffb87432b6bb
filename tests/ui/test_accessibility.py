"""What a screen reader reads, walked in the live accessibility tree (QAccessible, as Qt hands
it to AT-SPI), page by page: home, the player (count, ring, pacer), the hurt dialog, the summary
and History. No control without a name, every shown label's words in its name, the rep count and
the seconds as values, and the moments a person who cannot see are told: a new drill, each rep,
the last three seconds, pause and resume; never every frame.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.helpers import a11y
from tests.helpers.app import make_harness

R = QAccessible.Role


def settle():
    for _ in range(3):
        QApplication.processEvents()


def read(root):
    """The problems a screen reader user meets on `root`'s window."""
    settle()
    return {"unnamed": a11y.unnamed(root), "words not read": a11y.hidden_words(root)}


def node_of(root, widget):
    return next(n for n in a11y.tree(root) if n.widget is widget)


def clean(found):
    return {k: v for k, v in found.items() if v}


def test_every_page_names_its_controls_and_reads_its_words(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data", size=(1366, 768))
    w = h.window
    assert clean(read(w)) == {}, "home"

    h.start_routine("quick-tour", checkins=False)
    p = h.player
    h.seek(0, "move", nth=2, into=0.5)  # the second rep (alternating: right, left, right)
    assert clean(read(w)) == {}, "player, reps"
    count = node_of(w, p.rep_counter)
    assert count.role == R.ProgressBar
    assert count.value == 2.0
    assert count.name.startswith("Rep 2 of 3")
    assert "Move" in count.name
    labels = {n.name for n in a11y.tree(w) if n.role == R.StaticText}
    assert p.cue_text.text() in labels  # the cue is read by its words, not "Current cue"
    assert p.time_left.text() in labels

    h.seek(1, "hold", into=3.2)
    assert clean(read(w)) == {}, "player, hold"
    ring = node_of(w, p.ring)
    assert (ring.role, ring.value) == (R.ProgressBar, 9.0)
    assert ring.name == "Hold: 9 seconds left"

    h.seek(2, "breathe_out", into=1.5)
    assert clean(read(w)) == {}, "player, breathing"
    pacer = node_of(w, p.pacer)
    assert (pacer.role, pacer.value) == (R.ProgressBar, 5.0)
    assert pacer.name == "Breathe out: 5"

    h.sessions.hurt()
    dialog = h.sessions.hurt_dialog
    settle()
    assert clean(read(dialog)) == {}, "hurt: how it feels"
    scale = next(n for n in a11y.tree(dialog) if n.widget is dialog.back)
    assert scale.role == R.Grouping  # a titled group of radio buttons: one choice
    tiles = [n for n in a11y.tree(dialog) if n.role == R.RadioButton]
    assert len(tiles) >= 22
    dialog.back.choose("3")
    dialog.leg.choose("2")
    dialog.next_button.click()
    assert clean(read(dialog)) == {}, "hurt: warning signs"
    dialog.none_button.click()
    assert clean(read(dialog)) == {}, "hurt: what now"
    suggested = [b for b in dialog.choice_buttons.values() if "(suggested)" in b.text()]
    assert suggested
    assert "(suggested)" in node_of(dialog, suggested[0]).name
    dialog.reject()
    settle()

    h.sessions.end()
    settle()
    assert clean(read(w)) == {}, "summary"

    w.actions_by_name["history"].trigger()
    settle()
    page = w.current_page()
    assert clean(read(w)) == {}, "history"
    assert page.pain_plot.accessibleDescription()  # the plots' text alternatives
    assert page.minutes_plot.accessibleDescription()
    legend = [n.name for n in a11y.tree(page.legend) if n.role == R.Graphic]
    assert legend
    assert all(legend)  # each mark of the key is named by what it stands for
    h.shell.shutdown()


def test_the_moments_a_screen_reader_is_told_and_only_those(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data")
    said: list[tuple[str, bool]] = []
    h.sessions.player_page().announcer.said.connect(lambda t, urgent: said.append((t, urgent)))
    h.start_routine("quick-tour", checkins=False)
    h.seek(0, "return", nth=4, into=0.5)  # the fifth rep (right, left, right...), in 0.1 s steps
    texts = [t for t, _ in said]
    assert texts[0].startswith("Drill 1 of 3. Get ready: Bird dog")
    assert texts[1:4] == ["3", "2", "1"]  # the get-ready's last seconds
    assert texts[4:] == [  # sides alternate: each rep says its side
        "Right arm and left leg. Rep 1 of 3",
        "Left arm and right leg. Rep 1 of 3",
        "Right arm and left leg. Rep 2 of 3",
        "Left arm and right leg. Rep 2 of 3",
        "Right arm and left leg. Rep 3 of 3",
    ]  # about 400 frames, nine moments: never a frame's worth

    said.clear()
    h.seek(1, "get_ready", into=0.2)
    assert said[0][0] == "Left arm and right leg. Rep 3 of 3"
    assert said[-1][0].startswith("Drill 2 of 3. Get ready: Piriformis stretch")
    h.seek(1, "hold", into=11.5)  # the hold's last three seconds count down
    assert [t for t, _ in said if t.isdigit()][-3:] == ["3", "2", "1"]

    said.clear()
    h.window.actions_by_name["pause"].trigger()
    assert said == [("Paused", True)]  # at once, cutting in
    assert node_of(h.window, h.player.pause_button).checked  # pressed while paused
    h.window.actions_by_name["pause"].trigger()
    assert said[-1] == ("Resumed", False)
    assert not node_of(h.window, h.player.pause_button).checked
    h.shell.shutdown()


def test_the_settings_read_as_they_show(qtbot):
    from sciatica_coach.storage.settings import Settings
    from sciatica_coach.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert clean(read(dialog)) == {}
    assert dialog.theme.accessibleName() == "Colours"
    colours = node_of(dialog, dialog.theme)
    assert "Colours" in (colours.name, colours.label)  # by its label, whatever it holds
    assert dialog.motion.text().startswith("Reduce motion")
    assert not dialog.motion.isChecked()
