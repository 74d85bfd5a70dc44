// Named pieces that phrases share: "{you}" in a phrase matches "you" in its chat spellings too.
import type { Vocabulary } from "../phrases.js";

export const VOCABULARY: Vocabulary = {
  you: "you|u|ya|y'all|you guys|you all|yous",
  your: "your|ur|yr",
  please: "please|pls|plz|kindly",
  someone: "someone|somebody|anyone|anybody|one of you|either of you|any of you|everyone|everybody|all of you|each of you",
  i: "i|we",
  weekday: "mon(day)?|tue(s|sday)?|wed(s|nesday)?|thu(r|rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?",
  month: "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?",
  number: "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an",
};

/** Chat and text-speak spellings read as the words they stand for before asks are judged. */
export const SPELLINGS: Readonly<Record<string, string>> = {
  u: "you",
  ur: "your",
  r: "are",
  pls: "please",
  plz: "please",
  cld: "could",
  wld: "would",
  shd: "should",
  cn: "can",
  thx: "thanks",
  ty: "thank you",
  b4: "before",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  tmw: "tomorrow",
  "2moro": "tomorrow",
  "2morrow": "tomorrow",
  abt: "about",
  bc: "because",
  sth: "something",
  smth: "something",
  ppl: "people",
  msg: "message",
  pov: "point of view",
  plsss: "please",
  pleeease: "please",
};
