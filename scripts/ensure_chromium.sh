#!/usr/bin/env bash
# The review-report test renders the report in headless Chromium (Debian's package). Install it
# when it is missing and this machine can (root with apt-get); otherwise that one test skips.
set -u
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium for the report test (apt-get)..."
  if apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; then
    echo "chromium installed"
  else
    echo "could not install chromium: the report test will skip"
  fi
else
  echo "chromium is not installed and cannot be installed here: the report test will skip"
fi
exit 0
