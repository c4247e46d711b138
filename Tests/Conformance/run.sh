#!/usr/bin/env bash
# Conformance: schemathesis against `orgtui serve` on a fresh demo store, with openapi.yaml; with
# ORGTUI_CONFORMANCE_DATABASE (the URL of an empty PostgreSQL database), against `orgtui serve --database` on it.
# Usage: Tests/Conformance/run.sh ORGTUI ST
set -euo pipefail
orgtui=$1 st=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${ORGTUI_CONFORMANCE_DATABASE:-}" ]; then
  storage=(--database "$ORGTUI_CONFORMANCE_DATABASE")
  "$(dirname "$orgtui")/orgtui-server" init "${storage[@]}" --org "Acme Robotics" --short-name acme \
    --name "Ada Admin" --email ada@acme.test >/dev/null
else
  storage=(--store "$work/org.sqlite")
  "$orgtui" init "${storage[@]}" --org "Acme Robotics" --short-name acme \
    --name "Ada Admin" --email ada@acme.test >/dev/null
fi
token=$("$orgtui" token create "${storage[@]}" --email ada@acme.test --name conformance 2>/dev/null)

"$orgtui" serve "${storage[@]}" --port 0 --host 127.0.0.1 2>"$work/serve.log" &
server=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -n1 || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "orgtui serve did not start"; cat "$work/serve.log"; exit 1; }

cd "$work"  # schemathesis keeps its cache in the working directory
status=0
"$st" --config-file "$here/schemathesis.toml" run "$root/Sources/OrgAPI/openapi.yaml" --url "$url" -H "Authorization: $token" \
  --max-examples "${CONFORMANCE_EXAMPLES:-100}" --seed "${CONFORMANCE_SEED:-1}" --no-color || status=$?
if ! kill -0 "$server" 2>/dev/null; then
  echo "orgtui serve died during the conformance run:"; grep -v '^0x' "$work/serve.log" | head -40; exit 1
fi
if grep -q "$token" "$work/serve.log"; then echo "the token appeared in the server's log"; exit 1; fi
exit $status
