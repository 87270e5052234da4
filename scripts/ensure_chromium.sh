#!/usr/bin/env bash
# The browser tests render pages (the review report, GX Data Docs, Prefect's UI) in headless
# Chromium (Debian's package) with a CJK font (without one Chinese shows as empty boxes). Install what
# is missing when this machine can (root with apt-get); otherwise those tests skip with a reason.
set -u
need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qiE "WenQuanYi|Noto Sans CJK|Noto Serif CJK" || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${need[*]} for the browser tests (apt-get)..."
  if apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null 2>&1; then
    echo "installed ${need[*]}"
  else
    echo "could not install ${need[*]}: the browser tests will skip"
  fi
else
  echo "${need[*]} missing and not installable here: the browser tests will skip"
fi
exit 0
