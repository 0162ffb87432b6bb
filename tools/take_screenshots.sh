#!/usr/bin/env bash
# Take the README's screenshots of the real app in a real X window on a virtual screen (Xvfb).
#   SCREENSHOT=../shared/tools/screenshot tools/take_screenshots.sh [OUT_DIR]
# SCREENSHOT is a command taking: OUT.png SECONDS [--size WxH] [--keys "K"] -- COMMAND...
# (the one this project uses lives outside the repo; any tool with that interface works).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/docs}
shot=${SCREENSHOT:-$here/../shared/tools/screenshot}
app=${APP:-$here/.venv/bin/sciatica-coach}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

routine() {  # routine FILE ID TITLE STEP-YAML
  cat > "$work/$1.yaml" <<YAML
schema_version: 1
id: $2
title: $3
summary: A routine made for a screenshot.
bias: mixed
audience: Anyone looking at the README.
sources: [001_ee699b751415854c.txt, 003_b1811144eaed076d.txt]
steps:
$4
YAML
}
routine hold shot-hold "Gentle stretching" "  - exercise: double-knees-to-chest
    sets: 1
    hold_s: 60"
routine reps shot-reps "Core stability" "  - exercise: bird-dog
    sets: 2
    reps: 6
    sides: alternating"
routine rest shot-rest "Core stability" "  - exercise: side-lying-clamshell
    sets: 2
    reps: 1
    sides: none
    rest_s: 90"
routine breathe shot-breathe "Calm finish" "  - breathing: {inhale_s: 6, exhale_s: 8, cycles: 4}"

size=${SIZE:-1366x768}  # the commonest laptop screen (DESIGN.md §7)

fresh() {  # a person's new data folder, the first-run notice already read
  rm -rf "$work/data"
  mkdir -p "$work/data"
  echo '{"schema_version": 1, "first_run_seen": true}' > "$work/data/settings.json"
}
snap() {  # snap NAME SECONDS APP-ARGS...: the tool's own exit status is not reliable; the file is
  local name=$1 secs=$2
  shift 2
  fresh
  rm -f "$out/screenshot-$name.png"
  "$shot" "$out/screenshot-$name.png" "$secs" --size "$size" -- "$app" \
    --data-dir "$work/data" "$@" || true
  [ -s "$out/screenshot-$name.png" ] || { echo "no screenshot for $name" >&2; exit 1; }
}
keys() {  # keys NAME SECONDS "KEYS" APP-ARGS...: the shot after pressing KEYS (one a second)
  local name=$1 secs=$2 pressed=$3
  shift 3
  fresh
  rm -f "$work/$name"*.png
  "$shot" "$work/$name.png" "$secs" --size "$size" --keys "$pressed" -- "$app" \
    --data-dir "$work/data" "$@" || true
  [ -s "$work/$name-after.png" ] || { echo "no screenshot for $name" >&2; exit 1; }
  mv "$work/$name-after.png" "$out/screenshot-$name.png"
}
take() { snap "$1" "$2" --routine "$work/$3.yaml" --start; }
snap home 6
take hold 30 hold        # 12 s to get ready, then 18 s into a 60 s hold
take reps 17.5 reps      # second rep, mid-movement
take rest 31 rest        # 12 s ready + one rep, then into the 90 s rest
take breathing 19 breathe
keys paused 20 "space" --routine "$work/hold.yaml" --start
snap summary 14 --routine "$here/routines/quick-tour.yaml" --start --speed 20
# A new user's History (Ctrl+H) after their first session: the range since they started.
keys history-new-user 15 "ctrl+h" --routine "$here/routines/quick-tour.yaml" --start --speed 20
snap demo 6 --demo
LANGUAGE=es snap es 6  # the home page in Spanish (Settings > Language, or the computer's)
# "Stop: this hurts" (H) during a hold, then: back pain 3, leg pain 2 (digits, Tab between);
# Enter for the warning signs; Enter again (none of these) for what to do.
keys hurt 20 "h 3 Tab 2" --routine "$work/hold.yaml" --start
keys warning-signs 20 "h 3 Tab 2 Return" --routine "$work/hold.yaml" --start
keys hurt-choice 20 "h 3 Tab 7 Return Return" --routine "$work/hold.yaml" --start
# The largest text (View > Larger text, up to 2.0): the count keeps its size, the steps scroll
# beside it, the buttons take two lines and Stop stays whole.
styled() {  # styled NAME SECONDS ROUTINE SETTINGS: a routine's player with these settings
  fresh
  echo "{\"schema_version\": 1, \"first_run_seen\": true, $4}" > "$work/data/settings.json"
  rm -f "$out/screenshot-$1.png"
  "$shot" "$out/screenshot-$1.png" "$2" --size "$size" -- "$app" \
    --data-dir "$work/data" --routine "$work/$3.yaml" --start || true
  [ -s "$out/screenshot-$1.png" ] || { echo "no screenshot for $1" >&2; exit 1; }
}
styled large-text 17.5 reps '"font_scale": 2.0'
styled large-text-hold 30 hold '"font_scale": 2.0'
# Settings > Colours > High contrast: white on black, yellow for what is chosen.
styled contrast 30 hold '"theme": "contrast"'
rm -f "$out"/screenshot-*.log
echo "screenshots in $out"
