"""When Qt cannot open a window: what the person is told to check (pure logic, no Qt)."""

from __future__ import annotations

import pytest

from sciatica_coach.ui import platform_check as pc

NO_DISPLAY_SAID = [
    "qt.qpa.xcb: could not connect to display :99",
    "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb "
    "platform plugin.",
    'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.',
    "This application failed to start because no Qt platform plugin could be initialized.\n\n"
    "Available platform plugins are: minimal, offscreen, xcb, wayland.",
]


def steps(text: str) -> list[str]:
    """The numbered steps of an explanation."""
    return [line for line in text.splitlines() if line[:1].isdigit()]


@pytest.mark.parametrize(
    ("display", "path"),
    [
        (":0", "/tmp/.X11-unix/X0"),
        (":1.0", "/tmp/.X11-unix/X1"),
        ("unix:12", "/tmp/.X11-unix/X12"),
        ("localhost:10.0", None),
        ("", None),
        ("nonsense", None),
    ],
)
def test_the_x_socket_of_a_display(display, path):
    assert pc.x_socket(display) == path


def test_a_display_nobody_answers_is_named_first_and_the_guess_is_called_a_guess():
    text = pc.explain(
        NO_DISPLAY_SAID, {"DISPLAY": ":99"}, display_answers=False, wayland_ok=None,
        missing=[], platform="linux",
    )  # fmt: skip
    first, *rest = steps(text)
    assert first.startswith("1. Is the display there? DISPLAY is ':99', but no X server")
    assert "/tmp/.X11-unix/X99" in first
    assert "try again in a moment" in first
    assert "xcb-cursor0 is a guess" in first
    assert rest[-1].startswith("2. If the display is fine, the system libraries")
    assert '"Linux system libraries" in the README' in rest[-1]
    assert "QT_DEBUG_PLUGINS=1" in rest[-1]


def test_no_display_at_all():
    text = pc.explain(
        NO_DISPLAY_SAID, {}, display_answers=None, wayland_ok=None, missing=[], platform="linux"
    )
    first = steps(text)[0]
    assert first.startswith("1. Is there a display? Neither DISPLAY nor WAYLAND_DISPLAY is set")
    assert "xvfb-run" in first


def test_a_display_that_answers_points_at_the_libraries_and_names_the_missing_ones():
    said = ["qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed ..."]
    text = pc.explain(
        said, {"DISPLAY": ":0"}, display_answers=True, wayland_ok=None,
        missing=[("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxcb-shape.so.0", "libxcb-shape0")],
        platform="linux",
    )  # fmt: skip
    one, two, three = steps(text)
    assert one.startswith("1. The display looks fine (DISPLAY=':0')")
    assert "libxcb-cursor.so.0, libxcb-shape.so.0" in two
    assert two.endswith("sudo apt-get install libxcb-cursor0 libxcb-shape0")
    assert three.startswith("3. If the display is fine, the system libraries")


def test_an_unknown_platform_name_is_named():
    text = pc.explain(
        [], {"QT_QPA_PLATFORM": "foo", "DISPLAY": ":0"}, display_answers=True, wayland_ok=None,
        missing=[], platform="linux",
    )  # fmt: skip
    assert steps(text)[0] == (
        "1. QT_QPA_PLATFORM is set to 'foo': unset it (the app then picks the desktop's own), "
        "or set it to one of the platforms Qt lists above."
    )


def test_a_wayland_compositor_that_does_not_answer():
    text = pc.explain(
        [], {"WAYLAND_DISPLAY": "wayland-0"}, display_answers=None, wayland_ok=False,
        missing=[], platform="linux",
    )  # fmt: skip
    assert steps(text)[0].startswith("1. Is the display there? WAYLAND_DISPLAY is 'wayland-0'")


def test_elsewhere_reinstalling_is_the_advice():
    text = pc.explain([], {}, display_answers=None, wayland_ok=None, missing=[], platform="win32")
    assert "Reinstalling Sciatica Coach" in text
    assert "DISPLAY" not in text


def test_missing_libraries_are_the_ones_that_do_not_load():
    absent = {"libxcb-cursor.so.0", "libGL.so.1"}

    def load(name):
        if name in absent:
            raise OSError(name)

    assert pc.missing_libraries(load) == [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libGL.so.1", "libgl1"),
    ]


def test_an_x_server_is_asked_at_its_socket_then_the_abstract_one():
    asked: list[str] = []

    def probe(address):
        asked.append(address)
        return address.startswith("\0")

    assert pc.x_answers(":3", probe=probe) is True
    assert asked[0] == "/tmp/.X11-unix/X3"
    assert pc.x_answers("remote:0", probe=probe) is None


class Clock:
    def __init__(self) -> None:
        self.t = 100.0
        self.slept = 0.0

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.t += s
        self.slept += s


def test_a_normal_start_does_not_wait():
    clock = Clock()
    ok = pc.wait_for_display({"DISPLAY": ":0"}, present=lambda d: True, answers=lambda d: None,
                             clock=clock, sleep=clock.sleep)  # fmt: skip
    assert ok is True
    assert clock.slept == 0


def test_a_display_still_starting_is_waited_for_briefly():
    clock = Clock()
    ready_at = clock.t + 0.5
    ok = pc.wait_for_display(
        {"DISPLAY": ":0"}, present=lambda d: clock.t >= ready_at, answers=lambda d: False,
        clock=clock, sleep=clock.sleep,
    )  # fmt: skip
    assert ok is True
    assert 0.5 <= clock.slept < 0.7


def test_a_display_that_never_comes_is_given_up_on():
    clock = Clock()
    ok = pc.wait_for_display({"DISPLAY": ":0"}, present=lambda d: False,
                             answers=lambda d: False, clock=clock, sleep=clock.sleep,
                             timeout_s=2.0)  # fmt: skip
    assert ok is False
    assert clock.slept == pytest.approx(2.0, abs=0.11)


@pytest.mark.parametrize(
    "env",
    [{}, {"DISPLAY": "localhost:10.0"}, {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}],
)
def test_nothing_is_waited_for_where_it_is_not_ours_to_judge(env):
    clock = Clock()
    assert pc.wait_for_display(env, present=lambda d: False, answers=lambda d: False,
                               clock=clock, sleep=clock.sleep)  # fmt: skip
    assert clock.slept == 0
