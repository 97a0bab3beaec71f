#!/usr/bin/env bash
# A new user's install, as CI proves it on every submission: plain `pip install .` (no extras, not editable)
# into a fresh virtual environment, then `parley run data/samples` from outside the checkout; every sample
# input must get its row in `articles` and every reader must give an ok article (scripts/check_samples_run.py).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --upgrade pip
"$work/venv/bin/python" -m pip install --quiet "$repo"
cd "$work"  # the installed package, never the source folder
status=0
"$work/venv/bin/parley" run "$repo/data/samples" --out "$work/out" || status=$?
if [ "$status" -ne 3 ]; then  # 3: finished, some articles failed (the samples hold bad inputs on purpose)
  echo "check_plain_install: parley run exited $status, expected 3" >&2
  exit 1
fi
"$work/venv/bin/python" "$repo/scripts/check_samples_run.py" "$repo/data/samples" "$work/out"
