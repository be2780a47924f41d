#!/usr/bin/env bash
# Lays the launcher entry, metainfo and icons into a bundle's share/ tree, the layout that
# desktops read from ~/.local/share or /usr/share.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
icons="${1:?usage: install_data.sh ICON_FOLDER BUNDLE}"
share="${2:?usage: install_data.sh ICON_FOLDER BUNDLE}/share"
id=org.partnerdesk.PartnerDesk
install -Dm644 "$here/$id.desktop" "$share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/../../src/partnerdesk/resources/icons/partnerdesk.svg" \
  "$share/icons/hicolor/scalable/apps/$id.svg"
for png in "$icons"/*x*/partnerdesk.png; do
  size="$(basename "$(dirname "$png")")"
  install -Dm644 "$png" "$share/icons/hicolor/$size/apps/$id.png"
done
