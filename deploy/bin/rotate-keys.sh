#!/usr/bin/env bash
# Rotates the tool's signing keys: NEXT becomes CURRENT, CURRENT becomes PREVIOUS, PREVIOUS is retired, and a
# new NEXT key is generated. Platforms keep verifying with the previous key while they refetch the JWKS.
# Usage: TOOL_ADMIN_PASSWORD=... deploy/bin/rotate-keys.sh https://childsafe.school.edu.vn
# Wait longer between two rotations than any platform caches the JWKS (Moodle: per request; others: hours).
set -euo pipefail
base=${1:?usage: $0 <tool base URL>}
: "${TOOL_ADMIN_PASSWORD:?set TOOL_ADMIN_PASSWORD}"
curl -fsS -u "${TOOL_ADMIN_USER:-admin}:${TOOL_ADMIN_PASSWORD}" -H 'Content-Type: application/json' -d '{}' \
     -X POST "$base/api/admin/keys/rotate"
echo
curl -fsS "$base/api/lti/jwks"
echo
