// Team norms in plain words, in French: the norms card, the norms tab, and "who changed what".
import type { NormsWords } from "../en/norms.js";
import { titleIn, type WeekdayKey } from "../shared.js";
import { findings } from "./findings.js";

const settingName = (setting: string): string =>
  (({ error: "À corriger", warning: "À envisager", info: "Remarque", off: "Désactivée" }) as Record<string, string | undefined>)[setting] ?? setting;

/** A count with its noun; French takes the singular below 2 (0 and 1). */
const plural = (n: number, one: string, other: string) => `${n} ${n < 2 ? one : other}`;

export const norms: NormsWords = {
  weekdays: { mon: "lundi", tue: "mardi", wed: "mercredi", thu: "jeudi", fri: "vendredi", sat: "samedi", sun: "dimanche" } satisfies Record<WeekdayKey, string>,
  /** "du lundi au vendredi". */
  dayRange: (p: { first: string; last: string }) => `du ${p.first} au ${p.last}`,
  /** "lundi, mercredi, vendredi". */
  dayList: (days: string[]) => days.join(", "),
  workingDays: (p: { days: string; start: string; end: string; timeZone: string }) => `Jours ouvrés : ${p.days}, de ${p.start} à ${p.end} (${p.timeZone}).`,
  reply: (p: { channel: "chat" | "email" | "blocking"; days: number }) => {
    const who = { chat: "Conversations", email: "E-mails", blocking: "Demandes bloquantes" }[p.channel];
    return p.days === 0 ? `${who} : réponse dans la journée ouvrée.` : `${who} : réponse sous ${plural(p.days, "jour ouvré", "jours ouvrés")}.`;
  },
  focus: (p: { start: string; end: string }) => `De ${p.start} à ${p.end} : temps de concentration, sans réunion.`,
  noFocus: "Aucun temps de concentration protégé.",
  preReadNotice: (p: { hours: number }) => `Envoyez de quoi préparer les réunions au moins ${plural(p.hours, "heure", "heures")} à l'avance.`,
  language: (p: { language: string }) => `Les brouillons trop courts pour que leur langue soit identifiée sont considérés comme rédigés en ${p.language}.`,
  /** A check by its name, not its id. */
  checkName: (id: string) => titleIn(findings.rules, id),
  checksOff: (p: { checks: readonly string[] }) => `Vérifications désactivées : ${p.checks.join(", ")}.`,
  /** Fills "Nouvelles expressions … : …" and "Expressions … supprimées : …". */
  phraseKinds: { fyi: "« Pour info »", input: "de demande d'avis", blocking: "de blocage" },
  phrasesAdded: (p: { kind: string; phrases: string }) => `Nouvelles expressions ${p.kind} : ${p.phrases}.`,
  phrasesRemoved: (p: { kind: string; phrases: string }) => `Expressions ${p.kind} supprimées : ${p.phrases}.`,
  longMessage: (p: { words: number }) => `Les messages de plus de ${plural(p.words, "mot", "mots")} qui ne demandent rien doivent commencer par « Pour info ».`,
  check: (p: { check: string; setting: string | null }) => `Vérification « ${p.check} » : ${p.setting ? settingName(p.setting) : "réglage par défaut"}.`,
  quote: (text: string) => `« ${text} »`,
};
