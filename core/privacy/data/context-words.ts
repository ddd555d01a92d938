/**
 * Context cues per entity type, in English, German, French and Spanish (lower case).
 * A cue in the window before a candidate raises its score; a NEGATIVE cue lowers it.
 */
type CueTable = Readonly<Record<string, Readonly<Record<'en' | 'de' | 'fr' | 'es', readonly string[]>>>>;

export const CONTEXT_WORDS: CueTable = Object.freeze({
  PHONE: Object.freeze({
    en: ['phone', 'phone number', 'call me', 'call', 'mobile', 'cell', 'tel', 'reach me', 'text me', 'landline', 'contact', 'ring me', 'whatsapp', 'sms'],
    de: ['telefon', 'telefonnummer', 'handynummer', 'handy', 'mobil', 'ruf', 'erreichbar', 'festnetz', 'anrufen'],
    fr: ['téléphone', 'numéro de téléphone', 'portable', 'appel', 'joindre', 'fixe', 'tél', 'rappeler'],
    es: ['teléfono', 'número de teléfono', 'móvil', 'llamar', 'llámame', 'fijo', 'celular', 'contacto', 'llamadme'],
  }),
  IMEI: Object.freeze({ en: ['imei', 'serial'], de: ['imei', 'seriennummer'], fr: ['imei', 'numéro de série'], es: ['imei', 'número de serie'] }),
  IMSI: Object.freeze({ en: ['imsi', 'subscriber identity'], de: ['imsi'], fr: ['imsi'], es: ['imsi'] }),
  ICCID: Object.freeze({ en: ['iccid', 'sim number', 'sim card number', 'sim card', 'sim serial', 'sim no'], de: ['iccid', 'sim-nummer', 'simkartennummer', 'sim-kartennummer', 'sim-karte', 'simkarte', 'kartennummer der sim'], fr: ['iccid', 'numéro de sim', 'numéro de la carte sim', 'carte sim', 'numéro sim'], es: ['iccid', 'número de sim', 'número de la sim', 'número de la tarjeta sim', 'tarjeta sim'] }),
  CREDIT_CARD: Object.freeze({ en: ['card', 'visa', 'mastercard', 'amex', 'credit', 'debit'], de: ['karte', 'kreditkarte', 'visa', 'mastercard'], fr: ['carte', 'cb', 'visa', 'mastercard'], es: ['tarjeta', 'visa', 'mastercard'] }),
  DATE_OF_BIRTH: Object.freeze({
    en: ['born', 'birth', 'dob', 'd.o.b', 'birthday', 'date of birth'],
    de: ['geboren', 'geburtsdatum', 'geburtstag', 'geb.'],
    fr: ['né le', 'née le', 'naissance', 'anniversaire', 'né en', 'née en'],
    es: ['nací', 'nacido', 'nacida', 'nacimiento', 'cumpleaños'],
  }),
  GOV_ID: Object.freeze({
    en: ['ssn', 'social security', 'national insurance', 'nino', 'ni number', 'passport', 'driving licence', 'driver license', 'id number', 'tax id'],
    de: ['steuer-id', 'steuerid', 'steuernummer', 'steuer-identifikationsnummer', 'ausweis', 'personalausweis', 'sozialversicherungsnummer'],
    fr: ['sécurité sociale', 'numéro de sécu', 'nir', "carte d'identité", 'passeport'],
    es: ['dni', 'nie', 'nif', 'documento', 'pasaporte', 'seguridad social'],
  }),
  ACCOUNT_NUMBER: Object.freeze({
    en: ['account number', 'account no', 'account #', 'account', 'bank account', 'acct', 'customer number', 'customer id', 'customer ref', 'customer reference', 'account reference', 'account id', 'sort code', 'billing account', 'my account is', 'account:', 'contract number'],
    de: ['kundennummer', 'kontonummer', 'konto', 'vertragsnummer', 'kundenkonto', 'kunden-nr', 'kundennr'],
    fr: ['numéro de client', 'numéro client', 'numéro de compte', 'compte', 'n° client', 'numéro de contrat', 'référence client'],
    es: ['número de cliente', 'número de cuenta', 'cuenta', 'nº de cliente', 'número de contrato', 'cuenta número', 'id de cliente'],
  }),
  SECRET: Object.freeze({
    en: ['password', 'passcode', 'pin', 'puk', 'cvv', 'cvc', 'otp', 'one-time code', 'verification code', 'security code', 'pac', 'stac', 'porting code', 'security answer', 'maiden name', 'memorable word', 'code is', 'pw', 'pwd'],
    de: ['passwort', 'kennwort', 'pin', 'puk', 'code', 'bestätigungscode', 'einmalcode', 'sicherheitsantwort', 'geburtsname der mutter'],
    fr: ['mot de passe', 'code pin', 'pin', 'puk', 'code rio', 'rio', 'code de vérification', 'code secret', 'réponse secrète'],
    es: ['contraseña', 'clave', 'pin', 'puk', 'código', 'código de verificación', 'respuesta de seguridad', 'nip'],
  }),
  POSTCODE: Object.freeze({ en: ['postcode', 'post code', 'zip', 'zip code', 'coverage at', 'coverage in', 'signal in', 'area code'], de: ['plz', 'postleitzahl'], fr: ['code postal', 'cp'], es: ['código postal', 'cp'] }),
  NEGATIVE: Object.freeze({
    en: ['order', 'ticket', 'ref', 'reference', 'invoice', 'case', 'model', 'price', 'tracking', 'incident', 'outage', 'since', 'version', 'plan', 'bill', 'quantity', 'qty', '£', '$', '€'],
    de: ['bestellung', 'bestellnummer', 'ticket', 'rechnung', 'störung', 'modell', 'preis', 'seit', 'vorgang', 'auftrag'],
    fr: ['commande', 'ticket', 'facture', 'panne', 'modèle', 'prix', 'depuis', 'incident', 'dossier'],
    es: ['pedido', 'ticket', 'factura', 'avería', 'modelo', 'precio', 'desde', 'incidencia', 'referencia'],
  }),
});

