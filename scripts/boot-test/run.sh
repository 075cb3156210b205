#!/usr/bin/env bash
# `make check-systemd`: tradewatch under a real systemd. Debian 12 is
# debootstrapped once into .build/boot/base (the runtime libraries and
# logrotate included, so the passes need no network), then booted twice with
# systemd-nspawn (systemd as PID 1, no network of its own):
#   1. installed as the README says: `make install DESTDIR=<root> PREFIX=/usr`
#      from here, then inside: apt-get install of the libraries, systemd-sysusers,
#      systemd-tmpfiles --create, systemctl enable --now;
#   2. installed from the package: apt install ./tradewatch_*.deb, and purged.
# Each pass runs scripts/boot-test/inside.sh in the container and prints its
# results; the whole run fails when a check fails. Needs root.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
work=$repo/.build/boot
base=$work/base
debs=${BOOT_DEB_CACHE:-/var/cache/tradewatch-boot/debs}
start=$(date +%s)
mkdir -p "$work"

[ "$(id -u)" -eq 0 ] || { echo "check-systemd: needs root (debootstrap, systemd-nspawn)" >&2; exit 1; }
deb=$(ls -t .build/tradewatch_*_"$(dpkg --print-architecture)".deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "check-systemd: no .build/tradewatch_*.deb (make deb)" >&2; exit 1; }

# What the base holds; a base made with another list (an older checkout's) is made again.
include=systemd,systemd-sysv,dbus,logrotate,libcurl4,libxml2,libsqlite3-0,ca-certificates
if [ ! -x "$base/usr/lib/systemd/systemd" ] || [ "$(cat "$base/.tradewatch-include" 2>/dev/null)" != "$include" ]; then
    rm -rf "$base"
    mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
    mirror=${mirror:-http://deb.debian.org/debian}
    echo "check-systemd: debootstrapping Debian 12 from $mirror into $base (once)"
    rm -rf "$base.tmp"
    # The downloaded packages are kept outside the clone, so a fresh clone on
    # the same machine (CI) bootstraps without downloading them again.
    mkdir -p "$debs"
    debootstrap --variant=minbase --cache-dir="$debs" \
        --include="$include" \
        bookworm "$base.tmp" "$mirror" > "$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
    # A machine id per boot, no apt lists or archives kept.
    : > "$base.tmp/etc/machine-id"
    rm -rf "$base.tmp"/var/cache/apt/archives/*.deb
    echo "$include" > "$base.tmp/.tradewatch-include"
    mv "$base.tmp" "$base"
fi

# The container's unit that runs the checks once the system is up, then powers off.
install_checker() {
    local root=$1 mode=$2
    install -Dm755 scripts/boot-test/inside.sh "$root/usr/local/sbin/boot-check"
    cat > "$root/etc/systemd/system/boot-check.service" <<UNIT
[Unit]
Description=tradewatch boot test ($mode)
After=multi-user.target

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/boot-check $mode
StandardOutput=journal+console
TimeoutStartSec=300

[Install]
WantedBy=multi-user.target
UNIT
    mkdir -p "$root/etc/systemd/system/multi-user.target.wants"
    ln -sf ../boot-check.service "$root/etc/systemd/system/multi-user.target.wants/"
}

boot() {
    local name=$1 root=$2
    local t=$(date +%s)
    # The container boots at nice 0, as a machine's PID 1 does, even when this
    # script runs niced: a service started at nice 10 could not take the nice
    # value 0 libdispatch gives its worker threads.
    nice -n "-$(nice)" timeout 280 systemd-nspawn --quiet --boot --register=no --keep-unit --private-network \
        --console=pipe -D "$root" --machine="tw-$name" < /dev/null > "$work/$name.console" 2>&1 || true
    echo "--- $name: $(( $(date +%s) - t )) s booted"
    if [ -f "$root/root/boot-check.log" ]; then
        cat "$root/root/boot-check.log"
    else
        echo "no results; the console said:"; tail -30 "$work/$name.console"
    fi
    cp "$root/root/boot-check.log.detail" "$work/$name.detail" 2>/dev/null || true
    cp "$root/root/tradewatch.journal" "$work/$name.journal" 2>/dev/null || true
    [ "$(tail -1 "$root/root/boot-check.log" 2>/dev/null)" = PASS ]
}

fresh_root() {
    local root=$1
    rm -rf "$root"
    cp -a --reflink=auto "$base" "$root"
}

binary=$work/tradewatch
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/tradewatch > "$binary"
chmod 755 "$binary"
status=0

# Pass 1: make install into the root, the README's steps inside.
root=$work/install
fresh_root "$root"
# The binary make deb packaged (no rebuild while the test runs).
make -s install DESTDIR="$root" PREFIX=/usr BIN="$binary" >/dev/null
install_checker "$root" install
boot install "$root" || status=1

# Pass 2: the package.
root=$work/deb
fresh_root "$root"
cp "$deb" "$root/root/"
install_checker "$root" deb
boot deb "$root" || status=1

echo "check-systemd: $(( $(date +%s) - start )) s in all; $([ $status -eq 0 ] && echo PASS || echo FAIL)"
exit $status
