/**
 * A second batch of labelled messages, written the way guests type in the middle of a booking:
 * choosing among offers, following up on dates already on the table, asking about the rules.
 * Written and scored before the parser was changed for them; the parser was then improved
 * against this batch (with general rules), so it counts with the tuned corpus. Labels follow
 * NLU.md against CORPUS_NOW (see corpus.ts). A choice among offers ("la segunda", "me quedo con
 * el depto") is a booking; a bare agreement ("dale", "ok") carries no intent of its own.
 */
import type { CorpusEntry } from "./corpus";

export const TUNING_BATCH: readonly CorpusEntry[] = [
  // choosing among offers
  { text: "la segunda", expect: { intent: "reservar" } },
  { text: "me quedo con el depto", expect: { intent: "reservar", unitType: "departamento" } },
  { text: "dale, la primera", expect: { intent: "reservar" } },
  { text: "quiero la cabaña", expect: { intent: "reservar", unitType: "cabana" } },
  { text: "quiero la arrayan", expect: { intent: "reservar" } },
  { text: "reservame la 2", expect: { intent: "reservar" } },
  { text: "opcion 1", expect: { intent: "reservar" } },
  { text: "me quedo con la mas barata", expect: { intent: "reservar" } },
  { text: "quero a casa", expect: { intent: "reservar", lang: "pt", unitType: "casa" } },
  { text: "the apartment please", expect: { intent: "reservar", lang: "en", unitType: "departamento" } },
  { text: "a segunda opção", expect: { intent: "reservar", lang: "pt" } },
  { text: "the second one", expect: { intent: "reservar", lang: "en" } },
  { text: "si, reservamela", expect: { intent: "reservar" } },
  { text: "dale", expect: { intent: "fallback" } },
  { text: "ok perfecto", expect: { intent: "fallback" } },
  { text: "sim", expect: { intent: "fallback", lang: "pt" } },
  { text: "yes", expect: { intent: "fallback", lang: "en" } },

  // following up on what is on the table
  { text: "y para 2?", expect: { intent: "disponibilidad", guests: 2 } },
  { text: "y del 12 al 15 de enero?", expect: { intent: "disponibilidad", checkIn: "2027-01-12", checkOut: "2027-01-15" } },
  { text: "y si somos 6?", expect: { intent: "disponibilidad", guests: 6 } },
  { text: "mejor desde el 6", expect: { intent: "disponibilidad" } },
  { text: "del 25 al 30", expect: { intent: "disponibilidad" } },
  { text: "quiero ir en enero con mi familia", expect: { intent: "disponibilidad" } },
  { text: "una semana despues?", expect: { intent: "disponibilidad" } },
  { text: "y en febrero?", expect: { intent: "disponibilidad" } },
  { text: "and for 3 people?", expect: { intent: "disponibilidad", lang: "en", guests: 3 } },
  { text: "e para 4 pessoas?", expect: { intent: "disponibilidad", lang: "pt", guests: 4 } },
  { text: "podria ser del 8 al 11/1?", expect: { intent: "disponibilidad", checkIn: "2027-01-08", checkOut: "2027-01-11" } },
  { text: "dos noches nomas, desde el 18 de diciembre", expect: { intent: "disponibilidad", checkIn: "2026-12-18", checkOut: "2026-12-20" } },

  // the rules
  { text: "cual es la estadia minima?", expect: { intent: "politicas" } },
  { text: "cuantas noches minimo?", expect: { intent: "politicas" } },
  { text: "a que hora se puede entrar?", expect: { intent: "politicas" } },
  { text: "hasta que hora tenemos que dejar la cabaña?", expect: { intent: "politicas", unitType: "cabana" } },
  { text: "que porcentaje de seña piden?", expect: { intent: "politicas" } },
  { text: "si cancelo una semana antes me devuelven algo?", expect: { intent: "politicas" } },
  { text: "se pueden hacer fiestas?", expect: { intent: "politicas" } },
  { text: "pueden venir amigos a visitarnos durante el dia?", expect: { intent: "politicas" } },
  { text: "hay que llevar dni?", expect: { intent: "politicas" } },
  { text: "cuantas personas entran en el depto?", expect: { intent: "servicios", unitType: "departamento" } },
  { text: "entran 4 en la cabaña? somos 2 grandes y 2 chicos", expect: { intent: "servicios", guests: 4, unitType: "cabana" } },
  { text: "what's the minimum stay?", expect: { intent: "politicas", lang: "en" } },
  { text: "qual o horário do check-in?", expect: { intent: "politicas", lang: "pt" } },
  { text: "tem estadia minima?", expect: { intent: "politicas", lang: "pt" } },
  { text: "can we check out late?", expect: { intent: "politicas", lang: "en" } },
  { text: "se puede llegar tarde, tipo 11 de la noche?", expect: { intent: "politicas" } },
  { text: "what's your cancellation policy?", expect: { intent: "politicas", lang: "en" } },
  { text: "hay que pagar todo por adelantado o solo una seña?", expect: { intent: "pago" } },
  { text: "cuanto seria la seña?", expect: { intent: "politicas" } },
  { text: "y la seña cuanto es?", expect: { intent: "politicas" } },
  { text: "how much is the deposit?", expect: { intent: "politicas", lang: "en" } },

  // prices
  { text: "cuánto sale el depto del 3 al 5 de febrero?", expect: { intent: "precio", checkIn: "2027-02-03", checkOut: "2027-02-05", unitType: "departamento" } },
  { text: "precio de la cabaña para el finde?", expect: { intent: "precio", checkIn: "2026-11-27", checkOut: "2026-11-29", unitType: "cabana" } },
  { text: "cuanto me sale la casa del 26 al 30/12 para 6", expect: { intent: "precio", checkIn: "2026-12-26", checkOut: "2026-12-30", guests: 6, unitType: "casa" } },
  { text: "quanto fica o chalé de 10 a 14 de janeiro?", expect: { intent: "precio", lang: "pt", checkIn: "2027-01-10", checkOut: "2027-01-14", unitType: "cabana" } },
  { text: "how much is the cabin from jan 3 to jan 6?", expect: { intent: "precio", lang: "en", checkIn: "2027-01-03", checkOut: "2027-01-06", unitType: "cabana" } },
  { text: "q precio tiene la noche en enero?", expect: { intent: "precio" } },
  { text: "sale mas caro en temporada alta?", expect: { intent: "precio" } },
  { text: "hacen descuento si nos quedamos 10 noches?", expect: { intent: "precio" } },

  // booking with dates
  { text: "quiero reservar del 2 al 6 de enero para 3", expect: { intent: "reservar", checkIn: "2027-01-02", checkOut: "2027-01-06", guests: 3 } },
  { text: "reservame la cabaña para año nuevo, somos 4", expect: { intent: "reservar", checkIn: "2026-12-31", checkOut: "2027-01-03", guests: 4, unitType: "cabana" } },
  { text: "queremos reservar el finde largo de diciembre", expect: { intent: "reservar", checkIn: "2026-12-04", checkOut: "2026-12-08" } },
  { text: "I'd like to book the apartment from dec 18 to dec 21", expect: { intent: "reservar", lang: "en", checkIn: "2026-12-18", checkOut: "2026-12-21", unitType: "departamento" } },
  { text: "quero reservar o apartamento de 2 a 5 de fevereiro", expect: { intent: "reservar", lang: "pt", checkIn: "2027-02-02", checkOut: "2027-02-05", unitType: "departamento" } },
  { text: "como hago para reservar?", expect: { intent: "reservar" } },

  // availability, typed in a hurry
  { text: "tenes algo pa 5 del 2 al 4/1", expect: { intent: "disponibilidad", checkIn: "2027-01-02", checkOut: "2027-01-04", guests: 5 } },
  { text: "hay lugar 10 al 12 enero? 2 personas", expect: { intent: "disponibilidad", checkIn: "2027-01-10", checkOut: "2027-01-12", guests: 2 } },
  { text: "somos 2 adultos y 3 chicos, algo para el 15 de enero x 4 noches?", expect: { intent: "disponibilidad", checkIn: "2027-01-15", checkOut: "2027-01-19", guests: 5 } },
  { text: "buenas tardes! consulto x disponibilidad del 20 al 27 de enero, somos 2 matrimonios", expect: { intent: "disponibilidad", checkIn: "2027-01-20", checkOut: "2027-01-27", guests: 4 } },
  { text: "tienen algo libre para el 8 de diciembre? una noche", expect: { intent: "disponibilidad", checkIn: "2026-12-08", checkOut: "2026-12-09" } },
  { text: "disponible del 1 al 4 de marzo?", expect: { intent: "disponibilidad", checkIn: "2027-03-01", checkOut: "2027-03-04" } },
  { text: "Hola, para 4 del 5 al 8/1", expect: { intent: "disponibilidad", checkIn: "2027-01-05", checkOut: "2027-01-08", guests: 4 } },
  { text: "hi! we're a family of 4 looking for something from feb 12 to feb 15", expect: { intent: "disponibilidad", lang: "en", checkIn: "2027-02-12", checkOut: "2027-02-15", guests: 4 } },
  { text: "olá, tem vaga para 3 pessoas de 20 a 23 de dezembro?", expect: { intent: "disponibilidad", lang: "pt", checkIn: "2026-12-20", checkOut: "2026-12-23", guests: 3 } },
  { text: "hay lugar para 2 con un perro el finde largo?", expect: { intent: "disponibilidad", checkIn: "2026-12-04", checkOut: "2026-12-08", guests: 2, amenities: ["pet_friendly"] } },
  { text: "tienen lugar desde el 27 de diciembre hasta el 2?", expect: { intent: "disponibilidad", checkIn: "2026-12-27", checkOut: "2027-01-02" } },
  { text: "3 noches a partir del 4 de enero, hay algo?", expect: { intent: "disponibilidad", checkIn: "2027-01-04", checkOut: "2027-01-07" } },
  { text: "any vacancy next weekend for two?", expect: { intent: "disponibilidad", lang: "en", checkIn: "2026-11-27", checkOut: "2026-11-29", guests: 2 } },

  // the place, the way there, paying
  { text: "tiene parrilla la cabaña?", expect: { intent: "servicios", unitType: "cabana", amenities: ["parrilla"] } },
  { text: "se puede ir con el perro?", expect: { intent: "servicios", amenities: ["pet_friendly"] } },
  { text: "hay cochera o se deja el auto en la calle?", expect: { intent: "servicios", amenities: ["cochera"] } },
  { text: "mandame fotos del depto porfa", expect: { intent: "servicios", unitType: "departamento" } },
  { text: "como llego desde la terminal?", expect: { intent: "ubicacion" } },
  { text: "están lejos del centro?", expect: { intent: "ubicacion" } },
  { text: "where exactly are you located?", expect: { intent: "ubicacion", lang: "en" } },
  { text: "te mande el comprobante de la seña", expect: { intent: "pago" } },
  { text: "puedo pagar la seña por transferencia?", expect: { intent: "pago" } },
  { text: "aceptan mercado pago?", expect: { intent: "pago" } },
  { text: "el link me dice que vencio", expect: { intent: "pago" } },
  { text: "posso pagar com pix?", expect: { intent: "pago", lang: "pt" } },

  // an existing booking, people, complaints, small talk
  { text: "necesito cancelar la reserva del finde", expect: { intent: "cancelar_modificar", checkIn: "2026-11-27", checkOut: "2026-11-29" } },
  { text: "i need to cancel my booking", expect: { intent: "cancelar_modificar", lang: "en" } },
  { text: "buenass como andan", expect: { intent: "saludo" } },
  { text: "oi tudo bem?", expect: { intent: "saludo", lang: "pt" } },
  { text: "hay alguien ahi?", expect: { intent: "hablar_humano" } },
  { text: "the heating doesnt work and its freezing", expect: { intent: "queja", lang: "en" } },
  { text: "muchas gracias, despues te confirmo", expect: { intent: "fallback" } },
  { text: "jaja buenisimo", expect: { intent: "fallback" } },
  { text: "ok", expect: { intent: "fallback" } },
  { text: "perfecto!", expect: { intent: "fallback" } },
  { text: "no nada, era eso", expect: { intent: "fallback" } },
];
