-- Tenants created before the guest portal keep the stock pre-arrival and review-request texts,
-- which carry no portal or rating link. Each language's text is replaced only where it is still,
-- character for character, the old stock text of the step's own default template: an owner's
-- edited text is never touched, and running it again changes nothing.
UPDATE message_templates SET bodies = json_set(bodies, '$.es', '¡Hola {guest.firstName}! Te esperamos el {checkIn} desde las {checkInTime} en {unit.name}. Cómo llegar: {directions} {mapsUrl}. Hacé tu check-in online y mirá los extras acá: {portalLink} Si necesitás algo antes, escribinos por acá.')
  WHERE id = 'tpl_' || substr(tenant_id, 5) || '_pre_arrival' AND json_extract(bodies, '$.es') = '¡Hola {guest.firstName}! Te esperamos el {checkIn} desde las {checkInTime} en {unit.name}. Cómo llegar: {directions} {mapsUrl}. Si necesitás algo antes, escribinos por acá.';
--> statement-breakpoint
UPDATE message_templates SET bodies = json_set(bodies, '$.pt', 'Olá {guest.firstName}! Esperamos você em {checkIn} a partir das {checkInTime} em {unit.name}. Como chegar: {directions} {mapsUrl}. Faça seu check-in online e veja os extras aqui: {portalLink} Se precisar de algo antes, é só escrever aqui.')
  WHERE id = 'tpl_' || substr(tenant_id, 5) || '_pre_arrival' AND json_extract(bodies, '$.pt') = 'Olá {guest.firstName}! Esperamos você em {checkIn} a partir das {checkInTime} em {unit.name}. Como chegar: {directions} {mapsUrl}. Se precisar de algo antes, é só escrever aqui.';
--> statement-breakpoint
UPDATE message_templates SET bodies = json_set(bodies, '$.en', 'Hi {guest.firstName}! We look forward to seeing you on {checkIn} from {checkInTime} at {unit.name}. How to get here: {directions} {mapsUrl}. Check in online and see the extras here: {portalLink} Anything you need before, just write here.')
  WHERE id = 'tpl_' || substr(tenant_id, 5) || '_pre_arrival' AND json_extract(bodies, '$.en') = 'Hi {guest.firstName}! We look forward to seeing you on {checkIn} from {checkInTime} at {unit.name}. How to get here: {directions} {mapsUrl}. Anything you need before, just write here.';
--> statement-breakpoint
UPDATE message_templates SET bodies = json_set(bodies, '$.es', '¡Gracias por tu estadía en {unit.name}, {guest.firstName}! ¿Cómo estuvo? Puntuala de 0 a 10 respondiendo con un número o acá: {ratingLink} ¡Te esperamos de vuelta!')
  WHERE id = 'tpl_' || substr(tenant_id, 5) || '_review_request' AND json_extract(bodies, '$.es') = '¡Gracias por tu estadía en {unit.name}, {guest.firstName}! Si te gustó, nos ayuda mucho que nos dejes una reseña. ¡Te esperamos de vuelta!';
--> statement-breakpoint
UPDATE message_templates SET bodies = json_set(bodies, '$.pt', 'Obrigado pela estadia em {unit.name}, {guest.firstName}! Como foi? Dê uma nota de 0 a 10 respondendo com um número ou aqui: {ratingLink} Esperamos você de volta!')
  WHERE id = 'tpl_' || substr(tenant_id, 5) || '_review_request' AND json_extract(bodies, '$.pt') = 'Obrigado pela estadia em {unit.name}, {guest.firstName}! Se gostou, uma avaliação nos ajuda muito. Esperamos você de volta!';
--> statement-breakpoint
UPDATE message_templates SET bodies = json_set(bodies, '$.en', 'Thank you for staying at {unit.name}, {guest.firstName}! How was it? Rate it from 0 to 10 by replying with a number or here: {ratingLink} We hope to see you again!')
  WHERE id = 'tpl_' || substr(tenant_id, 5) || '_review_request' AND json_extract(bodies, '$.en') = 'Thank you for staying at {unit.name}, {guest.firstName}! If you enjoyed it, a review helps us a lot. We hope to see you again!';
