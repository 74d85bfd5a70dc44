import type { Vocabulary } from "../phrases.js";

export const VOCABULARY: Vocabulary = {
  you: "du|sie|ihr|dich|dir|euch|ihnen",
  your: "dein|deine|deinen|deiner|ihr|ihre|ihren|ihrer|euer|eure|euren",
  please: "bitte|pls|please",
  someone: "jemand|jemanden|einer von euch|wer|alle|ihr alle|irgendwer",
  i: "ich|wir",
  weekday: "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|fr",
  month: "januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez",
  number: "\\d{1,3}|ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn",
};

export const SPELLINGS: Readonly<Record<string, string>> = {
  bzw: "beziehungsweise",
  vllt: "vielleicht",
  evtl: "eventuell",
  kannste: "kannst du",
  haste: "hast du",
  biste: "bist du",
  pls: "bitte",
  plz: "bitte",
  thx: "danke",
};
