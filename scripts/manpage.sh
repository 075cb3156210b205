#!/usr/bin/env bash
# Writes tradewatch(1) in roff, generated from the command's own --help, so
# the man page never disagrees with the binary.  Usage: manpage.sh BINARY > tradewatch.1
set -euo pipefail
bin=$1
version=$("$bin" --version)
esc() { sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\&'/"; }

cat <<EOF2
.TH TRADEWATCH 1 "" "tradewatch $version" "User Commands"
.SH NAME
tradewatch \- alerts when US-China trade-policy positions move
.SH SYNOPSIS
.B tradewatch
.I subcommand
.RI [ options ]
.SH DESCRIPTION
tradewatch polls RSS and Atom feeds, compares each new item with the
baseline positions of the June 2025 US-China London talks, and writes every
alert exactly once to an append-only JSON-lines log and to a Unix socket
that clients subscribe to. It runs as a systemd service
.RB ( tradewatch.service ", " tradewatch.socket ).
.PP
Exit status: 0 success, 1 a failure the message explains, 2 a usage error.
EOF2
subcommands=$("$bin" --help | awk '/^SUBCOMMANDS:/{on=1; next} on && /^  [a-z]/{print $1}')
for sub in $subcommands; do
    echo ".SH \"$(echo "tradewatch $sub" | tr a-z A-Z)\""
    echo ".nf"
    "$bin" help "$sub" 2>&1 | esc
    echo ".fi"
done
cat <<EOF2
.SH FILES
.TP
.I /etc/tradewatch/tradewatch.toml
the configuration; \fBsystemctl reload tradewatch\fR applies changes
.TP
.I /var/log/tradewatch/alerts.jsonl
the alert log
.TP
.I /run/tradewatch/alerts.sock
the subscriber socket
.TP
.I /var/lib/tradewatch/state.db
the daemon's state (SQLite)
.TP
.I /usr/share/tradewatch/seeds/baseline.toml
the baseline positions
.SH SEE ALSO
.BR systemctl (1),
.BR journalctl (1)
EOF2
