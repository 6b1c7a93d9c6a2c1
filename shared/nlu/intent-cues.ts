/**
 * The words that reveal each intent (see intent.ts for how they compete), matched against
 * `normalize` output: lowercase, no accents, chat abbreviations spelled out.
 */

const re = (source: string) => new RegExp(source);

/** Asking for a person: "pasame con alguien", "sos un bot?", "llamame". */
export const HUMAN = re(
  [
    "\\b(?:hablar|comunicarme|comunicar|comunico|contactar|contactarme|contacto|charlar|hablo|chatear)\\s+(?:con|a)\\s+(?:(?:una|un|el|la|alguien|alguno)\\s+)?(?:persona|humano|humana|asesor|asesora|operador|operadora|encargado|encargada|dueno|duena|duenos|responsable|agente|alguien|recepcion|administracion|vendedor|vendedora|representante|real)",
    "\\b(?:pasame|pasenme|pasame|comunicame|comuniquenme|derivame|deriveme|me\\s+pasas|me\\s+pasan|me\\s+comunicas|me\\s+podes\\s+pasar|me\\s+pueden\\s+pasar)\\s+(?:con|a)\\b",
    "\\b(?:sos|es|eres|are\\s+you|is\\s+this|e|voce\\s+e)\\s+(?:un\\s+|una\\s+|a\\s+|um\\s+)?(?:bot|robot|maquina|contestador|ia|ai|chatbot)\\b",
    "\\b(?:persona\\s+real|humano\\s+real|real\\s+person|real\\s+human|human\\s+being|speak\\s+(?:to|with)\\s+(?:someone|a\\s+person|a\\s+human|an\\s+agent|the\\s+owner|a\\s+real)|talk\\s+(?:to|with)\\s+(?:someone|a\\s+person|a\\s+human|an\\s+agent|the\\s+owner|a\\s+real)|human\\s+agent|representative)",
    "\\b(?:falar|conversar)\\s+com\\s+(?:(?:uma|um|o|a|alguem)\\s+)?(?:pessoa|humano|atendente|alguem|responsavel|dono|dona)",
    "\\b(?:me\\s+(?:pueden|podes|podrian|podrias)\\s+llamar|llamame|llamenme|quiero\\s+que\\s+me\\s+llamen|call\\s+me|me\\s+liga|me\\s+ligue|pueden\\s+llamarme)\\b",
    "\\b(?:no\\s+me\\s+entendes|no\\s+entendes\\s+nada|no\\s+me\\s+entiende|no\\s+me\\s+estas\\s+entendiendo|you\\s+don'?t\\s+understand|atendente\\s+humano)\\b",
    "\\b(?:me|nos)\\s+(?:atiende|atienden|puede\\s+atender|podria\\s+atender)\\s+(?:alguien|una\\s+persona|un\\s+humano)\\b|\\b(?:hay\\s+alguien|hay\\s+una\\s+persona|alguien\\s+que\\s+me\\s+atienda|que\\s+me\\s+atienda\\s+alguien|quiero\\s+un\\s+humano|un\\s+humano|una\\s+persona\\s+por\\s+favor|atencion\\s+humana|atencion\\s+personalizada|persona\\s+de\\s+verdad|pessoa\\s+de\\s+verdade|pessoa\\s+real|(?:numero|telefono|celular|whatsapp|contacto)\\s+(?:del|de\\s+la|de\\s+algun|de\\s+alguna|de\\s+un|de\\s+una)\\s+(?:dueno|duena|encargad[oa]|responsable|administrador|administradora|persona))\\b",
  ].join("|"),
);

/** A payment that fails: the link, the card or the transfer "no anda", is rejected or expired. */
export const PAYMENT_PROBLEM = re(
  "\\b(?:link|enlace|boton|pago|pagar|tarjeta|card|payment|mercado\\s*pago|mp|pix|transferencia|cbu|alias|checkout|cartao|pagamento)\\b.{0,40}\\b(?:no\\s+(?:me\\s+)?(?:anda|funciona|abre|carga|deja|pasa|sale|va)|me\\s+tira\\s+error|no\\s+lo\\s+puedo|rechaz|error|vencio|vencido|caducado|expired|doesn'?t\\s+work|not\\s+working|failed|declined|nao\\s+(?:funciona|abre|passa)|falhou|recusad)" +
    "|\\b(?:no\\s+(?:puedo|pude|me\\s+deja|podemos)\\s+(?:pagar|abonar|transferir|hacer\\s+el\\s+pago|completar\\s+el\\s+pago)|\\b(?:me\\s+)?rebot(?:a|an|o|aron)\\b|bounced|me\\s+rechaza|me\\s+rechazo|rechazaron\\s+la\\s+tarjeta|can'?t\\s+pay|cannot\\s+pay|unable\\s+to\\s+pay|nao\\s+consigo\\s+pagar)",
);

