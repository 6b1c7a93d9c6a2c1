/**
 * Spanish, Portuguese or English, from the words a message uses.
 * Guests write short, so each language scores its telltale words and Spanish wins ties:
 * it is the language of the platform and of most guests.
 */

import { normalize } from "./normalize";

/** A language the assistant answers in. */
export type Lang = "es" | "pt" | "en";

// Words that only (or almost only) one of the three languages uses. Words shared by
// Spanish and Portuguese ("para", "que", "reserva", "piscina", "sabado") are left out on purpose.
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

const SPANISH = words(`
  hola buenas buenos tenes tienen tiene tenemos hay cuanto cuanta cuesta sale salen precio noche noches quiero quisiera
  queremos necesito necesitamos el la los las del al y con gracias disponible disponibilidad sena senar pileta cochera
  departamento depto finde perro perros mascotas hasta mi mis estan donde queda puedo vos che dale genial barbaro buenisimo
  enero febrero marzo mayo junio julio septiembre setiembre octubre noviembre diciembre nenes nenas chicos ninos
  ninas perdon mejor bueno seria tambien aceptan hacen llegamos salimos cuando cual estaba sucio anda funciona reservame
  pasame hablar persona habitacion lunes martes miercoles jueves viernes manana hoy ayer fin pareja hermana novio novia
  cambiar fecha fechas tarjeta efectivo ubicacion direccion llego llegar playa muchas seriamos gustaria necesitaria alguien
  atienden cuantas cuantos habria tendrias tendrian usted ustedes ud uds pero si ya despues eso esto aca alla tipo onda
  nada algo alguna algun tienes quieres puedes llevar dejar perrito nene nena chico grande
`);

const PORTUGUESE = words(`
  oi ola voce voces obrigado obrigada tem temos quanto quanta custa diaria diarias vaga vagas pessoas criancas crianca
  gostaria quero nao sim estacionamento churrasqueira ar casal noites noite janeiro fevereiro marco maio junho julho setembro
  outubro novembro dezembro ate com uma um e do da na nas isso esse essa aqui bom boa fica onde aceita aceitam posso pode
  meu minha meus minhas filhos filho filha chegada chegar cafe tudo bem preco disponivel disponiveis pix reais cartao
  pagamento mudar trocar alterar praia perto longe quarto depois entao tambem mais muito fim sexta amanha hoje cachorro
  cachorros animais estou ficar hospedagem pousada feriadao natal novo pascoa tchau valeu beleza legal obg tbm vcs falar
  alguem atendente reclamacao sujo quebrado funcionando pra pro tenho estadia endereco localizacao ainda agora sao ja
  seria voo qual quais fechar fechado suja sujas quebrada chuveiro banheiro toalhas cozinha varanda gostariamos
`);

const ENGLISH = words(`
  the is are do does you your have has how much hi hello hey we for available availability night nights please thanks
  thank what can i my book weekend pool parking and of to from with there any room price cost it our us kids adults people
  guests next this week would like want need where when dog dogs pets allowed cancel pay payment card january february
  march april may june july august september october november december friday saturday sunday monday tuesday wednesday
  thursday tomorrow today tonight couple wife husband family stay place house apartment cabin be will it's im i'm we're
  there's location address far beach get arrive leave could should at an just only wanna got thx bring good
  morning afternoon evening yes yeah yep sure one
`);

// Letters that only one language uses, read before accents are stripped.
const PORTUGUESE_LETTERS = /[ãõç]|ção|ções/;
const SPANISH_LETTERS = /[ñ¿¡]/;

const WORD = /[a-z']+/g;

/** How many telltale words (and letters) of each language a message has. */
export function languageScores(raw: string, normalized: string): Record<Lang, number> {
  const lower = raw.toLowerCase();
  const scores: Record<Lang, number> = { es: SPANISH_LETTERS.test(lower) ? 2 : 0, pt: PORTUGUESE_LETTERS.test(lower) ? 2 : 0, en: 0 };
  for (const word of normalized.match(WORD) ?? []) {
    if (SPANISH.has(word)) scores.es++;
    if (PORTUGUESE.has(word)) scores.pt++;
    if (ENGLISH.has(word)) scores.en++;
  }
  return scores;
}

/** The language of a message; `raw` is the original text, `normalized` its `normalize` form. */
export function detectLanguage(raw: string, normalized: string): Lang {
  const { es, pt, en } = languageScores(raw, normalized);
  if (en > es && en > pt) return "en";
  if (pt > es) return "pt";
  return "es";
}

/**
 * The language of a message in a conversation already held in `current`: a short message that
 * says nothing of its language ("2", "ok", "Cabaña Robles") keeps the conversation's, and only
 * a message that reads more like another language switches it.
 */
export function languageInConversation(raw: string, normalized: string, current: Lang): Lang {
  // Addresses say nothing of the language ("ana@mail.com" is not Portuguese "com").
  const text = raw.replace(/\S+@\S+|https?:\/\/\S+|www\.\S+/gi, " ");
  const words = text === raw ? normalized : normalize(text);
  const scores = languageScores(text, words);
  const detected = detectLanguage(text, words);
  return detected !== current && scores[detected] > scores[current] ? detected : current;
}
