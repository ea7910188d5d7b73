#!/usr/bin/env bash
# SmallCRM for macOS: SmallCRM.app (PyInstaller), checked, in a disk image dist/SmallCRM-<version>.dmg;
# signed and notarised when the two variables below are set. On a Mac with Python 3.11+ (python.org) and
# Xcode's command-line tools:
#     packaging/macos/build.sh
#     SMALLCRM_CODESIGN_IDENTITY="Developer ID Application: ... (TEAMID)" SMALLCRM_NOTARY_PROFILE=smallcrm \
#       packaging/macos/build.sh
# The .app is built for the Mac's own processor (arm64 on Apple silicon, x86_64 on Intel): build on each for both.
# packaging/README.md explains signing and notarisation. Written and documented, not yet run: no Mac in CI.
set -euo pipefail
cd "$(dirname "$0")/../.."

python3 -m venv .venv-macos
.venv-macos/bin/python -m pip install --quiet --upgrade pip
.venv-macos/bin/python -m pip install --quiet -e '.[bundle]'
for ts in translations/*.ts; do
  .venv-macos/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done

# with SMALLCRM_CODESIGN_IDENTITY set, the spec signs every binary and the .app with the hardened runtime
.venv-macos/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/smallcrm.spec

VERSION=$(.venv-macos/bin/python -c 'import smallcrm; print(smallcrm.__version__)')
APP=dist/SmallCRM.app
test "$("$APP/Contents/MacOS/smallcrm" --version)" = "smallcrm $VERSION"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/smallcrm-desktop" --smoke
du -sh "$APP"

# the disk image: the app and a link to /Applications to drag it onto
DMG="dist/SmallCRM-$VERSION.dmg"
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "SmallCRM $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$STAGE"

if [ -n "${SMALLCRM_CODESIGN_IDENTITY:-}" ]; then
  codesign --verify --deep --strict --verbose=2 "$APP"
  codesign --sign "$SMALLCRM_CODESIGN_IDENTITY" --timestamp "$DMG"
  if [ -n "${SMALLCRM_NOTARY_PROFILE:-}" ]; then
    # the profile is stored once with: xcrun notarytool store-credentials smallcrm --apple-id ... --team-id ...
    xcrun notarytool submit "$DMG" --keychain-profile "$SMALLCRM_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
  fi
fi
echo "built $DMG"
