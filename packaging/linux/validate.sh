#!/usr/bin/env bash
# Validates the launcher entry and the AppStream metainfo; installs the validators if missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
  echo "Installing the validators (desktop-file-utils, appstream)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends desktop-file-utils appstream >/dev/null
fi
desktop-file-validate "$here/org.partnerdesk.PartnerDesk.desktop"
# --no-net: the build machine may be offline; the checks that need the network are about URLs.
appstreamcli validate --no-net "$here/org.partnerdesk.PartnerDesk.metainfo.xml"
echo "desktop entry and metainfo are valid"
