#!/usr/bin/env bash
# The one test command: installs what the tests need (only when missing), starts a throwaway
# PostgreSQL on loopback, runs every test project, and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '[test.sh] %s\n' "$*" >&2; }

# --- Debian packages the tests need -------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
# The PDF reports' fonts: TrueType outlines, which PDFsharp embeds as subsets (docs/cooperation.md, "Reports").
for font in fonts-nanum fonts-wqy-microhei fonts-dejavu-core; do
  dpkg -s "$font" >/dev/null 2>&1 || missing+=("$font")
done
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || missing+=(postgresql)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
# The scheduler's exact mode calls Z3's C library in-process (Z3MaxSat), not the z3 command.
ldconfig -p | grep -q 'libz3\.so\.4 ' || missing+=(libz3-4)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  # The tests start their own PostgreSQL and nginx: keep the packages' services from starting system-wide.
  own_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null && $SUDO chmod +x /usr/sbin/policy-rc.d && own_policy=1
  fi
  $SUDO apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
  installed=$?
  [ -n "$own_policy" ] && $SUDO rm -f /usr/sbin/policy-rc.d
  [ "$installed" -eq 0 ] || { log "apt-get install failed"; echo "0 passed, 1 failed"; exit 1; }
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# --- A throwaway PostgreSQL cluster on 127.0.0.1 --------------------------------------------
pg_dir=$(mktemp -d /tmp/biobridge-pg.XXXXXX)
pg_port=$(( 20000 + RANDOM % 20000 ))
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$pg_dir" postgres
  chown postgres "$pg_dir"
fi
cleanup() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
  || { log "initdb failed"; echo "0 passed, 1 failed"; exit 1; }
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { log "PostgreSQL did not start:"; cat "$pg_dir/server.log" >&2; echo "0 passed, 1 failed"; exit 1; }
export BIOBRIDGE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true"
log "PostgreSQL on 127.0.0.1:$pg_port"

# --- Build once, then run each test project ---------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results=$(mktemp -d /tmp/biobridge-results.XXXXXX)
if ! dotnet build BioBridge.slnx -c Release -nologo -v q >&2; then
  log "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "running $name"
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" >&2 || status=1
done

# --- Totals from the TRX files: the one line CI reads ------------------------------------------
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done
projects=$(ls tests/*/*.csproj | wc -l); reports=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$reports" -lt "$projects" ]; then
  log "only $reports of $projects test projects produced results"
  failed=$((failed + projects - reports))
fi
rm -rf "$results"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ] && [ "$passed" -gt 0 ]
