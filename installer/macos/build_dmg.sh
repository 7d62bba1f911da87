#!/usr/bin/env bash
# macOS: build dist/Kakehashi.app with PyInstaller, check it with its self-test, sign it,
# and wrap it in dist/Kakehashi-<version>-macos-<arch>.dmg with a link to Applications,
# signed and notarized.
#
#   installer/macos/build_dmg.sh            # from the project's root or anywhere
#
# Signing and notarization run only when their credentials are given, and are skipped
# with a message otherwise (an unsigned .dmg still works after right-click → Open):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", in the keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   an app-specific password for notarytool
# SKIP_BUILD=1 packages a dist/Kakehashi.app built before.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP=dist/Kakehashi.app
CLI="$APP/Contents/MacOS/kakehashi-cli"
ENTITLEMENTS=installer/macos/entitlements.plist

if [ "${SKIP_BUILD:-}" != "1" ]; then
  uv sync --locked
  uv run pyinstaller --noconfirm build.spec
fi
[ -d "$APP" ] || { echo "build_dmg.sh: $APP is missing; build it with 'uv run pyinstaller build.spec'" >&2; exit 1; }

# The version is the one build.spec wrote into the bundle, from pyproject.toml.
VERSION=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$APP/Contents/Info.plist")
ARCH=$(uname -m)  # arm64 or x86_64: the bundle is built for the machine it is built on
DMG="dist/Kakehashi-$VERSION-macos-$ARCH.dmg"

"$CLI" --self-test --offscreen

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "Signing $APP as $MACOS_SIGN_IDENTITY"
  # Inside out: every library and program first, the bundle last, with the hardened
  # runtime that notarization requires.
  find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
      --sign "$MACOS_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "Code signing skipped: set MACOS_SIGN_IDENTITY to a Developer ID Application identity to sign."
fi

STAGING=$(mktemp -d)
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "Kakehashi $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] \
   && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  echo "Notarizing $DMG"
  xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$DMG"
else
  echo "Notarization skipped: it needs MACOS_SIGN_IDENTITY, APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD."
fi
echo "$DMG"
