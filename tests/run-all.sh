#!/usr/bin/env bash
# Installs dependencies, builds everything with warnings as errors, and runs the whole
# test suite (unit, CLI, GUI offscreen, store against SQLite and a throwaway PostgreSQL,
# signing with a throwaway PKI, fuzz replays and benchmarks). This is what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/install-deps
# Builds in other checkouts of the same sources (a fresh clone, a second work tree) reuse
# the compiler cache: paths are hashed relative to the checkout.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake -S . -B build -G Ninja
cmake --build build -j"$(nproc)"

# The store suite also runs against a throwaway PostgreSQL server started for the run.
tests/store/with-postgres.sh ctest --test-dir build --output-on-failure -j"$(nproc)"
