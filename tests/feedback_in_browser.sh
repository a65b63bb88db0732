#!/usr/bin/env bash
# The feedback page in a real browser: `gdlab check --format html` for a buggy submission,
# opened by headless Chromium. Its rendered DOM must hold both paths and the contour lines,
# and its screenshot at a phone's width must carry far more than a blank page's.
# Usage: feedback_in_browser.sh GDLAB_BINARY SOURCE_DIR
set -euo pipefail
gdlab=$1 source=$2
fail() { echo "FAIL: $*"; exit 1; }

browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n $browser ]] || fail "chromium is not installed: apt-get install chromium (./gdlab test installs it)"

work=$(mktemp -d)
# A browser helper may still be writing into its profile as the script ends: retry, and
# never let the clean-up decide the test's result (an EXIT trap's status is the script's).
trap 'for _ in 1 2 3 4 5; do rm -rf "$work" 2>/dev/null && break; sleep 1; done; true' EXIT
code=0
"$gdlab" check --submission "$source/tests/corpus/buggy/gd2d_one_step_too_many" \
  --format html --out "$work/page.html" >"$work/check.txt" 2>&1 || code=$?
[[ $code == 1 ]] || { cat "$work/check.txt"; fail "gdlab check exited $code, expected 1 (tests failed)"; }
printf '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>\n' >"$work/blank.html"

# A fresh profile per call; the browser's own chatter goes to a log shown on failure.
chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$(mktemp -d -p "$work")" "$@" 2>>"$work/chromium.log"
}
started() { tail -n 20 "$work/chromium.log"; fail "$1: chromium ($browser) could not start or render (log above); is the Debian package chromium complete?"; }

chrome --dump-dom "file://$work/page.html" >"$work/dom.html" || started "--dump-dom"
for class in student-path reference-path student-loss reference-loss contour; do
  grep -q "<path class=\"$class\"" "$work/dom.html" || fail "no <path class=\"$class\"> in the rendered DOM"
done
[[ $(grep -o '<svg' "$work/dom.html" | wc -l) -ge 2 ]] || fail "fewer than two <svg> in the rendered DOM"

size=(--window-size=412,3000)  # a phone's width; the page is long
chrome --screenshot="$work/page.png" "${size[@]}" "file://$work/page.html" >/dev/null || started "--screenshot"
chrome --screenshot="$work/blank.png" "${size[@]}" "file://$work/blank.html" >/dev/null || started "--screenshot"
for png in page blank; do
  [[ -s $work/$png.png && $(head -c 8 "$work/$png.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] \
    || fail "$png.png is not a PNG"
done
page_bytes=$(stat -c %s "$work/page.png") blank_bytes=$(stat -c %s "$work/blank.png")
# A rendered page (text, contour lines, paths) compresses far worse than a flat one.
((page_bytes > 4 * blank_bytes)) || fail "the screenshot looks blank: $page_bytes bytes against a blank page's $blank_bytes"
echo "feedback page renders in $(basename "$browser"): DOM has both paths and contours; screenshot $page_bytes bytes, blank $blank_bytes"
