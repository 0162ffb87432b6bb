"""PyInstaller's entry script: the same entry point as the `sciatica-coach` command."""

from sciatica_coach.app import main

raise SystemExit(main())
