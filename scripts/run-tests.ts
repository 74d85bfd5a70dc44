// npm test's runner: node:test's run() over the test files in the order given (scripts/test-files.sh:
// the slowest first), a few at a time. `node --test` sorts its files by name, which started the
// slowest suites last, each then running alone at the end while the other workers idled.
import { pipeline } from "node:stream/promises";
import { run } from "node:test";
import { spec } from "node:test/reporters";

// Four on two cores: several suites mostly wait (Azurite leases, the Playground, the Toolkit CLI).
// The browser suites wait up to 30 s for a step, which a busy machine needs.
const CONCURRENCY = 4;

const stream = run({ files: process.argv.slice(2), concurrency: CONCURRENCY });
stream.on("test:fail", () => {
  process.exitCode = 1;
});
await pipeline(stream, new spec(), process.stdout);
