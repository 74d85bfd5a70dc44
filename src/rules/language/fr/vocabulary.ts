import type { Vocabulary } from "../phrases.js";

export const VOCABULARY: Vocabulary = {
  you: "tu|vous|toi|te|t'",
  your: "ton|ta|tes|votre|vos",
  please: "svp|stp|s'il te plaît|s'il vous plaît|merci de|please",
  someone: "quelqu'un|qqn|l'un de vous|l'une de vous|tout le monde",
  i: "je|nous|on",
  weekday: "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim",
  month: "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|fév|avr|juil|sept|oct|nov|déc",
  number: "\\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze",
};

export const SPELLINGS: Readonly<Record<string, string>> = {
  stp: "s'il te plaît",
  svp: "s'il vous plaît",
  qqn: "quelqu'un",
  qqch: "quelque chose",
  tjs: "toujours",
  pcq: "parce que",
  pk: "pourquoi",
  dsl: "désolé",
  rdv: "rendez-vous",
  mrc: "merci",
};
