"""Whose session is this: the profile chooser (at start when there is more than one profile, and
from File > Switch profile), and making a new profile. The folders are `storage.profiles`'s;
switching itself is `app.py`'s (the window closes and opens again on the other profile)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import _
from ..storage.profiles import (
    Profile,
    ProfileError,
    create_profile,
    demo_profile,
    list_profiles,
)
from ..storage.profiles import label as profile_label

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

logger = logging.getLogger(__name__)

_PROFILE_ROLE = 256
"""Qt.ItemDataRole.UserRole, where a list item keeps its profile. By value: naming it would
make PySide build all ~90 enums of the Qt namespace (some 15 ms) on the way to the first usable
page, as this module is imported for the File menu."""


class NewProfile(QDialog):
    """A name for a new profile; `made` carries it once its folder exists."""

    made = Signal(object)  # Profile

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newProfile")
        self.setWindowTitle(_("New profile"))
        self.root = root
        lay = QVBoxLayout(self)
        intro = QLabel(
            _(
                "Each profile keeps its own history, routines and settings on this computer. "
                "Use one per person."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        caption = QLabel(_("Name"))
        self.name = QLineEdit()
        self.name.setAccessibleName(_("Name"))
        self.name.setPlaceholderText(_("e.g. J. Dawson"))
        caption.setBuddy(self.name)
        lay.addWidget(caption)
        lay.addWidget(self.name)
        self.problem = QLabel()
        self.problem.setObjectName("reason")
        self.problem.setWordWrap(True)
        self.problem.hide()
        lay.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(_("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(_("Make the profile"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._make)
        row.addWidget(cancel)
        row.addWidget(self.ok_button)
        lay.addLayout(row)

    def _make(self) -> None:
        try:
            profile = create_profile(self.root, self.name.text())
        except ProfileError as exc:
            self._say(str(exc))
            return
        except OSError as exc:
            self._say(_("The profile's folder could not be made: {why}").format(why=exc))
            return
        self.accept()
        self.made.emit(profile)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()


class ProfileChooser(QDialog):
    """The profiles on this computer and the clinic demo; `chosen` carries the one opened."""

    chosen = Signal(object)  # Profile

    def __init__(
        self, root: Path, current: Profile | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileChooser")
        self.setWindowTitle(_("Who is exercising?"))
        self.root = root
        lay = QVBoxLayout(self)
        title = QLabel(_("Choose a profile"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        self.list = QListWidget()
        self.list.setAccessibleName(_("Profiles"))
        self.list.setSpacing(4)
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(_("New profile…"))
        self.new_button.clicked.connect(self._new)
        row.addWidget(self.new_button)
        row.addStretch(1)
        cancel = QPushButton(_("Cancel"))
        cancel.clicked.connect(self.reject)
        self.open_button = QPushButton(_("Open"))
        self.open_button.setObjectName("primary")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        row.addWidget(cancel)
        row.addWidget(self.open_button)
        lay.addLayout(row)
        self.list.itemActivated.connect(lambda _item: self._open())
        self.fill(current)

    def fill(self, current: Profile | None = None) -> None:
        self.list.clear()
        for profile in [*list_profiles(self.root), demo_profile()]:
            label = profile_label(profile)
            if current is not None and profile.key == current.key:
                label = _("{name} (open now)").format(name=label)
            item = QListWidgetItem(label)
            item.setData(_PROFILE_ROLE, profile)
            self.list.addItem(item)
            if current is not None and profile.key == current.key:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self.list.setCurrentRow(0)

    def profile(self) -> Profile | None:
        item = self.list.currentItem()
        found = None if item is None else item.data(_PROFILE_ROLE)
        return found if isinstance(found, Profile) else None

    def _open(self) -> None:
        profile = self.profile()
        if profile is None:
            return
        self.accept()
        self.chosen.emit(profile)

    def _new(self) -> None:
        dialog = NewProfile(self.root, self)

        def made(profile: Profile) -> None:
            self.fill(profile)

        dialog.made.connect(made)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()


def choose_at_start(root: Path) -> Profile | None:
    """The chooser before the window opens (several profiles): the profile, or None (closed).
    In the colours and text size of the main profile's settings."""
    from PySide6.QtWidgets import QApplication

    from . import launch, theme

    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme_name, scale = launch.appearance(launch.read_settings_cheaply(root))
        theme.apply(app, theme.colors_for(theme_name), scale)
    picked: list[Profile] = []
    dialog = ProfileChooser(root)
    dialog.chosen.connect(picked.append)
    dialog.resize(520, 420)
    dialog.exec()
    dialog.deleteLater()
    return picked[0] if picked else None


class ProfileActions(QObject):
    """File > Switch profile and File > New profile: `switch` closes this window and opens the
    chosen profile's."""

    def __init__(
        self,
        window: QWidget,
        root: Path,
        current: Profile,
        switch: Callable[[Profile], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.root = root
        self.current = current
        self.switch = switch

    def choose(self) -> ProfileChooser:
        dialog = ProfileChooser(self.root, self.current, self.window)
        dialog.chosen.connect(self._chosen)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.resize(520, 420)
        dialog.open()
        return dialog

    def new(self) -> NewProfile:
        dialog = NewProfile(self.root, self.window)
        dialog.made.connect(self._chosen)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _chosen(self, profile: Profile) -> None:
        if profile.key != self.current.key:
            self.switch(profile)
