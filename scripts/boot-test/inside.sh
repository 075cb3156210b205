#!/usr/bin/env bash
# Runs inside the booted Debian 12 container (a oneshot unit started after
# multi-user.target), as root, then powers the container off. MODE is
# "install" (files put in place by `make install DESTDIR=... PREFIX=/usr`; the
# README's steps follow here) or "deb" (apt install ./tradewatch_*.deb, and
# apt purge at the end). One line per check in /root/boot-check.log; the last
# line is PASS or FAIL. Nothing is fixed by hand: a step that fails is a FAIL.
set -uo pipefail
mode=$1
log=/root/boot-check.log
: > "$log"
failed=0
t_boot=$(date +%s)

say() { echo "$*" | tee -a "$log"; }
ok() { say "ok - $*"; }
fail() { say "not ok - $*"; failed=1; }
check() {  # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@" >>"$log.detail" 2>&1; then ok "$what"; else fail "$what (see boot-check.log.detail)"; fi
}
# until SECONDS COMMAND...: polls COMMAND every 0.2 s until it succeeds or the deadline passes.
until_ok() {
    local deadline=$(( $(date +%s) + $1 )); shift
    while ! "$@" >/dev/null 2>&1; do
        [ "$(date +%s)" -ge "$deadline" ] && return 1
        sleep 0.2
    done
}
finish() {
    say "elapsed inside: $(( $(date +%s) - t_boot )) s"
    if [ $failed -eq 0 ]; then say PASS; else say FAIL; fi
    systemctl --no-block poweroff
    exit 0
}

config=/etc/tradewatch/tradewatch.toml
alerts=/var/log/tradewatch/alerts.jsonl
socket=/run/tradewatch/alerts.sock

# --- install, exactly as the README says -------------------------------------
if [ "$mode" = install ]; then
    check "README: apt-get install the runtime libraries" \
        env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libcurl4 libxml2 libsqlite3-0 logrotate
    check "README: systemd-sysusers" systemd-sysusers
    check "README: systemd-tmpfiles --create" systemd-tmpfiles --create
    check "README: systemctl enable --now tradewatch.socket tradewatch.service" \
        systemctl enable --now tradewatch.socket tradewatch.service
else
    check "README: apt install ./tradewatch_*.deb" \
        env DEBIAN_FRONTEND=noninteractive apt-get install -y -q /root/tradewatch_*.deb
fi

perms=$(stat -c '%U:%G %a' "$config" 2>&1)
if [ "$perms" = "root:tradewatch 640" ]; then ok "config is root:tradewatch 0640"; else fail "config is $perms, want root:tradewatch 640"; fi
for unit in tradewatch.socket tradewatch.service; do
    state=$(systemctl is-enabled "$unit" 2>&1)
    [ "$state" = enabled ] && ok "$unit enabled" || fail "$unit is $state, want enabled"
done
if until_ok 30 systemctl is-active --quiet tradewatch.service; then
    ok "service active as installed ($(systemctl show -p StatusText --value tradewatch.service))"
else
    fail "service not active: $(systemctl status --no-pager tradewatch.service 2>&1 | tail -5)"
    journalctl -u tradewatch --no-pager >>"$log.detail" 2>&1
    finish
fi
pid0=$(systemctl show -p MainPID --value tradewatch.service)
t0=$(date +%s)

# --- an alert from a local feed, added with a reload ---------------------------
mkdir -p /srv/boot-check
feed=/srv/boot-check/feed.xml
item() {  # item GUID TITLE TEXT
    printf '<item><guid>%s</guid><title>%s</title><description>%s</description><pubDate>%s</pubDate></item>\n' \
        "$1" "$2" "$3" "$(date -u -R)"
}
write_feed() {
    { echo '<?xml version="1.0"?><rss version="2.0"><channel><title>Boot check</title><link>https://example.org/</link>'
      cat /srv/boot-check/items
      echo '</channel></rss>'; } > "$feed.tmp" && mv "$feed.tmp" "$feed"
}
item boot-1 "China suspends export controls on rare earths" \
    "China's commerce ministry said on Monday it has suspended the export controls on seven rare earth elements it imposed in April." \
    > /srv/boot-check/items
