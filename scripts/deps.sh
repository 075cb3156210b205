#!/usr/bin/env bash
# Installs the Debian packages tradewatch builds, tests and runs with, when any
# is missing. Safe to run every time: it does nothing when all are present.
set -euo pipefail

# prometheus: its promtool checks the metrics exposition in the tests.
# postgresql: the server the cluster tests start (scripts/test-postgres.sh),
# openssl: its certificate for the TLS tests;
# the cluster store's client is postgres-nio (Package.swift), no C library.
packages=(pkg-config libcurl4-openssl-dev libxml2-dev libsqlite3-dev gzip python3 systemd prometheus postgresql openssl)
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