/**
 * Name cues by strength (PERSON recognizer): self-introductions and holder phrases, weak cues that need a
 * known or capitalised name, titles and sign-offs; all four languages in each list.
 */
export type PersonCueKind = 'strong' | 'holder' | 'weak' | 'title' | 'signoff';
export const PERSON_CUES: Readonly<Record<PersonCueKind, readonly string[]>> = Object.freeze({
  strong: ['my name is', 'my name\'s', 'my names', 'name:', 'mein name ist', 'ich heiße', 'ich heisse', 'je m\'appelle', 'je m’appelle', 'mon nom est', 'nom:', 'me llamo', 'mi nombre es', 'nombre:', 'account holder is', 'in the name of', 'under the name', 'auf den namen', 'inhaber ist', 'au nom de', 'titulaire est', 'a nombre de', 'titular es'],
  holder: ['name is', 'called', 'name ist', 'account holder', 'speak to', 'spoke to', 'spoke with', 'sprechen mit', 'parlé à', 'hablé con'],
  weak: ['i\'m', 'i’m', 'im', 'i am', 'this is', 'it\'s', 'its', 'ich bin', 'hier ist', 'je suis', 'ici', 'c\'est', 'soy', 'aquí', 'my wife', 'my husband', 'my son', 'my daughter', 'my partner', 'meine frau', 'mein mann', 'ma femme', 'mon mari', 'mi mujer', 'mi marido', 'hi', 'hello', 'dear', 'hallo', 'bonjour', 'hola'],
  title: ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'herr', 'frau', 'mme', 'mme.', 'monsieur', 'madame', 'mademoiselle', 'sr.', 'sra.', 'srta.', 'señor', 'señora', 'don', 'doña'],
  signoff: ['regards', 'kind regards', 'best regards', 'thanks', 'thank you', 'cheers', 'best', 'many thanks', 'viele grüße', 'grüße', 'gruß', 'liebe grüße', 'mit freundlichen grüßen', 'danke', 'cordialement', 'bien à vous', 'merci', 'saludos', 'un saludo', 'atentamente', 'gracias'],
});

/** Cues that announce a secret value (SECRET recognizer), by the kind of value expected after them. */
export type SecretCueKind = 'password' | 'pin' | 'puk' | 'cvv' | 'code' | 'porting' | 'answer';
export const SECRET_CUES: Readonly<Record<SecretCueKind, readonly string[]>> = Object.freeze({
  password: ['password', 'passwort', 'kennwort', 'mot de passe', 'contraseña', 'clave', 'passcode', 'pw', 'pwd', 'memorable word', 'code secret', 'wifi password', 'wlan-passwort'],
  pin: ['pin', 'pin code', 'code pin', 'pin-code', 'pin number', 'nip', 'código pin'],
  puk: ['puk', 'puk code', 'code puk', 'puk-code', 'código puk'],
  cvv: ['cvv', 'cvv2', 'cvc', 'cvc2', 'csc', 'card security code', 'security number on the back', 'kartenprüfnummer', 'prüfnummer', 'cryptogramme', 'cryptogramme visuel', 'código cvv', 'código cvc'],
  code: ['otp', 'one-time code', 'one time code', 'verification code', 'security code', 'sms code', 'bestätigungscode', 'einmalcode', 'sicherheitscode', 'code de vérification', 'code de confirmation', 'código de verificación', 'código de seguridad', 'code', 'código'],
  porting: ['pac', 'pac code', 'stac', 'stac code', 'porting code', 'transfer code', 'code rio', 'rio', 'portierungscode', 'código de portabilidad'],
  answer: ['security answer', 'answer to my security question', 'maiden name', "mother's maiden name", 'sicherheitsantwort', 'geburtsname meiner mutter', 'réponse secrète', 'nom de jeune fille', 'respuesta de seguridad', 'respuesta secreta'],
});

/** All cues of a type across languages, flattened once. */
export function cuesFor(type: string): readonly string[] {
  const table = CONTEXT_WORDS[type];
  if (!table) return [];
  return Object.freeze([...table.en, ...table.de, ...table.fr, ...table.es]);
}
