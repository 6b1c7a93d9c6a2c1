/**
 * The regular expressions that find date mentions in a normalized, masked message.
 * Built once per isolate: compiling them per message would dominate the parse time.
 */
import { ANY_MONTH, COUNT, FULL_MONTH, PORTUGUESE_WEEKDAY_NAMES, WEEKDAY_NAMES } from "./date-words";

// Weekday names in every language; Portuguese ones are filtered by language where matched.
const WEEKDAY_CAPTURE = `(${WEEKDAY_NAMES}|${PORTUGUESE_WEEKDAY_NAMES})(?:-feira|\\s+feira)?`;

/** Groups captured by one `date()`: weekday, day, numeric month, numeric year, month name, year after the name. */
export const DATE_GROUPS = 6;

/**
 * A day with an optional month: "5", "5/1", "05/01/2027", "5 de enero", "viernes 5 de enero".
 * `monthLinks` are the words allowed between the day and a month name.
 */
function date(monthLinks = "de|of|do|del\\s+mes\\s+de"): string {
  const weekday = `(?:(?:el|este|this|on|o|na|no)\\s+)?${WEEKDAY_CAPTURE}\\s+`;
  const day = `\\b(\\d{1,2})(?!\\d)(?:ro|ero|°)?`;
  const numericMonth = `\\s*\\/\\s*(\\d{1,2})(?!\\d)(?:\\s*\\/\\s*(\\d{4}|\\d{2})(?!\\d))?`;
  const namedMonth = `\\s*(?:(?:${monthLinks})\\s+)?(${ANY_MONTH})\\b(?:\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b)?`;
  return `(?:${weekday})?${day}(?:${numericMonth}|${namedMonth})?`;
}

const DATE = date();
// The second end of a range may hang its month on "en"/"para": "del 3 al 7 en enero".
const RANGE_END_DATE = date("de|of|do|del\\s+mes\\s+de|en|para|in|em");

const RANGE_OPENERS = "del?|desde(?:\\s+el)?|entre(?:\\s+el)?|from(?:\\s+the)?|between(?:\\s+the)?|do(?:\\s+dia)?|dia|el|los|dos";
const RANGE_LINKS =
  "-|al|a|hasta(?:\\s+el)?|y\\s+el|to(?:\\s+the)?|till(?:\\s+the)?|until(?:\\s+the)?|through|thru|and\\s+the|ate(?:\\s+o)?(?:\\s+dia)?|ao(?:\\s+dia)?|a\\s+el";

/** "del 5 al 8/1", "4-7 dic", "from 5 jan to 8 jan", "de 5 a 8 de janeiro". */
export const RANGE = new RegExp(
  `(?:\\b(?:${RANGE_OPENERS})\\s+)?${DATE}\\s*(?:${RANGE_LINKS})\\s*(?:el\\s+|o\\s+dia\\s+|the\\s+)?${RANGE_END_DATE}`,
  "g",
);

/** "del viernes al domingo", "de sexta a domingo". */
export const WEEKDAY_RANGE = new RegExp(
  `\\b(?:(?:del?|desde(?:\\s+el)?|from|da)\\s+)?${WEEKDAY_CAPTURE}\\s+(?:al|a|hasta(?:\\s+el)?|to|until|till|ate(?:\\s+o|\\s+a)?)\\s+(?:el\\s+|la\\s+|o\\s+)?${WEEKDAY_CAPTURE}\\b`,
  "g",
);

const START_CUES =
  "desde(?:\\s+el)?|a\\s+partir\\s+del?|a\\s+partir\\s+do(?:\\s+dia)?|from(?:\\s+the)?|starting(?:\\s+on)?(?:\\s+the)?|" +
  "del?|el|para\\s+el|on(?:\\s+the)?|for\\s+the|o\\s+dia|no\\s+dia|dia|" +
  "llegamos(?:\\s+el)?|llegariamos(?:\\s+el)?|llegando(?:\\s+el)?|llego(?:\\s+el)?|entramos(?:\\s+el)?|entrariamos(?:\\s+el)?|" +
  "ingresamos(?:\\s+el)?|ingreso(?:\\s+el)?|entrada(?:\\s+el)?|check\\s?-?in(?:\\s+el)?|" +
  "arriving(?:\\s+on)?(?:\\s+the)?|arrive(?:\\s+on)?(?:\\s+the)?|chegamos(?:\\s+(?:no\\s+)?dia)?|chegando(?:\\s+(?:no\\s+)?dia)?|chegada(?:\\s+(?:no\\s+)?dia)?";

/** A check-in day with a cue: "desde el 10/1", "a partir del 3/2", "seria del 9". */
export const START = new RegExp(`\\b(?:${START_CUES})\\s+${DATE}`, "g");

/** A date with its month and no cue: "5/1", "31 de enero". Month-less numbers alone are never dates. */
export const BARE_DATE = new RegExp(DATE, "g");

