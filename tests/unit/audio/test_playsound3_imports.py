"""Loading playsound3 leaves out what our local cue files never use, until it is used."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

PROBE = textwrap.dedent(
    """
    import sys
    import PySide6.QtCore  # as in the app: PySide6 looks at every module imported after it
    if sys.argv[1] == "lightened":
        from sciatica_coach.ui.import_hook import lighten
        assert lighten()
    from sciatica_coach.audio.backends import load_playsound3, BackendUnavailable
    try:
        load_playsound3()
    except BackendUnavailable:
        pass  # no player program here: playsound3 was imported all the same
    assert "playsound3" in sys.modules
    stand_ins = [n for n in ("urllib.request", "uuid")
                 if type(sys.modules[n]).__name__ == "_LoadedOnFirstUse"]
    heavy = sorted({"http.client", "ssl", "email.message", "platform"} & set(sys.modules))
    import uuid, urllib.request
    used = (len(uuid.uuid4().hex), callable(urllib.request.urlopen))  # first use: the real ones
    print(stand_ins, heavy, used, type(sys.modules["uuid"]).__name__)
    """
)


@pytest.mark.parametrize("check", ["lightened", "pyside-own"])
def test_playsound3_loads_without_the_web_stack_or_uuid_and_they_still_work_when_used(check):
    done = subprocess.run(
        [sys.executable, "-c", PROBE, check], capture_output=True, text=True, check=True,
        timeout=60,
    )  # fmt: skip
    expected = "['urllib.request', 'uuid'] [] (32, True) module"
    assert done.stdout.strip() == expected, done.stdout + done.stderr
