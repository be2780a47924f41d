#!/usr/bin/env bash
# Runs the built bundle as a user would, with no Python of ours on the path:
# --version, demo, brief, an export, then the window offscreen, quit by SIGTERM.
set -euo pipefail
bundle="${1:?usage: smoke_test.sh DIST_FOLDER}"
exe="$bundle/partnerdesk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Nothing of the project's virtual environment or source tree may leak into the bundle's run.
clean_env=(env -i HOME="$work" PATH=/usr/bin:/bin PARTNERDESK_HOME="$work/home"
           QT_QPA_PLATFORM=offscreen LANG=C.UTF-8)
run() { "${clean_env[@]}" "$exe" "$@"; }

echo "smoke: $(run --version)"
run demo --db "$work/demo.partnerdesk" --partners 20 >/dev/null
echo "smoke: demo wrote $(stat -c %s "$work/demo.partnerdesk") bytes"
run brief 1 --db "$work/demo.partnerdesk" -o "$work/brief.pdf" >/dev/null
head -c 5 "$work/brief.pdf" | grep -q '%PDF-' || { echo "smoke: brief is not a PDF" >&2; exit 1; }
echo "smoke: brief wrote $(stat -c %s "$work/brief.pdf") bytes of PDF"
run export ics --db "$work/demo.partnerdesk" -o "$work/calendar.ics" >/dev/null
grep -q BEGIN:VCALENDAR "$work/calendar.ics" || { echo "smoke: export failed" >&2; exit 1; }
run check --db "$work/demo.partnerdesk" >/dev/null
echo "smoke: export and check passed"

# The window: it must still be running after it had time to show, then quit cleanly on SIGTERM
# through the same flush as closing it.
# Started without a function or subshell around it, so that $! is the app itself (env execs it).
"${clean_env[@]}" "$exe" --db "$work/demo.partnerdesk" >"$work/window.log" 2>&1 &
pid=$!
# The lock file appears once the notebook is claimed; the window follows within a second or two.
for _ in $(seq 120); do
  [ -e "$work/demo.partnerdesk.lock" ] || ! kill -0 "$pid" 2>/dev/null && break
  sleep 0.5
done
sleep 5
if ! kill -0 "$pid" 2>/dev/null; then
  echo "smoke: the window exited early:" >&2; cat "$work/window.log" >&2; exit 1
fi
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
if [ "$status" -ne 0 ]; then
  echo "smoke: the window exited with status $status:" >&2; cat "$work/window.log" >&2; exit 1
fi
if grep -qiE "traceback|error" "$work/window.log"; then
  echo "smoke: the window wrote errors:" >&2; cat "$work/window.log" >&2; exit 1
fi
echo "smoke: window opened offscreen and quit cleanly"
echo "smoke: all passed"