const END_CUES =
  "hasta(?:\\s+el)?|until(?:\\s+the)?|till(?:\\s+the)?|ate(?:\\s+o)?(?:\\s+dia)?|nos\\s+vamos(?:\\s+el)?|nos\\s+iriamos(?:\\s+el)?|" +
  "salimos(?:\\s+el)?|saliendo(?:\\s+el)?|salida(?:\\s+el)?|check\\s?-?out(?:\\s+el)?|volvemos(?:\\s+el)?|nos\\s+volvemos(?:\\s+el)?|" +
  "leaving(?:\\s+on)?(?:\\s+the)?|leave(?:\\s+on)?(?:\\s+the)?|saimos(?:\\s+(?:no\\s+)?dia)?|saida(?:\\s+(?:no\\s+)?dia)?|" +
  "nos\\s+retiramos(?:\\s+el)?|retiramos(?:\\s+el)?";

/** A check-out day: "hasta el 5/1", "nos vamos el domingo". */
export const END = new RegExp(`\\b(?:${END_CUES})\\s+(?:${DATE}|${WEEKDAY_CAPTURE}\\b)`, "g");

/** "3 noches", "una semana", "2 weeks", "una quincena". */
export const NIGHTS = new RegExp(
  `\\b(${COUNT})\\s+(noches?|nights?|noites?|dias|days|diarias|semanas?|weeks?)\\b|\\b(?:a|one|una|uma)\\s+(semana|week|quincena|quinzena|fortnight)\\b`,
  "g",
);

// Night counts that are rules or waits, not the length of this stay.
export const NIGHTS_THAT_ARE_NOT_STAYS = new RegExp(
  `\\b(?:minimo|minima|min|al\\s+menos|como\\s+minimo|minimum|at\\s+least|pelo\\s+menos|no\\s+minimo)\\s+(?:de\\s+)?(?:${COUNT})\\s+(?:noches?|nights?|noites?|dias|days|diarias)\\b` +
    `|\\b(?:${COUNT})\\s+(?:noches?|nights?|noites?)\\s+(?:minimo|minimas?|como\\s+minimo|minimum)\\b` +
    `|\\b(?:hace|ha|faz)\\s+(?:${COUNT})\\s+(?:dias|semanas?|days|weeks?)\\b` +
    `|\\b(?:${COUNT})\\s+(?:dias|days|semanas?|weeks?)\\s+(?:antes|before|ago|atras|de\\s+anticipacion|de\\s+antelacion|habiles|de\\s+antecedencia)\\b` +
    `|\\b(?:en|dentro\\s+de|in|em)\\s+(?:${COUNT})\\s+(?:dias|semanas?|days|weeks?)\\b`,
  "g",
);

const WEEKEND_WORDS = "finde|fin\\s+de\\s+semana|fim\\s+de\\s+semana|weekend";

/**
 * "este finde", "el finde que viene", "this coming weekend", "el otro finde". "El finde
 * siguiente" is the one after a weekend already discussed, so it is left to the dialog.
 */
export const WEEKEND = new RegExp(
  `\\b(?:(?:este|el|this|next|proximo|o|esse|neste|nesse|coming|para\\s+el|pal|al)\\s+)*(otro\\s+)?(?:${WEEKEND_WORDS})\\b(?!\\s+(?:largo|siguiente|anterior|de\\s+despues|after|before|seguinte))(?:\\s+que\\s+viene|\\s+que\\s+vem|\\s+proximo)?`,
  "g",
);

/** "el finde del 12 de diciembre", "weekend of 12 dec". */
export const WEEKEND_OF_DATE = new RegExp(
  `\\b(?:el\\s+)?(?:${WEEKEND_WORDS})\\s+(?:del?|of(?:\\s+the)?|do(?:\\s+dia)?|dia)\\s+${DATE}`,
  "g",
);

const LONG_WEEKEND_WORDS =
  "(?:finde|fin\\s+de\\s+semana|fim\\s+de\\s+semana|feriado)\\s+largo|long\\s+weekend|feriadao|feriado\\s+prolongado";

/** "finde largo de diciembre", "el próximo finde largo", "long weekend in december". */
export const LONG_WEEKEND = new RegExp(
  `\\b(?:${LONG_WEEKEND_WORDS})(?:\\s+(?:de|del\\s+mes\\s+de|en|of|in|do|da|em)\\s+(${FULL_MONTH}))?\\b`,
  "g",
);

/** "el feriado del 9 de julio", "finde largo del 8/12". */
export const HOLIDAY_OF_DATE = new RegExp(`\\b(?:${LONG_WEEKEND_WORDS}|feriado)\\s+(?:del?|of(?:\\s+the)?|do(?:\\s+dia)?)\\s+${DATE}`, "g");