/** Something wrong with the stay: dirty, broken, not working, noise, overcharging. */
export const COMPLAINT = re(
  [
    "\\b(?:esta|estaba|estan|estaban|vino|llego|es|esta\\s+todo|estaba\\s+todo)\\s+(?:(?:todo|muy|re|super|bastante|medio)\\s+)?(?:sucio|sucia|sucios|sucias|roto|rota|rotos|rotas|horrible|inmundo|inmunda|asqueroso|asquerosa|rancio|destruido|abandonado|mugriento|mugrienta|descuidado|descuidada|lleno\\s+de|llena\\s+de|un\\s+desastre|un\\s+asco|helado|helada)",
    "\\b(?:no\\s+anda|no\\s+funciona|no\\s+andaba|no\\s+funcionaba|no\\s+(?:hay|tiene|tenemos|sale)\\s+agua\\s+caliente|sin\\s+agua\\s+caliente|no\\s+hay\\s+agua|sin\\s+agua|sin\\s+luz|no\\s+hay\\s+luz|se\\s+corto|no\\s+sale\\s+agua|no\\s+calienta|no\\s+enfria|no\\s+prende|dejo\\s+de\\s+andar|dejo\\s+de\\s+funcionar|gotea|se\\s+rompio|se\\s+rompe|no\\s+sirve|se\\s+inundo|se\\s+llueve|no\\s+tiene\\s+presion|estamos\\s+sin|nos\\s+quedamos\\s+sin|no\\s+hay\\s+senal|no\\s+tenemos\\s+(?:agua|luz|gas|wifi|internet)|no\\s+se\\s+puede\\s+dormir|no\\s+pudimos\\s+dormir|no\\s+dormimos|pierde\\s+(?:agua|gas)|perdida\\s+de\\s+(?:agua|gas)|gotera)",
    "\\b(?:queja|quejarme|quejar|reclamo|reclamar|denuncia|denunciar|pesimo|pesima|desastre|verguenza|estafa|estafadores|mugre|cucarachas?|ratas?|ratones|chinches|hongos|olor\\s+(?:feo|horrible|a\\s+humedad)|mal\\s+olor|ruidos?\\s+(?:toda|hasta)|decepcion|decepcionado|decepcionada|decepcionados|indignado|indignada|inaceptable|lamentable|malisimo|malisima|un\\s+asco|nada\\s+que\\s+ver\\s+con\\s+(?:las\\s+)?fotos|no\\s+(?:es|era)\\s+(?:lo\\s+que|como)|no\\s+coincide|no\\s+se\\s+parece|nos\\s+cobraron\\s+de\\s+mas|me\\s+cobraron\\s+de\\s+mas|cobraron\\s+(?:de\\s+mas|doble|dos\\s+veces|mal)|no\\s+me\\s+devolvieron|nadie\\s+(?:me\\s+)?(?:responde|contesta|atiende)|no\\s+(?:me\\s+)?(?:responden|contestan)|muy\\s+mal|re\\s+mal|horrible|un\\s+horror|que\\s+bronca|me\\s+parece\\s+una\\s+falta)",
    "\\b(?:dirty|broken|doesn'?t\\s+work|does\\s+not\\s+work|not\\s+working|isn'?t\\s+working|terrible|awful|complaint|complain|disappointed|disgusting|no\\s+hot\\s+water|cockroach|filthy|unacceptable|noisy|smells)",
    "\\b(?:sujo|suja|sujos|sujas|quebrado|quebrada|nao\\s+funciona|nao\\s+esta\\s+funcionando|parou\\s+de\\s+funcionar|reclamacao|reclamar|pessimo|pessima|horrivel|decepcionado|decepcionada|barulho|nojento|nojenta|sem\\s+agua|sem\\s+luz)",
  ].join("|"),
);

// An existing booking: "mi reserva", "tenemos reserva", "reservamos del…", a booking number.
const EXISTING_BOOKING =
  "(?:mi|la|nuestra|esta|my|our|the|minha|nossa|a)\\s+(?:reserva|reservacion|booking|reservation|stay|estadia|estancia|fecha|fechas|dates?|datas?)|" +
  "(?:tengo|tenemos|teniamos|tenia|hice|hicimos|i\\s+have|we\\s+have|tenho|temos|fiz|fizemos)\\s+(?:una\\s+|a\\s+|uma\\s+)?(?:reserva|booking|reservation)|" +
  "(?:teniamos|tenia|tenemos\\s+reservado|tengo\\s+reservado|teniamos\\s+reservado|habiamos\\s+reservado)\\s+(?:del?|desde|para|el)\\s|reserve|reservamos|booked|reservei";

