#!/usr/bin/env bash
# The test command: installs what the tests need, checks formatting, builds with warnings
# as errors, runs every test project and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

fail() { echo "$1" >&2; echo "0 passed, 1 failed"; exit 1; }

need=()
[ -x /usr/bin/chromium ] || need+=(chromium fonts-noto-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
# The build fetches the document fonts with npm (src/Passage.Core/Documents/Fonts); the API description's checks
# (tests/openapi) run Redocly CLI and TypeScript on Node.js 20.19 or later.
command -v node >/dev/null && command -v npm >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq >/dev/null && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
    || fail "could not install ${need[*]}"
fi

dotnet tool restore >/dev/null || fail "dotnet tool restore failed"
dotnet restore Passage.slnx >/dev/null || fail "restore failed"
dotnet format Passage.slnx --no-restore --verify-no-changes || fail "dotnet format found changes to make (run: dotnet format Passage.slnx)"
dotnet build Passage.slnx --no-restore -c Release -warnaserror -v q -nologo || fail "build failed"

# Many test hosts start in one process; polling keeps them within the inotify instance limit.
export DOTNET_USE_POLLING_FILE_WATCHER=true
results=$(mktemp -d)
status=0
for proj in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$proj" .csproj)
  echo "== $name"
  dotnet test "$proj" --no-build -c Release --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done
expected=$(ls tests/*.Tests/*.Tests.csproj | wc -l); got=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$got" -lt "$expected" ]; then failed=$((failed + expected - got)); fi
rm -rf "$results"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ] && [ "$passed" -gt 0 ]
