#!/usr/bin/env bash
# Install the unpacked Linux bundle for the current user: program, menu entry, icon and the .ropa file type.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/mime/packages"
rm -rf "$prefix/lib/ropa-desktop"
cp -a "$here/ropa-desktop" "$prefix/lib/ropa-desktop"
ln -sf "$prefix/lib/ropa-desktop/ropa-desktop" "$prefix/bin/ropa-desktop"
sed "s|^Exec=ropa-desktop|Exec=$prefix/bin/ropa-desktop|" "$here/ropa-desktop.desktop" > "$prefix/share/applications/ropa-desktop.desktop"
cp "$here/ropa-desktop-mime.xml" "$prefix/share/mime/packages/ropa-desktop.xml"
for size in 16 24 32 48 64 128 256 512; do
  dir="$prefix/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir" && cp "$here/icons/ropa-desktop-$size.png" "$dir/ropa-desktop.png"
done
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "ROPA Desktop is installed: $prefix/bin/ropa-desktop"
