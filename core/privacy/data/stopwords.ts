/**
 * Capitalised words that start sentences or are common nouns/pronouns in the four languages; they never
 * continue a name, a street name or a security answer.
 */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set((
  'i the a an my your our this that it and or but so if to for of in on at by with from please thanks thank hi hello hey dear yes no ok okay sorry why can could would will is are was how what when where who which do does did have has had bye cheers i\'m i’m it\'s it’s we we\'re you\'re speaking here calling also just now then there not very ' +
  'ich mein meine der die das und oder bitte danke hallo ja nein warum wie was wann wo wer ihr ihre ist sind kann können habe hat nur seit ' +
  'je mon ma mes le la les et ou merci bonjour oui non pourquoi comment quand où qui votre vos est-ce il elle nous vous j\'ai l\'iphone c\'est ' +
  'yo mi mis el los las y gracias hola sí por qué cómo cuándo dónde quién su sus es está pedí pago he'
).split(' '));

/**
 * Words that follow a sign-off in everyday closings ("thanks mate", "danke schön", "merci beaucoup",
 * "gracias amigo", "merci, bonne journée"): after "thanks", "danke", "merci" or "gracias" they are not
 * the customer's name. Words that are also first names are left out on purpose.
 */
export const CLOSING_WORDS: ReadonlySet<string> = Object.freeze(new Set((
  'again mate mates heaps loads lots tons much so very kindly anyway bye byebye goodbye bye-bye cya later cheers ' +
  'guys all everyone everybody folks team buddy pal bro bruv dude man sir madam maam ma\'am mam x xx xxx ' +
  'schön schoen sehr vielmals dir euch ihnen tschüss tschüs tschuess tschau ciao servus gruß grüße gruss lg mfg vg bis ' +
  'beaucoup bien encore infiniment bonne bonsoir bientôt bientot revoir au salut bisous bises cordialement ' +
  'amigo amiga amigos igualmente nuevo hasta luego chao chau adiós adios saludos tío tia tía crack mil guapa guapo muy ' +
  'buenas buenos hola ok okay vale perfecto perfect great brilliant lovely awesome'
).split(' ')));