/** "el feriado", "el próximo feriado": the next holiday's days off. */
export const NEXT_HOLIDAY = /\b(?:el|este|next|o|the)\s+(?:proximo\s+)?(?:feriado|holiday)\b(?!\s+largo)/g;

export const CHRISTMAS = /\b(?:navidad|nochebuena|natal|christmas|xmas)\b/g;
export const NEW_YEAR = /\b(?:ano\s+nuevo|ano\s+novo|reveillon|new\s+year'?s?(?:\s+eve)?)\b/g;
export const CARNIVAL = /\b(?:carnaval|carnival)\b/g;
export const EASTER = /\b(?:semana\s+santa|pascuas?|pascoa|easter)\b/g;

/** "la primera semana de febrero", "segunda quincena de enero", "the last week of january". */
export const MONTH_PART = new RegExp(
  `\\b(primera|primer|1ra|1era|1er|1a|first|primeira|segunda|2da|2a|second|tercera|tercer|3ra|3era|3a|third|terceira|cuarta|4ta|4a|fourth|quarta|ultima|last)\\s+` +
    `(semana|quincena|quinzena|week|half|fortnight)\\s+(?:de|of|do|da|del\\s+mes\\s+de|in)\\s+(${ANY_MONTH})\\b`,
  "g",
);

/** Times of the month or year that name no dates (rule 8); a month in them still gives later day numbers their month. */
export const VAGUE_PERIOD = new RegExp(
  `\\b(?:a\\s+|para\\s+)?(?:principios|comienzos|inicios|mediados|fines|finales|inicio|meados|final|early|mid|late|end\\s+of)\\s+(?:de\\s+|of\\s+)?(${FULL_MONTH})\\b` +
    `|\\b(?:a\\s+)?(?:fin|principio|mitad|final)\\s+de\\s+mes\\b|\\bend\\s+of\\s+the\\s+month\\b|\\bfin\\s+de\\s+ano\\b` +
    `|\\b(?:la\\s+)?(?:semana\\s+que\\s+viene|proxima\\s+semana|semana\\s+que\\s+vem)\\b|\\b(?:el\\s+)?(?:mes\\s+que\\s+viene|proximo\\s+mes)\\b|\\bnext\\s+(?:week|month)\\b` +
    `|\\bvacaciones\\s+de\\s+invierno\\b`,
  "g",
);

/** "en enero", "para febrero", "in january": a month and nothing more. */
export const MONTH_ONLY = new RegExp(
  `\\b(?:(en|in|em|para|de|durante|for|during|this|next|proximo|este|y|o|or|ou|todo|all)\\s+)?(${FULL_MONTH})\\b`,
  "g",
);

/** "pasado mañana", "day after tomorrow". */
export const DAY_AFTER_TOMORROW = /\b(?:pasado\s+manana|day\s+after\s+tomorrow|depois\s+de\s+amanha)\b/g;

/** "mañana" as tomorrow; "a la mañana" / "esta mañana" are the morning. */
export const TOMORROW = /(?<!\b(?:la|esta|una|de|por|cada)\s)\b(?:manana|tomorrow|amanha)\b/g;

/** "hoy", "esta noche", "tonight". */
export const TODAY = /\b(?:hoy|today|tonight|hoje|esta\s+noche)\b/g;

/** A weekday on its own: "el sabado", "this friday", "desde el viernes". */
export const WEEKDAY = new RegExp(
  `\\b(?:(?:el|este|this|on|next|proximo|proxima|esta|na|no|o|a|nesta|neste|essa|esse|para\\s+el|desde\\s+el|a\\s+partir\\s+del)\\s+)?${WEEKDAY_CAPTURE}\\b(?!\\s+pasado)(?:\\s+que\\s+viene|\\s+proximo)?`,
  "g",
);

/** Verbs right before a day that is for something other than the stay: "te pago el viernes". */
export const NOT_A_STAY_BEFORE =
  /\b(?:pago|pagamos|pagaria|transfiero|transferimos|deposito|depositamos|abono|llamo|llamame|llamamos|escribo|escribimos|aviso|avisamos|confirmo|confirmamos|mando|mandamos|envio|paso|respondo|contesto|pay|call|send|text|pagar|pagarte|transferir|depositar|te\s+escribi|escribi|hable|llame|vine|llegue|fui)\s+(?:(?:te|les|la|el|lo|you)\s+)?$/;
/** Verbs right after such a day: "mañana te confirmo". */
export const NOT_A_STAY_AFTER =
  /^\s+(?:te|les|le|lo|la|you|i'?ll|i\s+will|eu|te\s+lo)?\s*(?:confirmo|aviso|escribo|llamo|paso|mando|pago|transfiero|deposito|respondo|confirmamos|avisamos|escribimos|pagamos|transferimos|confirm|call|pay|send|let\s+you\s+know)\b/;
