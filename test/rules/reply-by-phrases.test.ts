// Every reply-by phrase of our table resolves, through the public check, to its moment.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { independentReplyByPhrases, REPLY_BY_PHRASES } from "../../scripts/eval/reply-by-phrases.js";
import { resolveReplyBy } from "../../scripts/eval/reply-by.js";

const independent = [...(await independentReplyByPhrases("independent")), ...(await independentReplyByPhrases("independent-2"))];

describe("reply-by phrases resolve to the right moment", () => {
  for (const phrase of [...REPLY_BY_PHRASES, ...independent]) {
    it(`"${phrase.text}"${phrase.zone ? ` in ${phrase.zone}` : ""} is ${phrase.expected}`, () => {
      const got = resolveReplyBy(phrase);
      assert.ok(got, "no reply-by found");
      assert.equal(new Date(got).toISOString(), new Date(phrase.expected).toISOString());
    });
  }
});
