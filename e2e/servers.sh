#!/usr/bin/env bash
# Real mail servers on loopback for the end-to-end suite and the benchmark:
#   Dovecot (IMAP 127.0.0.1:10143, LMTP 127.0.0.1:10024), a private instance with its own configuration, and
#   Postfix (SMTP 127.0.0.1:10025) delivering every address of the test domains to Dovecot over LMTP.
# Mailboxes are listed in <workdir>/users (one address per line, password = "secret"); other addresses at the
# test domains are accepted by Postfix and bounced by Dovecot, which is how the suite makes a bounce. Mail to
# bench.e2e.test is accepted, queued and discarded (the benchmark's thousand units).
# Usage: e2e/servers.sh start <workdir> [address...] | adduser <workdir> address... | stop <workdir>
# Needs root (Postfix is configured system-wide: run it on a test machine only) and the Debian packages
# dovecot-imapd, dovecot-lmtpd and postfix.
set -euo pipefail
command=${1:?start|adduser|stop}
work=$(realpath -m "${2:?workdir}")
shift 2 || true
# Dovecot reads its users and writes mail as unprivileged users: its tree lives where every user can reach it,
# not under the checkout (whose parents may be private on a CI machine).
home=/var/tmp/vanthu-e2e-$(printf '%s' "$work" | cksum | cut -d' ' -f1)
DOMAINS="gateway.e2e.test so.e2e.test school.e2e.test outside.e2e.test"
BENCH_DOMAIN=bench.e2e.test
MAILUSER=vanthu-mail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

add_users() {
    for address in "$@"; do
        grep -qx "$address:{PLAIN}secret::::::" "$home/dovecot/users" 2>/dev/null \
            || echo "$address:{PLAIN}secret::::::" >> "$home/dovecot/users"
    done
}

start_dovecot() {
    # Every start is a clean slate: no mail and no mailboxes left from an earlier run.
    rm -rf "$home/mail" "$home/dovecot/users"
    mkdir -p "$home/dovecot/run" "$home/dovecot/state" "$home/mail"
    id "$MAILUSER" >/dev/null 2>&1 || as_root useradd --system --no-create-home --shell /usr/sbin/nologin "$MAILUSER"
    chown -R "$MAILUSER:$MAILUSER" "$home/mail"
    touch "$home/dovecot/users"
    cat > "$home/dovecot/dovecot.conf" <<CONF
base_dir = $home/dovecot/run
state_dir = $home/dovecot/state
log_path = $home/dovecot/dovecot.log
instance_name = vanthu-e2e
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$home/mail/%d/%n
mail_uid = $MAILUSER
mail_gid = $MAILUSER
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $home/dovecot/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $home/dovecot/users
  default_fields = uid=$MAILUSER gid=$MAILUSER home=$home/mail/%d/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = 10143
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = 10024
  }
  unix_listener lmtp {
    mode = 0600
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
}
protocol imap {
  mail_max_userip_connections = 50
}
CONF
    # Daemons must not keep the caller's output open.
    if as_root doveadm -c "$home/dovecot/dovecot.conf" reload </dev/null >>"$home/dovecot/start.log" 2>&1; then
        return 0
    fi
    as_root dovecot -c "$home/dovecot/dovecot.conf" </dev/null >>"$home/dovecot/start.log" 2>&1
}

start_postfix() {
    echo "$BENCH_DOMAIN discard:" > "$home/transport"
    as_root postmap "$home/transport"
    as_root postconf -e \
        "relay_domains = $BENCH_DOMAIN" \
        "transport_maps = hash:$home/transport" \
        "myhostname = mail.e2e.test" \
        "mydestination =" \
        "inet_interfaces = loopback-only" \
        "inet_protocols = ipv4" \
        "mynetworks = 127.0.0.0/8" \
        "virtual_mailbox_domains = ${DOMAINS}" \
        "virtual_transport = lmtp:inet:127.0.0.1:10024" \
        "smtpd_reject_unlisted_recipient = no" \
        "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination" \
        "message_size_limit = 104857600" \
        "maillog_file_prefixes = /var, /dev/stdout, $work" \
        "maillog_file = $work/postfix.log" \
        "smtpd_tls_security_level = none" \
        "smtp_tls_security_level = none" \
        "disable_dns_lookups = yes" \
        "smtpd_peername_lookup = no" \
        "lmtp_destination_concurrency_limit = 20" \
        "default_destination_concurrency_limit = 20"
    as_root postconf -MX smtp/inet || true
    as_root postconf -M "10025/inet=10025 inet n - n - - smtpd"
    as_root postconf -M "postlog/unix-dgram=postlog unix-dgram n - n - 1 postlogd"
    as_root postfix check </dev/null >>"$work/postfix-start.log" 2>&1 || true
    as_root postfix start </dev/null >>"$work/postfix-start.log" 2>&1 \
        || as_root postfix reload </dev/null >>"$work/postfix-start.log" 2>&1
}

wait_port() {
    for _ in $(seq 1 50); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        sleep 0.2
    done
    echo "port $1 did not open" >&2
    return 1
}

case "$command" in
    start)
        mkdir -p "$work" "$home"
        start_dovecot
        add_users "$@"
        start_postfix
        wait_port 10143
        wait_port 10024
        wait_port 10025
        echo "mail servers up: SMTP 127.0.0.1:10025, IMAP 127.0.0.1:10143 (work dir $work)"
        ;;
    adduser)
        add_users "$@"
        ;;
    stop)
        as_root postfix stop 2>/dev/null || true
        if [ -f "$home/dovecot/dovecot.conf" ]; then
            as_root doveadm -c "$home/dovecot/dovecot.conf" stop 2>/dev/null || true
        fi
        ;;
    *)
        echo "unknown command $command" >&2
        exit 2
        ;;
esac
