// Ce que les messageries francophones ajoutent autour du texte: quote headers, sign-offs, footers.

export const REPLY_HEADERS = [
  // Gmail, Apple Mail, Thunderbird: "Le lun. 9 mars 2026 à 14:12, Ana <ana@contoso.fr> a écrit :"
  "le\\b[^\\n]{0,300}\\ba écrit ?:?",
  "-{2,} ?(message d'origine|message transféré|message original|courriel original|message initial)( ?-+)?",
  "début du message (réexpédié|transféré) ?:?",
];

export const HEADER_HINTS = ["écrit", "message", "envoyé", "courriel", "réexpédié", "transféré"];

export const ONE_LINE_HEADER = [["de"], ["envoyé", "date"], ["à"]] as const;

export const HEADER_FIELDS = ["de", "envoyé", "date", "à", "cc", "cci", "objet", "sujet", "répondre à"];

export const SIGN_OFFS = [
  "(bien )?cordialement",
  "(bien |très )?(sincèrement|amicalement|chaleureusement)",
  "(meilleures|sincères|bien) salutations",
  "(bien )?à (vous|toi|bientôt|plus)",
  "(belle|bonne) (journée|soirée|fin de journée|semaine|continuation)",
  "bon (week-end|weekend|courage)",
  "(merci|merci beaucoup|merci d'avance|merci par avance|un grand merci)( et bonne journée)?",
  "(bises|bisous|amitiés|salutations|a\\+|@\\+)",
  "(cdt|cdlt|bàv|bav|slts)",
];

export const SENT_FROM = ["envoyé de mon (iphone|ipad|smartphone|mobile|android)", "envoyé depuis (mon|outlook|l'application)", "obtenir outlook pour"];

export const DISCLAIMER_CUES = [
  "confidentiel(le|s|les)?",
  "(ce|le) (message|courriel|e-?mail) (et (ses|toutes ses) pièces jointes|est|peut|contient)",
  "(destinataire|destinataires) (exclusif|exclusifs|désigné|désignés|prévu|visé)",
  "(reçu|recevez) (ce|le) (message|courriel|e-?mail) (par erreur|par inadvertance)",
  "(merci d'en|veuillez en|merci de) (avertir|informer|prévenir) (immédiatement )?(l'expéditeur|l'émetteur)",
  "(le |la )?(détruire|supprimer|effacer)",
  "(strictement )?interdite?",
  "(toute|tout) (utilisation|diffusion|publication|copie) non autorisée",
  "(siège social|rcs|siret|capital de|sas au capital|sarl au capital)",
];

export const FOOTER_SEPARATOR_MIN = 10;
