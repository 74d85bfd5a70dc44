import type { Vocabulary } from "../phrases.js";

export const VOCABULARY: Vocabulary = {
  you: "tú|tu|usted|ustedes|vosotros|vosotras|vos|te|ti|os|le|les",
  your: "tu|tus|su|sus|vuestro|vuestra|vuestros|vuestras",
  please: "por favor|porfa|porfavor|xfa|pls|please",
  someone: "alguien|alguno de vosotros|alguno de ustedes|todos",
  i: "yo|nosotros",
  weekday: "lunes|martes|miércoles|jueves|viernes|sábado|domingo|lun|mar|mié|jue|vie|sáb|dom",
  month: "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|abr|jun|jul|ago|sep|sept|oct|nov|dic",
  number: "\\d{1,3}|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince",
};

export const SPELLINGS: Readonly<Record<string, string>> = {
  xfa: "por favor",
  porfa: "por favor",
  pls: "por favor",
  q: "que",
  xq: "porque",
  tb: "también",
  tmb: "también",
  finde: "fin de semana",
};