// A booking that certainly exists, which no "what if" can turn into a question about rules.
export const POSSESSED_BOOKING =
  /\b(?:mi|nuestra|my|our|minha|nossa)\s+(?:reserva|booking|reservation)|\b(?:tengo|tenemos|teniamos|i\s+have|we\s+have|tenho|temos)\s+(?:una\s+|a\s+|uma\s+)?(?:reserva|booking|reservation)|\breserva\s+(?:numero|#)|\b(?:reserve|reservamos|booked|reservei)\b/;

// "si cancelo…", "¿se puede cambiar la fecha?": a question about the rules, not a change.
export const HYPOTHETICAL =
  /\b(?:si\s+(?:cancelo|cancelamos|llueve|no\s+(?:podemos|puedo|pudieramos|pudiera)|reservo|reservamos|surge|pasa\s+algo|tengo\s+que|tuviera|tuvieramos|necesito|necesitamos|despues)|que\s+pasa\s+si|en\s+caso\s+de|what\s+if|what\s+happens\s+if|if\s+(?:i|we)\s+(?:cancel|need|have)|e\s+se|caso\s+(?:eu|a\s+gente)|despues\s+de\s+reservar|una\s+vez\s+reservad[oa]|se\s+puede\s+(?:cancelar|cambiar)|se\s+pueden\s+cambiar|politica)\b/;

/** Cancelling an existing booking or changing its dates, party or unit. */
export const CANCEL_OR_CHANGE = re(
  [
    "\\b(?:quiero|quisiera|queria|queremos|quisieramos|queriamos|necesito|necesitamos|tengo\\s+que|tenemos\\s+que|voy\\s+a|vamos\\s+a|debo|debemos|me\\s+gustaria|nos\\s+gustaria|hay\\s+que|habria\\s+que|quero|queremos|preciso|precisamos|gostaria\\s+de|i\\s+(?:want|need|would\\s+like|'d\\s+like)\\s+to|we\\s+(?:want|need|would\\s+like|'d\\s+like)\\s+to|i\\s+have\\s+to|we\\s+have\\s+to)\\s+(?:(?:la|lo|mi|nuestra)\\s+)?(?:cancelar|anular|suspender|dar\\s+de\\s+baja|bajar|cancel|desistir)",
    "(?<!\\bsi\\s)\\b(?:cancelo|cancelamos|anulo|anulamos)\\s+(?:la|mi|nuestra)\\s+reserva|\\b(?:cancelame|cancelamela|cancelen|cancelenme|cancela\\s+(?:mi|la)\\s+reserva|cancelar\\s+(?:(?:mi|la|nuestra|minha|a)\\s+)?reserva|cancel\\s+(?:my|our|the)\\s+(?:booking|reservation|stay)|anular\\s+(?:(?:mi|la)\\s+)?reserva|cancelamento\\s+da\\s+reserva|cancelar\\s+a\\s+reserva)\\b",
    "\\b(?:no\\s+vamos\\s+a\\s+poder\\s+(?:ir|viajar)|no\\s+podemos\\s+(?:ir|viajar)|no\\s+voy\\s+a\\s+poder\\s+(?:ir|viajar)|no\\s+puedo\\s+(?:ir|viajar)|se\\s+nos\\s+complico\\s+(?:el\\s+viaje|ir)|we\\s+can'?t\\s+(?:make\\s+it|come)|nao\\s+vamos\\s+(?:mais\\s+)?poder\\s+ir)",
    `\\b(?:cambiar|modificar|mover|pasar|correr|adelantar|atrasar|postergar|posponer|reprogramar|extender|alargar|acortar|agregar|sumar|ampliar|change|modify|move|reschedule|extend|shorten|add|mudar|alterar|trocar|remarcar|adiar|estender|prorrogar)\\b.{0,40}(?:${EXISTING_BOOKING})`,
    `(?:${EXISTING_BOOKING}).{0,60}\\b(?:cambiar|modificar|mover|pasar|pasarla|pasamos|cambiamos|movemos|corremos|correr|correrla|adelantar|atrasar|postergar|posponer|reprogramar|extender|extenderla|alargar|acortar|agregar|sumar|ampliar|cancelar|anular|cambio|change|modify|move|reschedule|extend|shorten|cancel|add|mudar|alterar|trocar|remarcar|adiar|estender|prorrogar|serian|seria|ahora\\s+somos|somos\\s+uno\\s+mas|uno\\s+mas|una\\s+persona\\s+mas)\\b`,
    "\\b(?:cambio\\s+de\\s+fechas?|cambiar\\s+(?:las?\\s+)?fechas?|change\\s+(?:the\\s+)?dates|mudar\\s+(?:as\\s+)?datas|alterar\\s+(?:as\\s+)?datas|extender\\s+(?:la\\s+)?(?:estadia|reserva)|quedarnos\\s+(?:una|un|\\d+|dos|tres)\\s+(?:noches?|dias?)\\s+mas|agregar\\s+(?:una|un|\\d+)\\s+(?:noches?|persona|personas|huesped)|sumar\\s+(?:una|un|\\d+)\\s+(?:noches?|persona|personas)|somos\\s+uno\\s+mas|seriamos\\s+uno\\s+mas)\\b",
  ].join("|"),
);

/** Money already sent: "ya transferí", "te mando el comprobante". */
export const PAYMENT_PROOF = re(
  "\\b(?:comprobante|comprobantes|ya\\s+(?:te\\s+|les\\s+)?(?:transferi|pague|deposite|abone|envie\\s+la\\s+plata|mande\\s+la\\s+plata|hice\\s+la\\s+transferencia|hice\\s+el\\s+pago|realice\\s+el\\s+pago|pagamos|transferimos|senamos|sene)|te\\s+(?:mando|paso|envio)\\s+(?:el\\s+)?(?:comprobante|recibo)|receipt|proof\\s+of\\s+payment|i\\s+(?:already\\s+)?(?:paid|sent\\s+the\\s+(?:money|payment|transfer))|comprovante|ja\\s+(?:paguei|transferi|fiz\\s+o\\s+pix|fiz\\s+o\\s+pagamento)|paguei|fiz\\s+o\\s+pix|(?<!\\bsi\\s)(?:pague|transferi|deposite|abone)\\b|llego\\s+(?:el\\s+pago|la\\s+transferencia|la\\s+plata)|les\\s+llego|te\\s+llego\\s+(?:el\\s+pago|la\\s+transferencia|la\\s+plata)|(?:mande|envie|deposite|pase)\\s+(?:la\\s+plata|el\\s+dinero|la\\s+sena|el\\s+pago|la\\s+transferencia))",
);

/** Wanting to book or hold: "quiero reservar", "reservame", "lo tomo", "book it". */
export const BOOK = re(
  [
    "\\b(?:quiero|quisiera|queria|queremos|quisieramos|queriamos|me\\s+gustaria|nos\\s+gustaria|vamos\\s+a|voy\\s+a|podemos|puedo|podria|podriamos|como\\s+hago\\s+(?:para|la)|como\\s+hacemos\\s+para|necesito|necesitamos|deseo|deseamos)\\s+(?:hacer\\s+)?(?:(?:una|la)\\s+)?(?:reservar?|reservarla|reservarlo|reservala|reservalo|reservacion|senar|senarla|senarlo|confirmar\\s+la\\s+reserva|cerrar\\s+la\\s+reserva|tomarla|tomarlo|alquilar|alquilarla|alquilarlo|bloquear)\\b",
    "\\b(?:reservame|reservamela|reservamelo|reservanos|reservanosla|reservalo|reservala|resérvame|me\\s+(?:la|lo)\\s+(?:reservas|reservan|guardas|guardan|bloqueas|bloquean)|guardamela|guardamelo|guardanos|bloqueame|bloquemela|lo\\s+tomo|la\\s+tomo|lo\\s+tomamos|la\\s+tomamos|lo\\s+quiero|la\\s+quiero|la\\s+queremos|lo\\s+queremos|cerramos|confirmo\\s+la\\s+reserva|confirmamos|reservemos|dale\\s+reservemos|hagamos\\s+la\\s+reserva|hacemos\\s+la\\s+reserva|te\\s+seno|les\\s+seno|(?<!\\bsi\\s)reservo|como\\s+se\\s+reserva|como\\s+reservo|(?:avancemos|avanzamos|sigamos|seguimos|procedamos)\\s+con\\s+(?:la\\s+)?reserva|^(?:(?:dale|si|ok|bueno|listo)\\s+)*(?:avancemos|avanzamos|procedamos)$|donde\\s+reservo|se\\s+puede\\s+reservar)\\b",
    "\\b(?:i'?d\\s+like\\s+to\\s+(?:book|reserve)|i\\s+want\\s+to\\s+(?:book|reserve)|we\\s+(?:want|would\\s+like)\\s+to\\s+(?:book|reserve)|we'?d\\s+like\\s+to\\s+(?:book|reserve)|can\\s+i\\s+(?:book|reserve)|can\\s+we\\s+(?:book|reserve)|please\\s+(?:book|reserve|hold)|book\\s+it|hold\\s+it|let'?s\\s+do\\s+it|go\\s+ahead|let'?s\\s+book|how\\s+(?:do|can)\\s+i\\s+book|i'?ll\\s+take\\s+it|we'?ll\\s+take\\s+it|make\\s+a\\s+(?:booking|reservation))\\b",
    "\\b(?:quero\\s+reservar|queria\\s+reservar|gostaria\\s+de\\s+reservar|gostariamos\\s+de\\s+reservar|fazer\\s+(?:uma|a)\\s+reserva|pode\\s+reservar|podemos\\s+reservar|posso\\s+reservar|vamos\\s+reservar|quero\\s+fechar|vamos\\s+fechar|pode\\s+fechar|podemos\\s+fechar|vou\\s+querer|como\\s+faco\\s+para\\s+reservar|reserva\\s+pra\\s+mim)\\b",
  ].join("|"),
);

// Paying the seña for specific dates is booking them (NLU.md).
export const PAY_DEPOSIT = re(
  "\\b(?:pagar|pago|pagamos|abonar|abono|transferir|transfiero|depositar|deposito|dejar|dejo|mandar|mando|hacer)\\s+(?:(?:te|les|la|el)\\s+)?(?:sena|deposito(?!\\s+(?:de\\s+|en\\s+)?garantia)|anticipo|adelanto)\\b|\\b(?:pay\\s+the\\s+deposit|pagar\\s+o\\s+sinal|sinal)\\b",
);

/** How much the deposit is ("¿la seña cuánto es?", "qual o valor do sinal?"): a rule, not a way to pay. */
export const DEPOSIT_AMOUNT =
  /\b(?:cuanto|cuanta|que\s+porcentaje|porcentaje|valor|quanto|qual\s+o\s+valor|how\s+much|what\s+percent(?:age)?)\b(?:\s+\w+){0,4}\s+(?:sena|sinal|deposit|anticipo|adelanto)\b|\b(?:sena|sinal|deposit)\s+(?:\w+\s+){0,2}(?:cuanto|quanto|how\s+much|porcentaje|porcentagem)\b|\d+\s*%\s*(?:de\s+|of\s+)?(?:sena|sinal|deposit)\b|\b(?:sena|sinal|deposit)\s+(?:\w+\s+){0,2}\d+\s*%/;

/** How and when to pay: methods, CBU/alias, cuotas, invoices, paying the rest. */
export const PAYMENT = re(
  [
    "\\b(?:como|donde|cuando|a\\s+donde|adonde|a\\s+que|por\\s+donde)\\s+(?:te\\s+|les\\s+|se\\s+)?(?:pago|pagamos|abono|abonamos|paga|abona|hago\\s+el\\s+pago|hacemos\\s+el\\s+pago|deposito|depositamos|transfiero|transferimos|realizo\\s+el\\s+pago|puedo\\s+pagar|podemos\\s+pagar|se\\s+paga|se\\s+abona|mando\\s+la\\s+plata|envio\\s+la\\s+plata)",
    "\\b(?:medios?\\s+de\\s+pago|formas?\\s+de\\s+pago|metodos?\\s+de\\s+pago|aceptan\\s+(?:tarjeta|tarjetas|credito|debito|efectivo|mercado\\s*pago|transferencia|dolares|pix|usd|cripto|pesos)|(?:tarjeta|tarjetas)\\s+de\\s+credito|en\\s+cuotas|cuotas\\s+sin\\s+interes|cuotas|cbu|cvu|alias|transferencia\\s+bancaria|por\\s+transferencia|mercado\\s*pago|link\\s+de\\s+pago|link\\s+para\\s+pagar|pagar\\s+con\\s+tarjeta|pago\\s+con\\s+tarjeta|pagar\\s+en\\s+efectivo|efectivo|factura|facturan|datos\\s+(?:bancarios|para\\s+(?:transferir|la\\s+transferencia|el\\s+deposito|pagar)))\\b",
    "\\b(?:how\\s+(?:do|can|should)\\s+(?:i|we)\\s+pay|payment\\s+(?:methods?|options?|link)|pay\\s+(?:by|with)\\s+(?:card|credit|transfer|cash|paypal)|credit\\s+card|bank\\s+transfer|do\\s+you\\s+(?:accept|take)\\s+(?:cards?|credit|cash|paypal|usd|dollars)|invoice)\\b",
    "\\b(?:como\\s+(?:faco\\s+o\\s+)?pag(?:o|amento|ar)|formas?\\s+de\\s+pagamento|aceita(?:m)?\\s+(?:cartao|pix|dinheiro)|cartao\\s+de\\s+credito|parcelar|parcelado|pix|boleto|chave\\s+pix|dados\\s+bancarios)\\b",
    "(?<!cuanto\\s)\\bse\\s+(?:paga|abona)\\b|\\b(?:pago|pagar|pagamos|abonar|abono)\\s+(?:\\w+\\s+)?(?:al\\s+llegar|en\\s+el\\s+lugar|al\\s+ingresar)|\\bpay\\s+(?:on|at|upon)\\s+(?:arrival|check)|\\bpagar\\s+na\\s+chegada|(?<!cuanto\\s)\\b(?:puedo|podemos|se\\s+puede|hay\\s+que|tengo\\s+que|tenemos\\s+que)\\s+(?:pagar|abonar|transferir)\\b|\\b(?:pago|pagar|abonar)\\s+(?:el\\s+)?(?:resto|saldo|total)|\\b(?:te|les)\\s+(?:pago|transfiero|deposito)\\b|\\bcuando\\s+(?:se\\s+)?(?:paga|abona)\\s+el\\s+(?:resto|saldo)",
  ].join("|"),
);

/** House rules: check-in/out times, seña %, cancellation, minimum stay, deposit, smoking, parties, visitors, IDs. */
export const POLICIES = re(
  [
    "\\b(?:(?:hora|horario|horarios|desde\\s+que\\s+hora|time|times|what\\s+time|early|late|como\\s+es\\s+el|como\\s+funciona\\s+el|cual\\s+es\\s+el|que\\s+horario\\s+tiene\\s+el)\\s+(?:\\w+\\s+){0,3}?(?:check\\s?-?in|check\\s?-?out|checkin|checkout)|(?:check\\s?-?in|check\\s?-?out|checkin|checkout)\\s+(?:es\\s+(?:a|de|desde|hasta)|a\\s+partir|desde\\s+(?:las|que)|hasta\\s+(?:las|que)|time|is\\s+at|e\\s+as|e\\s+a\\s+partir)|^(?:y\\s+)?(?:el\\s+)?(?:check\\s?-?in|check\\s?-?out)\\s*$|(?:check\\s?-?in|check\\s?-?out)\\s+(?:tarde|temprano|antes|despues|early|late|mas\\s+tarde|mas\\s+temprano)|a\\s+las\\s+\\d{1,2}\\s+(?:es|seria)\\s+(?:el|la)\\s+(?:ingreso|entrada|salida|egreso|check)|(?:ingreso|entrada|salida|egreso)\\s+es\\s+a\\s+las|horario\\s+de\\s+(?:entrada|salida|ingreso|egreso|llegada)|hora\\s+de\\s+(?:entrada|salida|ingreso|egreso|llegada)|a\\s+que\\s+hora\\s+(?:(?:se\\s+)?(?:puede|podemos|puedo|hay\\s+que|tenemos\\s+que|es\\s+la|es\\s+el|se)\\s+)?(?:entrar|llegar|ingresar|salir|dejar|entrada|salida|ingreso|retirarnos|irnos|check|es\\s+el\\s+check|es\\s+la\\s+entrada|es\\s+la\\s+salida)|hasta\\s+que\\s+hora|early\\s+check|late\\s+check|que\\s+hora\\s+(?:se\\s+)?(?:entra|sale))",
    "\\b(?:politica|politicas|reglas|reglamento|normas|condiciones|terminos|house\\s+rules|rules|policy|policies|regras|politica\\s+de\\s+cancelamento)\\b",
    "\\b(?:si\\s+(?:cancelo|cancelamos|no\\s+(?:podemos|puedo)\\s+ir|llueve|suspendo)|se\\s+(?:puede|pueden)\\s+cancelar|puedo\\s+cancelar|hay\\s+devolucion|devuelven\\s+la\\s+sena|se\\s+devuelve|reembolso|reintegro|devolucion\\s+de\\s+la\\s+sena|que\\s+pasa\\s+si\\s+cancel\\w*|refund|refundable|cancellation|cancelacion\\s+gratis|cancelacion\\s+gratuita|cancelamento|reembolsavel)",
    "\\b(?:cuanto\\s+(?:sale|cuesta|seria|es)\\s+(?:la\\s+)?sena\\b|(?:como\\s+(?:es|funciona)|que\\s+onda)\\s+(?:el\\s+tema\\s+de\\s+)?(?:la\\s+)?sena\\b|cuanto\\s+(?:es|seria|hay\\s+que\\s+(?:dejar|pagar|abonar)|tengo\\s+que\\s+(?:dejar|pagar)\\s+de|se\\s+deja\\s+de|dejo\\s+de)\\s+(?:la\\s+|de\\s+)?sena|que\\s+porcentaje|sena\\s+(?:de\\s+)?cuanto\\s+(?:es|seria|sale|queda)|porcentaje\\s+de\\s+(?:la\\s+)?sena|cuanto\\s+de\\s+sena|se\\s+sena\\s+con|la\\s+sena\\s+es\\s+del?|hay\\s+que\\s+senar|piden\\s+sena|how\\s+much\\s+(?:is\\s+)?the\\s+deposit|deposit\\s+required|quanto\\s+(?:e\\s+)?(?:o\\s+)?sinal)\\b",
    "\\b(?:minimo\\s+de\\s+(?:noches|dias|estadia|estancia)|noches\\s+(?:\\w+\\s+){0,4}minimo|estadia\\s+minima|estancia\\s+minima|minima\\s+estadia|noches\\s+minimas|cuantas\\s+noches\\s+(?:como\\s+)?minimo|minimo\\s+(?:\\d+|dos|tres)\\s+noches|minimo\\s+de\\s+estadia|minimum\\s+stay|minimum\\s+(?:of\\s+)?nights|minimo\\s+de\\s+noites|estadia\\s+minima|se\\s+puede\\s+(?:por\\s+)?(?:una|1)\\s+(?:sola\\s+)?noche|(?:reservas?|alquil\\w*|estadias?)\\s+(?:de|por)\\s+(?:una|1)\\s+(?:sola\\s+)?noche|alquilan\\s+por\\s+(?:una|1)\\s+noche)",
    "\\b(?:(?:entrar|ingresar|llegar|salir|irnos|retirarnos)\\s+(?:mas\\s+)?(?:antes|temprano|tarde|despues)|se\\s+pueden?\\s+(?:cambiar|modificar|mover)\\s+(?:la|las)\\s+fechas?|si\\s+surge)\\b",
    // Children allowed, leaving or arriving at a time, losing the deposit when the trip falls through.
    "\\b(?:aceptan|admiten|se\\s+aceptan|se\\s+admiten|pueden\\s+(?:ir|venir)|accept|allow|aceitam|aceita|permitem|permiten)\\s+(?:\\w+\\s+){0,2}?(?:chicos|ninos|ninas|nenes|menores|bebes|kids|children|babies|criancas)\\b|\\b(?:kids|children|criancas|chicos|ninos|menores)\\s+(?:are\\s+)?(?:allowed|welcome|permitidos|permitidas|aceptados)\\b",
    "\\b(?:entrar|salir|dejar|irnos|llegar|desocupar|entregar|liberar)\\s+(?:\\w+\\s+){0,3}?a\\s+las\\s+\\d",
    "\\b(?:pierdo|perdemos|perderia|perderiamos)\\s+(?:la|el|lo)\\s+(?:sena|plata|dinero|deposito|pagado)|\\b(?:reembolsable|reembolsavel|devolvible|refundable)\\b|\\bsi\\s+(?:no\\s+(?:vamos|voy|viajamos|llegamos)|se\\s+(?:suspende|cancela))\\b|\\bque\\s+pasa\\s+con\\s+la\\s+sena\\b",
    "\\b(?:deposito\\s+(?:de\\s+)?(?:garantia|en\\s+garantia)|garantia|security\\s+deposit|damage\\s+deposit|caucion|caução|caucao)\\b",
    "\\b(?:se\\s+puede\\s+fumar|fumar|fumadores|smoking|smoke|(?:hacer|organizar|permiten|aceptan|se\\s+permiten)\\s+(?:una\\s+|un\\s+)?(?:fiestas?|eventos?|reuniones|festejos?|cumpleanos)|fiestas?\\s+(?:permitidas|no|se\\s+puede)|festejar|party|parties|musica\\s+fuerte|visitas|visitantes|visitar\\w*|(?:venir|pasar|entrar)\\s+(?:\\w+\\s+)?(?:amigos|familiares|gente|invitados)|recibir\\s+(?:gente|amigos|visitas)|traer\\s+(?:gente|amigos|invitados)|visitors|guests\\s+over|friends\\s+over|people\\s+over|bring\\s+(?:\\w+\\s+){0,2}(?:friends|visitors|guests)|receber\\s+(?:visitas|amigos)|dni|documento|documentos|pasaporte|passport|identificacion|id\\s+card|(?:show|bring|need)\\s+(?:an?\\s+|my\\s+|our\\s+)?(?:id|ids|passports?)|menores\\s+(?:\\w+\\s+){0,3}sol[oa]s|menores\\s+de\\s+edad\\s+sin|ruidos?\\s+despues|horario\\s+de\\s+silencio|silencio|quiet\\s+hours)\\b",
  ].join("|"),
);

/** Where the place is and how to get there. */
export const LOCATION = re(
  [
    "\\b(?:donde|adonde|en\\s+donde|en\\s+que\\s+(?:parte|zona|lugar|barrio|calle))\\s+(?:queda|quedan|esta|estan|estas|se\\s+encuentra|se\\s+encuentran|es|son|los\\s+encuentro|las\\s+encuentro|estarian|ubicados|ubicadas|quedaria|seria\\s+el\\s+lugar)",
    "\\b(?:ubicacion|ubicados|ubicadas|ubicado|ubicada|direccion|domicilio|como\\s+llego|como\\s+se\\s+llega|como\\s+llegar|como\\s+llegamos|como\\s+hago\\s+para\\s+llegar|a\\s+cuantas?\\s+cuadras|a\\s+cuantos?\\s+(?:metros|km|kilometros|minutos)|a\\s+cuanto\\s+(?:queda|esta|estan)|que\\s+tan\\s+(?:lejos|cerca)|queda\\s+(?:lejos|cerca)|(?:esta|estan|estamos|queda|quedan)\\s+(?:muy\\s+)?(?:lejos|cerca)\\s+del?|distancia|mapa|google\\s+maps|maps|coordenadas|pin|mandame\\s+la\\s+ubicacion|que\\s+zona|en\\s+que\\s+zona|que\\s+barrio|acceso\\s+(?:por|de)\\s+(?:ruta|tierra|asfalto)|camino\\s+de\\s+(?:tierra|ripio)|cerca\\s+del\\s+(?:centro|lago|rio|mar|cerro)|cerca\\s+de\\s+la\\s+(?:playa|costa|terminal)|(?:camino|acceso|calle)\\s+(?:es\\s+)?(?:de\\s+)?(?:tierra|ripio|asfalto)|(?:super|supermercado|farmacia|restaurantes?|almacen|proveeduria|kiosco)\\s+cerca|a\\s+\\d+\\s+(?:cuadras|metros|km|kilometros|minutos)\\s+del?)\\b",
    "\\ben\\s+que\\s+(?:parte|zona|lugar|barrio|calle)\\b|\\b(?:quanto\\s+tempo|cuanto\\s+tiempo|how\\s+long|how\\s+far|a\\s+cuanto|quanto|cuanto)\\s+(?:\\w+\\s+){0,3}?(?:playa|praia|beach|centro|center|centre|aeropuerto|aeroporto|airport|terminal|rodoviaria|lago|cerro|pueblo|ciudad|cidade|town)\\b",
    "\\b(?:where\\s+(?:is|are)\\s+(?:it|you|the|they|located)|where\\s+exactly|location|address|how\\s+(?:far|close)|how\\s+do\\s+(?:i|we)\\s+get\\s+there|directions|close\\s+to\\s+the|near\\s+the)\\b",
    "\\b(?:onde\\s+(?:fica|ficam|e|esta|estao)|localizacao|endereco|como\\s+chego|como\\s+chegar|perto\\s+d[ao]|longe\\s+d[ao]|quao\\s+longe|fica\\s+(?:perto|longe))\\b",
  ].join("|"),
);

/** How much: "cuánto sale", "precio", "tarifa", a price figure, discounts. */
export const PRICE = re(
  [
    "\\b(?:cuanto|cuanta)\\s+(?:(?:me|nos|te|les)\\s+)?(?:sale|salen|saldria|saldrian|cuesta|cuestan|costaria|esta|estan|es|son|seria|serian|cobran|cobras|cobrarian|vale|valen|estaria|queda|quedaria|sería|por|x|para|la\\s+noche|el\\s+dia|del|el|total)\\b",
    "\\b(?:precio|precios|tarifa|tarifas|costo|costos|valor|valores|presupuesto|cotiz\\w*|cuanto\\s+sale|cuanto\\s+seria|descuento|descuentos|promo|promocion|promociones|oferta|ofertas|mas\\s+barato|mas\\s+economico|economico|barato|caro)\\b",
    "\\$\\s*\\d|\\b\\d[\\d.,]*\\s*(?:usd|dolares|lucas|reais)\\b|\\b(?:sale|salen)\\b(?!\\s+(?:algo|alguna|algun|lugar))|^(?:y\\s+)?cuanto$|\\bcuanto\\s*$|\\bcuanto\\s+(?:para|del|por)",
    "\\b(?:how\\s+much|price|prices|pricing|rates?|cost|costs|quote|per\\s+night|nightly|discount|cheaper)\\b",
    "\\b(?:quanto\\s+(?:custa|custaria|sai|sairia|fica|ficaria|e|seria|cobra|cobram|vale|pela|por|a\\s+diaria)|preco|precos|valor\\s+da\\s+diaria|valor\\s+das\\s+diarias|orcamento|desconto)\\b",
  ].join("|"),
);

/** Whether it is free: "tenés lugar", "hay disponibilidad", "tem vaga", "available". */
export const AVAILABILITY = re(
  [
    "\\b(?:tenes|tienen|tiene|tendras|tendrias|tendrian|tenian|habra|habria|hay|queda|quedan|te\\s+queda|les\\s+queda|les\\s+quedan|te\\s+quedan|tenes\\s+algo|tienen\\s+algo|hay\\s+algo)\\s+(?:(?:algo|alguna|algun|lugar|lugares|disponibilidad|disponible|disponibles|libre|libres|cabanas?|deptos?|departamentos?|casas?|unidades?|vacantes?|espacio|cupo)\\b|(?:para|del|el|este|esta|en)\\s+(?:el\\s+|la\\s+)?(?:\\d|finde|fin|semana|sabado|viernes|jueves|domingo|lunes|feriado|navidad|ano|carnaval|enero|febrero|marzo|diciembre|noviembre|manana|hoy|\\d+\\s+personas)|para\\s+(?:\\d|dos|tres|cuatro|cinco|seis))",
    "\\b(?:disponibilidad|disponible|disponibles|esta\\s+libre|estan\\s+libres|esta\\s+ocupad[oa]|estan\\s+ocupad[oa]s|hay\\s+lugar|hay\\s+cupo|hay\\s+vacante|vacantes|queda\\s+lugar|quedan\\s+lugares|quedo\\s+algo|libre\\s+para|lugar\\s+para|algo\\s+libre|sigue\\s+libre|sigue\\s+disponible|se\\s+libero|lugar\\s+disponible|fechas\\s+libres|tenes\\s+lugar|tienen\\s+lugar|(?:sale|surge|aparece|salio)\\s+(?:algo|alguna|algun|lugar))\\b",
    "\\b(?:available|availability|do\\s+you\\s+have\\s+(?:any(?:thing)?|a\\s+(?:room|place|cabin|unit|house|apartment)|room|space|vacancy|openings)|any\\s+(?:rooms?|vacanc(?:y|ies)|openings)|is\\s+it\\s+free|still\\s+free|vacancy|fully\\s+booked)\\b",
    "\\b(?:tem\\s+(?:vaga|vagas|disponibilidade|lugar|algo|quarto|chale|casa|apartamento)|tem\\s+para|esta\\s+disponivel|disponivel|disponiveis|disponibilidade|ainda\\s+tem|teria\\s+(?:vaga|lugar|disponibilidade)|vaga\\s+para)\\b",
  ].join("|"),
);

/** What the place has: services, equipment, capacity, photos, pets allowed. */
export const SERVICES = re(
  [
    "\\b(?:que\\s+(?:servicios|comodidades|incluye|trae|tiene|tienen|ofrecen|hay\\s+en)|servicios|comodidades|amenities|incluye|incluyen|incluido|incluida|viene\\s+con|cuenta\\s+con|equipad[oa]|equipamiento)\\b",
    "\\b(?:ropa\\s+de\\s+cama|ropa\\s+blanca|blanqueria|toallas|sabanas|cocina|heladera|microondas|horno|calefaccion|calefactor|estufa|hogar|salamandra|cuna|netflix|tv|tele|television|smart\\s+tv|cable|directv|desayuno|hidro|hidromasaje|jacuzzi|spa|sauna|lavarropas|secador|vajilla|utensilios|pava|cafetera|ventilador|balcon|terraza|jardin|patio|quincho|vista|juegos|mesa\\s+de\\s+ping|limpieza|mucama)\\b",
    "\\b(?:fotos?|imagenes|videos?|pics?|photos?|pictures?)\\b",
    "\\b(?:capacidad|para\\s+cuantas\\s+personas|cuantas\\s+personas\\s+(?:entran|duermen|caben|pueden|admite|es|son)|cuantos\\s+(?:ambientes|dormitorios|cuartos|banos|camas)|cuantas\\s+(?:habitaciones|camas|plazas)|camas?\\s+(?:matrimonial|matrimoniales|individuales|cucheta)|dormitorios|habitaciones|ambientes|entramos\\s+\\d+|entran\\s+\\d+|how\\s+many\\s+(?:people|guests|beds|bedrooms)|sleeps)\\b",
    "\\b(?:aceptan|aceptas|admiten|se\\s+puede\\s+(?:llevar|ir\\s+con|traer)|puedo\\s+(?:llevar|ir\\s+con|traer)|podemos\\s+(?:llevar|ir\\s+con|traer)|son\\s+pet|allow|allowed|accept|aceitam|aceita|pode\\s+levar|posso\\s+levar|podemos\\s+levar)\\s+(?:(?:a\\s+)?(?:mi|mis|nuestro|nuestra|nuestros|el|la|los|un|una|my|our|a|meu|minha|o)\\s+)?(?:mascotas?|perros?|perritos?|perra|perrita|gatos?|animales|pets?|dogs?|cats?|cachorros?|animais|pet\\s+friendly|friendly)",
    "\\b(?:what\\s+(?:does\\s+it|do\\s+you)\\s+(?:have|include|offer)|facilities|towels|linens|kitchen|heating|breakfast|crib|o\\s+que\\s+(?:tem|inclui)|inclui|roupa\\s+de\\s+cama|toalhas|cafe\\s+da\\s+manha|cozinha|aquecimento|berco)\\b",
  ].join("|"),
);

/** A whole message made only of greetings and "una consulta"-style openers. */
export const GREETING = re(
  "^(?:(?:hola|holas|ola|oi|hi|hello|hey|buenas|buen\\s+dia|buenos\\s+dias|buenas\\s+tardes|buenas\\s+noches|bom\\s+dia|boa\\s+tarde|boa\\s+noite|good\\s+(?:morning|afternoon|evening)|que\\s+tal|como\\s+(?:estas|estan|va|andas|andan|anda|le\\s+va|te\\s+va)|todo\\s+bien|tudo\\s+bem|tudo\\s+bom|how\\s+are\\s+you|como\\s+vai|saludos|che|gente|amigo|amiga|senor|senora|disculpa|disculpe|perdon\\s+la\\s+hora|una\\s+consulta|consulta|te\\s+hago\\s+una\\s+consulta|les\\s+hago\\s+una\\s+consulta|queria\\s+(?:hacer\\s+una\\s+)?consulta(?:r)?|quisiera\\s+consultar|tengo\\s+una\\s+consulta|tengo\\s+una\\s+pregunta|una\\s+pregunta|uma\\s+pergunta|quick\\s+question|i\\s+have\\s+a\\s+question|there|all|everyone|a\\s+todos|y|e|and|como|estas|que|tal)\\b\\s*)+$",
);

/** A greeting anywhere in the message. */
export const GREETING_WORD = /\b(?:hola|holas|ola|oi|hi|hello|hey|buenas|buen\s+dia|buenos\s+dias|bom\s+dia|boa\s+tarde|boa\s+noite|good\s+(?:morning|afternoon|evening))\b/;

// "para mañana", "el sabado", "hoy a la noche" ask for those days; a bare "hoy" is small talk.
export const RELATIVE_DAY_AS_STAY =
  /\b(?:para|pal|desde|a\s+partir\s+de|el|este|esta|this|next|on|for|pra|por)\s+(?:el\s+)?(?:hoy|manana|pasado|today|tomorrow|tonight|hoje|amanha|lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|sexta|segunda|quinta)\b|\b(?:noches?|nights?|noites?|tonight)\b|\besta\s+noche\b|^(?:y\s+)?(?:(?:pasado\s+)?manana|hoy|tomorrow|today|amanha|hoje|lunes|martes|miercoles|jueves|viernes|sabado|domingo)$/;

// "lugar para 2 autos" asks for parking, not whether there is room.
export const PARKING_ROOM = /\blugar\s+para\s+(?:(?:el|los|la|las|\d+|dos|tres|un|mi|nuestro|nuestros)\s+){0,2}(?:autos?|coches?|carros?|camionetas?|vehiculos?)\b/g;

// Choosing among offers just listed. Leading agreement ("dale, la primera") and trailing
// courtesy ("la arrayán porfa") are set aside before the whole-message forms are tried.
const AGREEMENT_LEAD = /^(?:(?:dale|si|ok|okay|bueno|listo|perfecto|genial|joya|entonces|yes|sim|va|ya)\s+)+/;
const COURTESY_TAIL = /(?:\s+(?:por\s+favor|please|pls|gracias|thanks|obrigad[oa]|entonces|nomas|then|entao))+$/;
const ORDINAL = "primera|primero|primeira|segunda|segundo|tercera|tercero|terceira|terceiro|cuarta|cuarto|ultima|ultimo|first|second|third|fourth|last";
const ARTICLE = "la|el|a|o|the|lo";
// "la segunda", "opción 2", "la número 2", "the second one", "a segunda opção", "el 1".
const CHOSEN_BY_POSITION = new RegExp(
  `^(?:(?:${ARTICLE})\\s+)?(?:(?:opcion|opcao|option|numero|number|n°)\\s*)?(?:\\d|${ORDINAL})(?:\\s+(?:opcion|opcao|option|one|de\\s+la\\s+lista))?$`,
);
// "la más barata", "the biggest one", "a mais barata".
const CHOSEN_BY_SUPERLATIVE = new RegExp(
  `^(?:(?:${ARTICLE})\\s+)?(?:(?:opcion|opcao|option)\\s+)?(?:mas\\s+(?:barat[oa]|economic[oa]|grande|chic[oa]|amplio|amplia)|mais\\s+(?:barat[oa]|grande|economic[oa])|cheapest|biggest|largest|smallest)(?:\\s+one)?$`,
);
// "me quedo con …", "vamos con la primera", "I'll take the cabin", "fico com a casa".
const CHOICE_VERB = new RegExp(
  `\\b(?:me\\s+quedo\\s+con|nos\\s+quedamos\\s+con|(?:voy|vamos)\\s+con\\s+(?:la|el)\\s+(?:${ORDINAL}|opcion|numero|\\d|mas\\s+\\w+|cabana|depto|departamento|casa)|i'?ll\\s+take|we'?ll\\s+take|i'?ll\\s+go\\s+with|we'?ll\\s+go\\s+with|fico\\s+com|ficamos\\s+com)\\b`,
);
// "quiero la arrayán", "quero a casa", "I want the apartment": wanting one thing by name.
const WANT_ONE = new RegExp(`^(?:quiero|queremos|quero|queria|i\\s+want|we\\s+want|i'?d\\s+like|we'?d\\s+like|reservame|reservanos|dame)\\s+(?:${ARTICLE})\\s+(?:de\\s+)?[a-z]+(?:\\s+[a-z]+)?$`);
// "la arrayán porfa", "the apartment please": one thing named, asked for politely.
const NAMED_POLITELY = new RegExp(`^(?:${ARTICLE})\\s+(?:de\\s+)?[a-z]+(?:\\s+[a-z]+)?$`);

/** A message that picks one of the offers just listed (by position, superlative, name or kind). */
export function isChoice(text: string): boolean {
  const core = text.replace(AGREEMENT_LEAD, "");
  const polite = COURTESY_TAIL.test(core);
  const bare = core.replace(COURTESY_TAIL, "").trim();
  if (CHOICE_VERB.test(text)) return true;
  if (CHOSEN_BY_POSITION.test(bare) || CHOSEN_BY_SUPERLATIVE.test(bare) || WANT_ONE.test(bare)) return true;
  return polite && NAMED_POLITELY.test(bare);
}
