// Lo que los clientes de correo en español añaden alrededor del texto: quote headers, sign-offs, footers.

export const REPLY_HEADERS = [
  // Gmail, Apple Mail: "El lun, 9 mar 2026 a las 14:12, Ana (<ana@contoso.es>) escribió:"
  "el\\b[^\\n]{0,300}\\bescribió ?:?",
  "-{2,} ?(mensaje original|mensaje reenviado|correo original)( ?-+)?",
  "inicio del mensaje reenviado ?:?",
];

export const HEADER_HINTS = ["escribió", "mensaje", "enviado", "reenviado", "correo"];

export const ONE_LINE_HEADER = [["de"], ["enviado", "enviado el", "fecha"], ["para"]] as const;

export const HEADER_FIELDS = ["de", "enviado", "enviado el", "fecha", "para", "cc", "cco", "asunto", "responder a"];

export const SIGN_OFFS = [
  "(un )?(saludo|saludos)( cordiales| afectuosos| cordial)?",
  "(muchos|cordiales|afectuosos) saludos",
  "(un )?(abrazo|fuerte abrazo|beso|besos)",
  "atentamente",
  "(muchas |mil )?gracias( de antemano| por adelantado| por todo)?",
  "(gracias y )?(saludos|un saludo)",
  "(que tengas|que tenga|buen|feliz) (buen día|un buen día|buen fin de semana|día|fin de semana)",
  "(hasta (luego|pronto|mañana)|nos vemos)",
  "(slds|sds|salu2)",
];

export const SENT_FROM = ["enviado desde mi (iphone|ipad|móvil|celular|android|smartphone)", "enviado desde (outlook|correo)", "obtener outlook para"];

export const DISCLAIMER_CUES = [
  "confidencial(es)?",
  "(este|el) (mensaje|correo|e-?mail) (y sus (anexos|adjuntos)|es|puede|contiene|va dirigido)",
  "(destinatario|destinatarios) (indicado|indicados|previsto|previstos)",
  "(recibido|recibe) (este|el) (mensaje|correo) (por error|por equivocación)",
  "(le rogamos|rogamos|por favor) (que )?(lo )?(comunique|notifique|informe|avise)( inmediatamente| de inmediato)?",
  "(elimine|destruya|borre)",
  "(estrictamente )?prohibid[oa]",
  "(uso|divulgación|distribución|copia) no autorizad[oa]",
  "(protección de datos|reglamento general|rgpd|lopd|datos personales)",
];

export const FOOTER_SEPARATOR_MIN = 10;
