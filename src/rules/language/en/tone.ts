// Tone: wording that signals conflict, and capitals that are names rather than shouting.

/** Wording that signals conflict or frustration: text makes it worse, a call defuses it. */
export const HEATED = [
  "unacceptable", "ridiculous", "absurd", "outrageous", "furious", "fed up", "sick of", "incompetent", "useless",
  "pathetic", "disgraceful", "what were you thinking", "what the (hell|heck)", "wtf", "not my (fault|problem|job)",
  "your fault", "(i|we) (already|have already|had already) (told|asked|said|explained)",
  "as i (said|mentioned|explained) (before|already|earlier|twice)",
  "for the (second|third|fourth|fifth|last|umpteenth|nth) time",
  "why (didn't|did not|haven't|have not|wouldn't|won't|can't|couldn't|isn't|wasn't|aren't) (you|anyone|this|it)",
  "you (always|never)", "how many times", "seriously\\?",
  "i'm (so |really |very )?(frustrated|annoyed|disappointed|upset|angry)",
  "(very|extremely|deeply|really) (disappointed|frustrated|annoyed|upset)",
  "this is (a joke|a mess|insane|not ok|not okay)",
];

/** Capitalised words that are names, not shouting. Single capitalised words never count; these also do not extend a run. */
export const ACRONYMS = [
  "ASAP", "FYI", "EOD", "COB", "EOW", "NOTE", "TODO", "HTTP", "HTTPS", "JSON", "HTML", "UTC", "GMT", "AWS", "API",
  "SOW", "NDA", "VPN", "SSO", "CRM", "ERP", "QBR", "OKR", "OKRS", "KPI", "KPIS", "PDF", "DOCX", "XLSX", "PPTX",
  "URL", "SLA", "SLAS", "CEST", "PST", "PDT", "EST", "EDT", "CET", "DACH", "NORAM", "EMEA", "APAC", "LATAM",
  "NA", "EU", "UK", "US", "USA", "CEO", "CFO", "CTO", "COO", "HR", "IT", "QA", "UAT", "PR", "PO", "RFP", "RFQ",
  "FAQ", "ETA", "TBD", "OOO", "WFH", "ROI", "YOY", "QOQ", "MOM", "GDPR", "SOC", "ISO", "SAP", "SQL", "CSV",
];
