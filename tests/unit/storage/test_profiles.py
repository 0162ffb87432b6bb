"""Profiles: the data folder is the main profile (nothing changes for one person); others are
folders under profiles/, named by their profile.json; the demo keeps nothing."""

from __future__ import annotations

import pytest

from sciatica_coach.storage import profiles as pr


def test_one_person_has_one_profile_and_nothing_is_made(tmp_path):
    root = tmp_path / "data"
    assert pr.list_profiles(root) == [pr.Profile("main", "", root)]
    assert not pr.several(root)
    assert not root.exists()
    assert pr.label(pr.main_profile(root)) == "Main profile"
    assert pr.label(pr.demo_profile()) == "Clinic demo (nothing is saved)"


def test_a_second_profile_gets_a_folder_of_its_own(tmp_path):
    root = tmp_path / "data"
    made = pr.create_profile(root, "  Mrs   Jones ")
    assert made == pr.Profile("mrs-jones", "Mrs Jones", root / "profiles" / "mrs-jones")
    assert made.folder is not None
    assert made.folder.is_dir()
    assert pr.several(root)
    assert [p.key for p in pr.list_profiles(root)] == ["main", "mrs-jones"]
    assert pr.find_profile(root, "MRS JONES") == made
    assert pr.find_profile(root, "mrs-jones") == made
    assert pr.find_profile(root, "demo") == pr.demo_profile()
    assert pr.find_profile(root, "main") == pr.main_profile(root)
    assert pr.find_profile(root, "nobody") is None


def test_names_are_checked(tmp_path):
    root = tmp_path / "data"
    pr.create_profile(root, "Ann")
    for bad, why in (("", "needs a name"), ("ann", "already"), ("Demo", "kept"), ("x" * 61, "60")):
        with pytest.raises(pr.ProfileError, match=why):
            pr.create_profile(root, bad)
    other = pr.create_profile(root, "Ánn!")  # the same letters in its folder name: a new one
    assert other.key == "ann-2"
    renamed = pr.rename_profile(root, other, "Ann B.")
    assert [p.name for p in pr.list_profiles(root)] == ["", "Ann", "Ann B."]
    assert renamed.key == "ann-2"


def test_a_damaged_name_file_falls_back_to_the_folder_name(tmp_path):
    root = tmp_path / "data"
    folder = root / "profiles" / "bob"
    folder.mkdir(parents=True)
    (folder / "profile.json").write_text("{not json")
    (root / "profiles" / "not-a-folder.txt").write_text("")
    assert [p.name for p in pr.list_profiles(root)] == ["", "bob"]
    (folder / "profile.json").write_text('{"name": "' + "b" * 5000 + '"}')
    assert pr.list_profiles(root)[1].name == "bob"