write_feed
chmod -R a+rX /srv/boot-check
printf '\n[[feed]]\nname = "boot check"\nurl = "file://%s"\ninterval = "2s"\n' "$feed" >> "$config"
check "check-config accepts the edited config" tradewatch check-config --config "$config"
check "systemctl reload" systemctl reload tradewatch.service
pid=$(systemctl show -p MainPID --value tradewatch.service)
[ "$pid" = "$pid0" ] && ok "reload kept the PID ($pid)" || fail "reload changed the PID: $pid0 -> $pid"
has_alert() { [ -s "$alerts" ] && grep -q '"topic":"rare-earth-exports"' "$alerts"; }
if until_ok 60 has_alert; then ok "an alert reached $alerts"; else fail "no alert in $alerts"; fi

# --- the socket: a group member subscribes, an outsider is refused ------------
id alice >/dev/null 2>&1 || useradd -m -G tradewatch alice
id bob >/dev/null 2>&1 || useradd -m bob
out=$(runuser -u alice -- tradewatch subscribe --since 0 --once 2>&1)
if [ $? -eq 0 ] && grep -q '"rare-earth-exports"' <<<"$out"; then ok "group member alice subscribes"; else fail "alice: $out"; fi
out=$(runuser -u bob -- tradewatch subscribe --since 0 --once 2>&1)
if [ $? -ne 0 ] && grep -qi 'permission denied' <<<"$out"; then ok "outsider bob refused"; else fail "bob was not refused: $out"; fi
out=$(runuser -u alice -- tradewatch status 2>&1)
if [ $? -eq 0 ] && grep -q 'feeds: ' <<<"$out"; then ok "tradewatch status: $(head -1 <<<"$out")"; else fail "status: $out"; fi

# --- hardening -----------------------------------------------------------------
exposure=$(systemd-analyze security --no-pager tradewatch.service 2>/dev/null | sed -n 's/.*Overall exposure level for tradewatch.service: \([0-9.]*\).*/\1/p')
if [ -n "$exposure" ] && awk -v e="$exposure" 'BEGIN { exit !(e <= 1.5) }'; then
    ok "systemd-analyze security exposure $exposure (<= 1.5)"
else
    fail "systemd-analyze security exposure '${exposure}' (want <= 1.5)"
fi

# --- logrotate, then a new alert lands in the new file -------------------------
check "logrotate -f" logrotate -f /etc/logrotate.d/tradewatch
[ -e "$alerts.1" ] && ok "rotated to $alerts.1" || fail "no $alerts.1 after logrotate"
item boot-2 "US lifts export controls on chip design software for China" \
    "The US Commerce Department said on Tuesday it has lifted the export restrictions on EDA chip design software sales to China." \
    >> /srv/boot-check/items
write_feed
new_alert() { [ -s "$alerts" ] && grep -q '"topic":"eda-software"' "$alerts"; }
if until_ok 60 new_alert; then ok "a new alert landed in the new $alerts"; else fail "no new alert in the new $alerts ($(wc -l < "$alerts" 2>&1) lines)"; fi
if ! grep -q '"eda-software"' "$alerts.1" 2>/dev/null; then ok "the rotated file did not get it"; else fail "the new alert went to $alerts.1"; fi

# --- watchdog: no restart within 60 s ------------------------------------------
left=$(( t0 + 60 - $(date +%s) ))
[ $left -gt 0 ] && sleep "$left"
restarts=$(systemctl show -p NRestarts --value tradewatch.service)
pid=$(systemctl show -p MainPID --value tradewatch.service)
if [ "$restarts" = 0 ] && [ "$pid" = "$pid0" ] && systemctl is-active --quiet tradewatch.service; then
    ok "no restart in $(( $(date +%s) - t0 )) s (watchdog fed)"
else
    fail "restarts=$restarts, PID $pid0 -> $pid"
fi

