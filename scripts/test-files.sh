#!/usr/bin/env bash
# The test files for `npm test`, the slowest first. Files run a few at a time; a long one started
# last would run alone at the end while the other workers idle.
slow=(
  test/tab/norms-tab-browser.test.ts
  test/server/scale-out.test.ts
  test/e2e/playground.test.ts
  test/project/toolkit-cli.test.ts
  test/addin/taskpane-browser.test.ts
  test/robustness/properties.test.ts
  test/rules/reply-by-generated.test.ts
  test/bot/restart.test.ts
  test/server/check-pool.test.ts
)
printf '%s\n' "${slow[@]}"
find test -name '*.test.ts' | sort | grep -vxF -f <(printf '%s\n' "${slow[@]}")
