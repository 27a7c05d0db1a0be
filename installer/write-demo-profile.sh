#!/bin/sh
# Writes a private Linnet profile that signs in as the demo user of a running test server.
# usage: write-demo-profile.sh SERVER_ENV PROFILE_DIR
set -eu
env_file=${1:?usage: write-demo-profile.sh SERVER_ENV PROFILE_DIR}
profile=${2:?usage: write-demo-profile.sh SERVER_ENV PROFILE_DIR}

value() { sed -n "s/^$1=//p" "$env_file" | head -n 1 | sed "s/^['\"]//; s/['\"]\$//"; }

jid=$(value LINNET_DEMO_JID)
password=$(value LINNET_DEMO_PASSWORD)
port=$(value LINNET_TEST_STARTTLS_PORT)
fingerprint=$(value LINNET_TEST_CERT_SHA256)
if [ -z "$jid" ] || [ -z "$password" ] || [ -z "$port" ]; then
    echo "write-demo-profile: $env_file is not a demo server's environment" >&2
    exit 1
fi

config="$profile/config/Linnet/linnet"
mkdir -p "$config" "$profile/data" "$profile/cache"
cat > "$config/accounts.ini" <<INI
[$jid]
jid=$jid
resource=linnet
host=127.0.0.1
port=$port
tlsMode=starttls
pinnedCertificates=$fingerprint
autoConnect=true
rememberPassword=true
INI
umask 077
printf '{"%s": "%s"}\n' "$jid" "$password" > "$config/passwords.json"
chmod 600 "$config/passwords.json"
echo "write-demo-profile: $jid on 127.0.0.1:$port in $profile"
