#!/usr/bin/env bash
# npm test: every test file, with the type check and lint beside them rather than before them.
# The test files leave the two cores idle part of the time (browsers rendering, servers waiting
# for a timer or a lease), and the checks fill it. Their output follows the tests'; any failure
# fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
npm run --silent typecheck >"$logs/typecheck" 2>&1 &
typecheck=$!
npm run --silent lint >"$logs/lint" 2>&1 &
lint=$!
node --import tsx --test --test-concurrency=3 --test-reporter=spec --test-reporter-destination=stdout $(bash scripts/test-files.sh)
tests=$?
wait "$typecheck"
typecheck_ok=$?
wait "$lint"
lint_ok=$?
for step in typecheck lint; do
  echo "── npm run $step"
  cat "$logs/$step"
done
say() { [ "$1" -eq 0 ] && echo ok || echo FAILED; }
echo "tests: $(say $tests); typecheck: $(say $typecheck_ok); lint: $(say $lint_ok)"
[ $tests -eq 0 ] && [ $typecheck_ok -eq 0 ] && [ $lint_ok -eq 0 ]
