#!/usr/bin/env bash
# Install headless Chromium for the dashboard's end-to-end test (tests/analysis/test_dashboard_page.py).
# Debian/Ubuntu only, as root; otherwise say what to do and exit non-zero (the test then skips).
set -euo pipefail

for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then
        echo "browser already installed: $(command -v "$candidate")"
        exit 0
    fi
done

if [ "$(id -u)" -ne 0 ]; then
    echo "no chromium found; run as root: apt-get install -y chromium (the dashboard test skips without it)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "no chromium found and no apt-get; install Chromium with your system's package manager" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
command -v chromium
