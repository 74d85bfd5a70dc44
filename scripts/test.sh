#!/usr/bin/env bash
# npm test: every test file, a few at a time, the slowest first (scripts/test-files.sh, run in that
# order by scripts/run-tests.ts). The type check and lint are their own commands (npm run typecheck,
# npm run lint), which CI runs after this one (.ci/run): here they took a minute of the two cores
# from the tests.
set -uo pipefail
cd "$(dirname "$0")/.."
exec node --import tsx scripts/run-tests.ts $(bash scripts/test-files.sh)
