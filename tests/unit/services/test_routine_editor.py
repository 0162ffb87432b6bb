"""Where the routine editor's drafts come from and go: a copy of a shipped routine loses its id
and says it is a copy, a kept file is edited in place, new files never take a name in use."""

from __future__ import annotations

from sciatica_coach import paths
from sciatica_coach.core.draft_check import check
from sciatica_coach.services import routine_editor as editor
from sciatica_coach.services.routine_files import open_routine


def test_a_shipped_routine_is_copied_with_no_id_and_a_copys_title(shipped, tmp_path):
    keep = tmp_path / "routines"
    assert not editor.editable(shipped, "disc-extension", keep)
    opened = editor.open_draft(shipped, "disc-extension", keep)
    assert opened.path is None
    assert opened.draft.value("id") is None
    title = shipped.routine("disc-extension").title
    assert opened.draft.value("title") == f"{title} (copy)"
    opened.draft.name = editor.file_name(opened.draft.value("title"), keep, shipped)
    assert check(opened.draft, shipped).ok


def test_a_kept_routine_is_edited_in_place(shipped, tmp_path):
    keep = tmp_path / "routines"
    source = tmp_path / "mine.yaml"
    source.write_text(
        (paths.routines_dir() / "quick-tour.yaml")
        .read_text()
        .replace("id: quick-tour", "id: my-tour")
    )
    opened = open_routine(shipped, source, keep)
    assert opened.routine_id == "my-tour"
    assert editor.editable(opened.library, "my-tour", keep)
    draft = editor.open_draft(opened.library, "my-tour", keep)
    assert draft.path == keep / "mine.yaml"
    draft.draft.set_value("title", "My tour, longer")
    editor.save(draft.draft, draft.path)
    assert "title: My tour, longer" in (keep / "mine.yaml").read_text()
    assert "# Routine: quick tour" in (keep / "mine.yaml").read_text()  # its comments kept
    assert check(draft.draft, opened.library, own=draft.path, replacing="my-tour").ok
    reloaded = editor.reload(opened.library, draft.path, "my-tour")
    assert reloaded.routine_id == "my-tour"
    assert reloaded.library.routine("my-tour").title == "My tour, longer"
    assert reloaded.library.routines["my-tour"].source.path == keep / "mine.yaml"
    assert len(reloaded.library.routines) == len(opened.library.routines)


def test_a_new_file_name_is_free_in_the_folder_and_among_the_ids(shipped, tmp_path):
    keep = tmp_path / "routines"
    assert editor.file_name("J. D.'s routine", keep, shipped) == "j-d-s-routine.yaml"
    assert editor.file_name("", keep, shipped) == "my-routine.yaml"
    assert editor.file_name("Quick tour", keep, shipped) == "quick-tour-2.yaml"  # a shipped id
    keep.mkdir()
    (keep / "j-d-s-routine.yaml").write_text("")
    assert editor.file_name("J. D.'s routine", keep, shipped) == "j-d-s-routine-2.yaml"
    assert editor.file_name("Quick tour", None, shipped) == "quick-tour-2.yaml"


def test_saving_makes_the_folder_and_writes_the_text(tmp_path):
    opened = editor.new_draft()
    opened.draft.set_value("title", "T")
    path = tmp_path / "a" / "b" / "t.yaml"
    editor.save(opened.draft, path)
    assert path.read_text() == opened.draft.text()
