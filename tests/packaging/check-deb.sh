#!/usr/bin/env bash
# The Debian package as a user receives it: builds the .deb with CPack, unpacks it with
# dpkg -x into a temporary tree, and checks its files, its metadata, its declared
# dependencies and that the unpacked smout runs.
# Usage: check-deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
debs=("$work"/out/smout-studio_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "no smout-studio_${version}_*.deb in $(ls "$work/out")"
deb=${debs[0]}
dpkg-deb -x "$deb" "$work/root"
root=$work/root

id=org.smoutstudio.SmoutStudio
for f in usr/bin/smout usr/bin/smout-studio \
         usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
         usr/share/mime/packages/smout-studio.xml \
         usr/share/icons/hicolor/scalable/apps/smout-studio.svg \
         usr/share/icons/hicolor/16x16/apps/smout-studio.png \
         usr/share/icons/hicolor/48x48/apps/smout-studio.png \
         usr/share/icons/hicolor/256x256/apps/smout-studio.png \
         usr/share/man/man1/smout.1.gz \
         usr/share/smout-studio/examples/ice-2012-social-media-enforcement.smout; do
    [ -s "$root/$f" ] || fail "the package lacks /$f"
done
for size in 16 24 32 48 64 128 256 512; do
    file "$root/usr/share/icons/hicolor/${size}x${size}/apps/smout-studio.png" | grep -q "PNG image data, $size x $size" \
        || fail "the ${size}x${size} icon is not a ${size}x${size} PNG"
done
for exe in smout smout-studio; do
    file "$root/usr/bin/$exe" | grep -q ", stripped" || fail "/usr/bin/$exe is not stripped"
done

desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate rejects the .desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" > "$work/appstream.log" 2>&1 \
    || { cat "$work/appstream.log" >&2; fail "appstreamcli rejects the metainfo file"; }
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$id.metainfo.xml" \
    || fail "the metainfo file does not list release $version"

# Double-clicking a .smout file: the MIME database built from the package maps *.smout to
# application/x-smout, and the .desktop file opens that type.
update-mime-database "$root/usr/share/mime" > /dev/null 2>&1 || fail "update-mime-database rejects the MIME entry"
grep -q '^50:application/x-smout:\*\.smout$' "$root/usr/share/mime/globs2" || fail "*.smout is not application/x-smout"
grep -q '^MimeType=application/x-smout;$' "$root/usr/share/applications/$id.desktop" || fail "the .desktop file does not open application/x-smout"

zcat "$root/usr/share/man/man1/smout.1.gz" | grep -q '^\.SS smout export$' || fail "the man page lacks the export verb"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libqpdf libpoppler-qt6 libboost-program-options libqt6sql6-sqlite libicu; do
    grep -q "$lib" <<< "$depends" || fail "Depends does not name $lib: $depends"
done

out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/smout" --version) || fail "the packaged smout does not run"
[ "$out" = "smout $version" ] || fail "the packaged smout --version says '$out'"
# --version is answered by the front alone; a verb needs the verbs library it loads from the
# package's private directory.
find "$root/usr" -path '*/smout-studio/libsmoutverbs.so' | grep -q . \
    || fail "the package lacks the verbs library (lib/smout-studio/libsmoutverbs.so)"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/smout" new -o "$work/blank.smout" > "$work/new.log" 2>&1 && [ -s "$work/blank.smout" ] \
    || { cat "$work/new.log" >&2; fail "the packaged smout cannot run a verb"; }
echo "ok: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
echo "Depends: $depends"
