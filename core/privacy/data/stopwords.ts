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

/**
 * Capitalised words that describe a person without naming them: forms of address and titles ("Dear Sir
 * or Madam", "Dr. Patel") and nationalities, peoples and faiths ("I'm Nigerian", "I am Punjabi"). After
 * "I'm" or "this is" they are not names. Words that are also first names or surnames ("Christian", "Roman", "English") are left
 * to the name lists.
 */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = Object.freeze(new Set((
  'sir madam maam sirs gentlemen ladies mister missus mr mrs ms mx dr prof herr frau monsieur mme mlle señor señora sr sra srta ' +
  'nigerian ghanaian kenyan ugandan ethiopian somali somalian eritrean sudanese egyptian moroccan algerian tunisian ' +
  'senegalese cameroonian congolese zimbabwean zambian south-african african american british scottish ' +
  'irish canadian australian indian pakistani bangladeshi nepali punjabi gujarati tamil bengali ' +
  'chinese japanese korean vietnamese filipino filipina thai malaysian indonesian afghan iranian iraqi syrian ' +
  'lebanese turkish kurdish arab arabic polish romanian bulgarian ukrainian russian portuguese brazilian ' +
  'mexican colombian venezuelan peruvian chilean argentinian argentine cuban dominican jamaican haitian trinidadian ' +
  'italian greek dutch belgian swiss austrian swedish danish norwegian finnish hungarian czech slovak croatian serbian ' +
  'albanian bosnian lithuanian latvian estonian european asian latino latina latinx hispanic caribbean ' +
  'muslim jewish hindu sikh buddhist catholic protestant orthodox atheist deaf disabled blind elderly pensioner retired ' +
  'autistic dyslexic pregnant trans gay lesbian bisexual nonbinary non-binary'
).split(' ')));
