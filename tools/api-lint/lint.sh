#!/usr/bin/env bash
# Lints the committed OpenAPI documents (docs/api/*.openapi.json) and the AsyncAPI document (docs/api/asyncapi.json) with Redocly CLI's recommended ruleset
# (redocly.yaml), at the version locked in package-lock.json. Any error fails; warnings are printed only.
# ./mvnw verify runs it (module tools/api-lint; -Dapi-lint.skip=true skips it); by hand: tools/api-lint/lint.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../.." && pwd -P)

fail() {
  echo "API lint: $*" >&2
  exit 1
}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  fail "Node.js (20.19+ or 22.12+) and npm are needed to lint docs/api/*.openapi.json with Redocly CLI, and" \
    "$(command -v node >/dev/null 2>&1 && echo "npm" || echo "node") is not on the PATH. Install them (Debian:" \
    "apt-get install nodejs npm), or skip this check with ./mvnw verify -Dapi-lint.skip=true."
fi
node -e 'const [major] = process.versions.node.split(".").map(Number); process.exit(major >= 20 ? 0 : 1)' \
  || fail "Redocly CLI needs Node.js 20.19+ or 22.12+; this is $(node --version). Upgrade it, or skip this check" \
    "with ./mvnw verify -Dapi-lint.skip=true."

cd "$repo"
shopt -s nullglob
documents=(docs/api/*.openapi.json)
# No document at all is a mistake (a renamed folder, a forgotten commit), not a clean result.
[ ${#documents[@]} -gt 0 ] || fail "no OpenAPI document to lint: expected docs/api/<service>.openapi.json."
# The events' contract (AsyncAPI 3, generated from contracts/) is linted with the same ruleset.
documents+=(docs/api/asyncapi.json)

cd "$here"
# npm ci only when the installed CLI is not the locked one: reinstalling on every build would cost time and need
# the registry for nothing.
if ! node -e '
    const fs = require("fs");
    const locked = JSON.parse(fs.readFileSync("package-lock.json")).packages["node_modules/@redocly/cli"].version;
    let installed;
    try { installed = JSON.parse(fs.readFileSync("node_modules/@redocly/cli/package.json")).version; } catch {}
    process.exit(installed === locked ? 0 : 1);'; then
  echo "API lint: installing Redocly CLI (npm ci in tools/api-lint)"
  npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed in tools/api-lint (is the npm registry reachable?)"
fi

cd "$repo"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
echo "API lint: redocly lint ${documents[*]}"
if ! "$here/node_modules/.bin/redocly" lint --config "$here/redocly.yaml" "${documents[@]}"; then
  fail "the OpenAPI documents above break Redocly's recommended rules (tools/api-lint/redocly.yaml). Fix the" \
    "annotations of the operations named, regenerate the documents (-Demporium.api.update=true) and run again."
fi
