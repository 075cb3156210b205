#!/usr/bin/env bash
# `make deb`: .build/tradewatch_VERSION_ARCH.deb, built with dpkg-deb from what
# `make install` installs (DESTDIR, PREFIX=/usr, units under /lib/systemd/system
# as Debian 12 keeps them) and the control files in packaging/deb/, then
# checked with lintian (fails on any error). Prints the package's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.build/release/tradewatch}
work=.build/deb
root=$work/root
rm -rf "$work"
mkdir -p "$root/DEBIAN" "$work/src/debian"

make -s install BIN="$bin" DESTDIR="$PWD/$root" PREFIX=/usr SYSTEMD_DIR=/lib/systemd/system >/dev/null

# Debian policy: stripped binaries, compressed man pages, copyright and changelog.
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/tradewatch"
gzip -9n "$root/usr/share/man/man1/tradewatch.1"
doc=$root/usr/share/doc/tradewatch
install -m644 packaging/deb/copyright "$doc/copyright"
version=$("$root/usr/bin/tradewatch" --version)
arch=$(dpkg --print-architecture)
sed "s/@VERSION@/$version/" packaging/deb/changelog.in | gzip -9n > "$doc/changelog.gz"
chmod 644 "$doc/changelog.gz"

# Depends: the packages of the shared libraries the binary links (libcurl4, libxml2, libsqlite3-0, libc6...).
printf 'Source: tradewatch\n\nPackage: tradewatch\nArchitecture: any\n' > "$work/src/debian/control"
depends=$(cd "$work/src" && dpkg-shlibdeps -O "$PWD/../root/usr/bin/tradewatch" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
# dpkg-shlibdeps goes by the glibc symbols the binary calls; packed relative
# relocations (DT_RELR, see Package.swift) need the loader of glibc 2.36
# (Debian 12's), which the binary asks for as GLIBC_ABI_DT_RELR: no symbol, so raised here.
if readelf -V "$root/usr/bin/tradewatch" | grep -q GLIBC_ABI_DT_RELR; then
    libc=$(sed -nE 's/(^|.*, )libc6 \(>= ([^)]+)\).*/\2/p' <<<"$depends")
    [ -n "$libc" ] || { echo "deb: no libc6 in Depends: $depends" >&2; exit 1; }
    if dpkg --compare-versions "$libc" lt 2.36; then
        depends=${depends/"libc6 (>= $libc)"/"libc6 (>= 2.36)"}
    fi
fi
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)

sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
    packaging/deb/control.in > "$root/DEBIAN/control"
install -m644 packaging/deb/conffiles "$root/DEBIAN/conffiles"
for script in postinst prerm postrm; do install -m755 "packaging/deb/$script" "$root/DEBIAN/$script"; done
(cd "$root" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/md5sums"

deb=.build/tradewatch_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
if command -v lintian >/dev/null; then
    lintian --fail-on error --suppress-tags-from-file packaging/deb/lintian-expected "$deb" >&2
else
    echo "deb: lintian is not installed (scripts/deps.sh lintian)" >&2
    exit 1
fi
echo "$deb"
