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
  "$app" new saulrita.ropa --sample saulrita
  "$app" export saulrita.ropa saulrita.json
  # a complete register prints every document (one notice per audience) with no blank: exit 0
  "$app" pdf saulrita.ropa --document all --lang lv --output pdf-lv
  "$app" pdf saulrita.json --document all --lang en --output pdf-en
  count=$(ls pdf-lv/*.pdf pdf-en/*.pdf | wc -l)
  [ "$count" -ge 10 ] || { echo "smoke test: expected at least 10 PDFs, got $count" >&2; exit 1; }
  # ZĪMES has gaps: its documents are drafts (exit 1), in every language of the table (the fonts' glyphs)
  for lang in $(cd "$root" && "$venv/bin/python" -c "from ropa_desktop.core.languages import DOCUMENT_CODES; print(*DOCUMENT_CODES)"); do
    set +e; "$app" pdf zimes.ropa --document all --lang "$lang" --output "pdf-zimes-$lang" 2>/dev/null; rc=$?; set -e
    [ "$rc" -eq 1 ] || { echo "smoke test: a draft should exit 1 ($lang), got $rc" >&2; exit 1; }
  done
  set +e; "$app" check zimes.ropa --lang en >/dev/null; rc=$?; set -e
  [ "$rc" -eq 1 ] || { echo "smoke test: check should report gaps (exit 1), got $rc" >&2; exit 1; }
  "$app" gui --exit-after-start zimes.ropa
  # the window loads Qt's own catalogue (qtbase_<lang>.qm) for each language it speaks; the spec keeps only those
  for lang in $(cd "$root" && "$venv/bin/python" -c "from ropa_desktop.core.languages import WINDOW_CODES; print(*WINDOW_CODES)"); do
    [ -f "$root/dist/ropa-desktop/_internal/PySide6/Qt/translations/qtbase_$lang.qm" ] \
      || { echo "smoke test: qtbase_$lang.qm is missing from the bundle" >&2; exit 1; }
  done
  echo "frozen app smoke test passed: new, export, every PDF (complete and draft, every language), check, GUI start, Qt catalogues"
fi