# --- socket activation ---------------------------------------------------------
check "systemctl stop tradewatch.service" systemctl stop tradewatch.service
systemctl is-active --quiet tradewatch.socket && ok "socket unit still listening" || fail "socket unit inactive after stopping the service"
out=$(tradewatch status --socket "$socket" 2>&1)
if [ $? -eq 0 ] && until_ok 30 systemctl is-active --quiet tradewatch.service; then
    ok "connecting to the socket started the service (PID $(systemctl show -p MainPID --value tradewatch.service))"
else
    fail "socket activation: $out; $(systemctl is-active tradewatch.service)"
fi

# --- the journal ---------------------------------------------------------------
journalctl -u tradewatch.service --no-pager -o short-monotonic > /root/tradewatch.journal 2>&1
errors=$(journalctl -u tradewatch.service --no-pager -q -p err 2>&1)
# The daemon writes levels as text (journald stores stderr lines at info).
errors+=$(grep -E 'tradewatch\[[0-9]+\]: (error|critical) ' /root/tradewatch.journal)
if [ -z "$errors" ]; then ok "journal has no error from tradewatch"; else fail "journal errors:"; say "$errors"; fi
# libdispatch sets each worker thread's nice value (0; -4 for its event-manager
# thread) and logs every refusal. The unit allows setpriority and LimitNICE=-4;
# where the container's hard RLIMIT_NICE is 0 (a host without
# CAP_SYS_RESOURCE) systemd cannot grant the -4, and only that one line per
# process start may remain.
priority=$(grep -c 'Failed to set thread priority' /root/tradewatch.journal)
starts=$(grep -c 'tradewatch\[[0-9]*\]: info started' /root/tradewatch.journal)
pid=$(systemctl show -p MainPID --value tradewatch.service)
nice_limit=$(awk '/Max nice priority/ { print $4 }' /proc/"$pid"/limits 2>/dev/null)
if [ "$priority" -eq 0 ]; then
    ok "no libdispatch thread-priority error (RLIMIT_NICE $nice_limit)"
elif [ "${nice_limit:-0}" -lt 24 ] && [ "$priority" -le "$starts" ]; then
    ok "libdispatch thread-priority errors: $priority for $starts starts, its event-manager thread's nice -4 (the container's hard RLIMIT_NICE is ${nice_limit:-?}, LimitNICE=-4 cannot be granted)"
else
    fail "libdispatch thread-priority errors: $priority for $starts starts (RLIMIT_NICE $nice_limit)"
fi

# --- a config the daemon cannot read: the error says why --------------------------
if [ "$mode" = install ]; then
    chgrp root "$config"
    systemctl restart tradewatch.service >/dev/null 2>&1
    says() { journalctl -u tradewatch.service --no-pager -q | grep -q "$config: cannot read the config file: Permission denied (the file is root:root, mode 0640; tradewatch runs as user tradewatch"; }
    if until_ok 20 says; then ok "an unreadable config is named with its owner, mode and the daemon's user"; else fail "no clear error for an unreadable config: $(journalctl -u tradewatch.service --no-pager -q | tail -3)"; fi
    systemd-tmpfiles --create >/dev/null 2>&1
    systemctl reset-failed tradewatch.service >/dev/null 2>&1
    if systemctl restart tradewatch.service && until_ok 30 systemctl is-active --quiet tradewatch.service; then
        ok "systemd-tmpfiles --create gives it back its group; the service starts"
    else
        fail "service not active after systemd-tmpfiles --create: $(stat -c '%U:%G %a' "$config")"
    fi
fi

# --- the package goes cleanly ---------------------------------------------------
if [ "$mode" = deb ]; then
    check "apt purge tradewatch" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q tradewatch
    left=$(find /etc/systemd/system /var/lib/systemd/deb-systemd-helper-enabled -name 'tradewatch*' 2>/dev/null)
    [ -z "$left" ] && ok "no unit enabled after purge" || fail "left after purge: $left"
    pgrep -x tradewatch >/dev/null && fail "a tradewatch process survived the purge" || ok "no tradewatch process after purge"
fi
finish
