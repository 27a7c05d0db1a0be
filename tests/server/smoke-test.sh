#!/bin/sh
# smoke-test.sh SERVER_ENV: checks a server made by linnet-test-server start:
# STARTTLS and direct TLS both complete a verified handshake (against the
# generated certificate, name "localhost") presenting the certificate whose
# SHA-256 is in the env file, the HTTP port is open, every account signs in,
# and the echo bot answers.
# shellcheck disable=SC2317 # tls_handshake runs through check()
set -eu

ENV=${1:?usage: smoke-test.sh SERVER_ENV}
HERE=$(cd "$(dirname "$0")" && pwd)
NETCHECK="$HERE/netcheck.lua"
get() { sed -n "s/^$1=//p" "$ENV" | tail -n 1; }
failed=0
check() { # description, command...
    what=$1
    shift
    if "$@" >"$TMP/out" 2>&1; then
        echo "ok   $what"
    else
        echo "FAIL $what"
        sed 's/^/     /' "$TMP/out" | tail -n 20
        failed=1
    fi
}

[ -f "$ENV" ] || { echo "no $ENV: did server_start run?" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DOMAIN=$(get LINNET_TEST_DOMAIN)
CA=$(get LINNET_TEST_CA_CERT)
SHA=$(get LINNET_TEST_CERT_SHA256)

tls_handshake() { # extra s_client arguments...; verifies and compares the fingerprint
    timeout 15 openssl s_client "$@" -CAfile "$CA" -verify_return_error \
        -verify_hostname "$DOMAIN" -showcerts </dev/null >"$TMP/s_client" 2>&1 || true
    grep -q 'Verify return code: 0 (ok)' "$TMP/s_client" || { cat "$TMP/s_client"; return 1; }
    seen=$(openssl x509 -in "$TMP/s_client" -noout -fingerprint -sha256 |
        sed 's/^[^=]*=//; s/://g' | tr 'A-F' 'a-f')
    [ "$seen" = "$SHA" ] || { echo "server presented $seen, env says $SHA"; return 1; }
}

check "STARTTLS on $(get LINNET_TEST_STARTTLS_PORT)" tls_handshake -starttls xmpp \
    -xmpphost "$DOMAIN" -connect "127.0.0.1:$(get LINNET_TEST_STARTTLS_PORT)"
check "direct TLS on $(get LINNET_TEST_DIRECTTLS_PORT)" tls_handshake \
    -servername "$DOMAIN" -connect "127.0.0.1:$(get LINNET_TEST_DIRECTTLS_PORT)"
check "HTTP port $(get LINNET_TEST_HTTP_PORT) open" lua5.4 "$NETCHECK" open "$(get LINNET_TEST_HTTP_PORT)"

DIRECT=$(get LINNET_TEST_DIRECTTLS_PORT)
for account in $(get LINNET_TEST_ACCOUNTS); do
    user=${account%%:*}
    check "account $user@$DOMAIN signs in" \
        lua5.4 "$NETCHECK" roster "$DIRECT" "$DOMAIN" "$user" "${account#*:}" "$CA"
done
first=$(get LINNET_TEST_ACCOUNTS | cut -d' ' -f1)
check "echo@$DOMAIN answers ${first%%:*}" \
    lua5.4 "$NETCHECK" echo "$DIRECT" "$DOMAIN" "${first%%:*}" "${first#*:}" "$CA"

exit $failed
