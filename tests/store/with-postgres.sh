#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on loopback, for the store tests:
# SMOUT_TEST_PG_URL (store tests) and SMOUT_BENCH_PG_URL (store benchmark) name its
# databases while the command runs; the server is stopped and
# removed afterwards. TCP connections need a password (scram-sha-256), which every client
# reads from the PGPASSFILE set here, as users keep theirs in ~/.pgpass. Without PostgreSQL installed, the command runs without the variable
# (the PostgreSQL variants of the store tests then report that they were skipped).
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: PostgreSQL is not installed; running without it" >&2
  exec "$@"
fi
run_as=()
if [ "$(id -u)" -eq 0 ]; then run_as=(runuser -u postgres --); fi
dir=$(mktemp -d /tmp/smout-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
port=$((20000 + RANDOM % 20000))
cleanup() { "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" > "$dir/pw"
# Every test login shares the password (the inventory's roles are what the tests are about).
printf '127.0.0.1:%s:*:*:%s\n' "$port" "$password" > "$dir/pgpass"
chmod 600 "$dir/pw" "$dir/pgpass"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir/pw" "$dir/pgpass"
export PGPASSFILE="$dir/pgpass"
"${run_as[@]}" "$bin/initdb" -D "$dir/data" -U smout --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/pw" -E UTF8 >/dev/null
"${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null
# One database per test program, since ctest runs them in parallel.
"${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U smout smout_test
"${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U smout smout_bench
# People of a shared inventory, for the role tests (tst_store_roles, tst_cli_db_roles): a CBP
# and an ICE program-office user, a Privacy Office user and an auditor. Their groups and
# components come from `smout db setup` and `smout db grant` in each test's database; and
# inventory_owner, a database owner who is no superuser. The
# password reaches psql through a file, never a command line.
"${run_as[@]}" "$bin/psql" -q -h "$dir" -p "$port" -U smout -d postgres -v ON_ERROR_STOP=1 >/dev/null <<SQL
\\set pw \`cat $dir/pw\`
CREATE ROLE cbp_author LOGIN PASSWORD :'pw';
CREATE ROLE ice_author LOGIN PASSWORD :'pw';
CREATE ROLE dhs_privacy LOGIN PASSWORD :'pw';
CREATE ROLE oig_auditor LOGIN PASSWORD :'pw';
CREATE ROLE inventory_owner LOGIN CREATEROLE PASSWORD :'pw';
SQL
export SMOUT_TEST_PSQL="$bin/psql"
export SMOUT_TEST_PG_URL="postgresql://smout@127.0.0.1:$port/smout_test"
export SMOUT_BENCH_PG_URL="postgresql://smout@127.0.0.1:$port/smout_bench"
export SMOUT_TEST_PG_SOCKET="$dir" # local (socket) connections are trusted; TCP ones need the password
echo "with-postgres: PostgreSQL on 127.0.0.1:$port" >&2
"$@"
