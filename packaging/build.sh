#!/usr/bin/env bash
# Build the Linux one-folder bundle (dist/ropa-desktop) and a tarball to hand out.
#   packaging/build.sh               build
#   packaging/build.sh --smoke-test  build, then run the frozen app headless (CI does this)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
smoke=false
[ "${1:-}" = "--smoke-test" ] && smoke=true

venv=build/package-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check '.[package]'
"$venv/bin/pyinstaller" packaging/ropa_desktop.spec --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller

version=$("$venv/bin/python" -c "import ropa_desktop; print(ropa_desktop.__version__)")
name="ropa-desktop-$version-linux-$(uname -m)"
stage="build/$name"
rm -rf "$stage" && mkdir -p "$stage/icons"
cp -a dist/ropa-desktop "$stage/"
cp packaging/linux/ropa-desktop.desktop packaging/linux/ropa-desktop-mime.xml packaging/linux/install.sh "$stage/"
cp resources/icons/ropa-desktop-*.png "$stage/icons/"
tar -C build -czf "dist/$name.tar.gz" "$name"
echo "built dist/ropa-desktop/ and dist/$name.tar.gz ($(du -sh dist/ropa-desktop | cut -f1) unpacked)"

if $smoke; then
  app="$root/dist/ropa-desktop/ropa-desktop"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  export ROPA_DESKTOP_DATA_DIR="$tmp/data" ROPA_DESKTOP_CONFIG_DIR="$tmp/config" QT_QPA_PLATFORM=offscreen
  cd "$tmp"  # nothing from the source tree may be picked up by accident
  "$app" new zimes.ropa --sample zimes
  "$app" export zimes.ropa zimes.json
  # the sample leaves blanks the check asks for: pdf writes drafts and ends with 1 (2 is an error)
  for run in "zimes.ropa lv" "zimes.json en"; do
    set -- $run
    set +e; "$app" pdf "$1" --document all --lang "$2" --output "pdf-$2"; rc=$?; set -e
    [ "$rc" -le 1 ] || { echo "smoke test: pdf $1 --lang $2 failed (exit $rc)" >&2; exit 1; }
  done
  count=$(ls pdf-lv/*.pdf pdf-en/*.pdf | wc -l)
  [ "$count" -eq 10 ] || { echo "smoke test: expected 10 PDFs, got $count" >&2; exit 1; }
  set +e; "$app" check zimes.ropa --lang en >/dev/null; rc=$?; set -e
  [ "$rc" -eq 1 ] || { echo "smoke test: check should report gaps (exit 1), got $rc" >&2; exit 1; }
  "$app" gui --exit-after-start zimes.ropa
  # the window loads Qt's own catalogue (qtbase_<lang>.qm) for each language it speaks; the spec keeps only those
  for lang in $(cd "$root" && "$venv/bin/python" -c "from ropa_desktop.core.languages import WINDOW_CODES; print(*WINDOW_CODES)"); do
    [ -f "$root/dist/ropa-desktop/_internal/PySide6/Qt/translations/qtbase_$lang.qm" ] \
      || { echo "smoke test: qtbase_$lang.qm is missing from the bundle" >&2; exit 1; }
  done
  echo "frozen app smoke test passed: new, export, 10 PDFs, check, GUI start, Qt catalogues"
fi
