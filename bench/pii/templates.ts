/** Sentence templates per language; "{}" is where the labelled value goes. */
import type { EntityType } from '../../core/privacy/index.ts';

export type Lang = 'en' | 'de' | 'fr' | 'es';
type T = Record<Lang, readonly string[]>;

export const ENTITY_TEMPLATES: Record<EntityType, T> = {
  PERSON: {
    en: ['my name is {}', "Hi, I'm {}", 'this is {} speaking', 'the account holder is {}', 'Thanks,\n{}', 'Kind regards, {}', 'the contract is in the name of {}', 'Hi, my name is {}'],
    de: ['mein Name ist {}', 'hier ist {}', 'Viele Grüße, {}', 'der Vertrag läuft auf den Namen {}', 'ich heiße {}'],
    fr: ["je m'appelle {}", "c'est {}", 'Cordialement, {}', 'le contrat est au nom de {}', 'Bonjour, je suis {}'],
    es: ['me llamo {}', 'soy {}', 'Saludos, {}', 'el contrato está a nombre de {}', 'mi nombre es {}'],
  },
  PHONE: {
    en: ['call me on {}', 'my number is {}', 'you can reach me at {}', 'my mobile {} has no signal', 'text me at {}'],
    de: ['ruf mich an unter {}', 'meine Handynummer ist {}', 'meine Nummer: {}', 'erreichbar unter {}'],
    fr: ['mon numéro est le {}', 'appelez-moi au {}', 'mon portable {} ne capte plus', 'joignable au {}'],
    es: ['mi número es {}', 'llámame al {}', 'mi móvil {} no tiene cobertura', 'teléfono de contacto: {}'],
  },
  EMAIL: {
    en: ['my email is {}', 'send it to {}', 'email: {}'], de: ['meine E-Mail ist {}', 'schick es an {}'],
    fr: ['mon e-mail est {}', 'envoyez-le à {}'], es: ['mi correo es {}', 'envíalo a {}'],
  },
  CREDIT_CARD: {
    en: ['my card number is {}', 'charge the card {}', 'visa {}'], de: ['meine Kreditkarte: {}', 'Kartennummer {}'],
    fr: ['ma carte bancaire {}', 'numéro de carte {}'], es: ['mi tarjeta es {}', 'número de tarjeta {}'],
  },
  IBAN: {
    en: ['my IBAN is {}', 'refund to {}'], de: ['meine IBAN lautet {}', 'bitte auf {} überweisen'],
    fr: ['mon IBAN est {}', 'remboursez sur {}'], es: ['mi IBAN es {}', 'devolvedlo a {}'],
  },
  IMEI: {
    en: ['the IMEI is {}', 'IMEI: {}', 'phone IMEI {} is blocked'], de: ['die IMEI ist {}', 'IMEI {}'],
    fr: ["l'IMEI est {}", 'IMEI : {}'], es: ['el IMEI es {}', 'IMEI {}'],
  },
  ICCID: {
    en: ['the SIM number is {}', 'ICCID {}', 'sim card number {}'], de: ['die SIM-Nummer ist {}', 'ICCID: {}'],
    fr: ['le numéro de SIM est {}', 'ICCID {}'], es: ['el número de SIM es {}', 'ICCID: {}'],
  },
  IMSI: {
    en: ['IMSI {}', 'the IMSI shown is {}'], de: ['IMSI: {}', 'die IMSI lautet {}'], fr: ['IMSI {}', "l'IMSI est {}"], es: ['IMSI: {}', 'el IMSI es {}'],
  },
  ADDRESS: {
    en: ['I live at {}', 'my address is {}', 'deliver to {}'], de: ['ich wohne in der {}', 'meine Adresse: {}', 'Lieferung an {}'],
    fr: ["j'habite au {}", 'mon adresse est {}', 'livrez au {}'], es: ['vivo en {}', 'mi dirección es {}', 'enviadlo a {}'],
  },
  POSTCODE: {
    en: ['my postcode is {}', 'no coverage at {}'], de: ['PLZ {}', 'meine Postleitzahl ist {}'], fr: ['code postal {}', 'mon code postal est {}'], es: ['código postal {}', 'mi CP es {}'],
  },
  DATE_OF_BIRTH: {
    en: ['born on {}', 'my date of birth is {}', 'DOB: {}'], de: ['geboren am {}', 'mein Geburtsdatum ist der {}'],
    fr: ['je suis né le {}', 'date de naissance : {}'], es: ['nací el {}', 'fecha de nacimiento: {}'],
  },
  ACCOUNT_NUMBER: {
    en: ['my account number is {}', 'customer number {}', 'account no. {}'], de: ['meine Kundennummer ist {}', 'Kundennummer: {}'],
    fr: ['mon numéro client est {}', 'numéro de client : {}'], es: ['mi número de cliente es {}', 'número de cuenta {}'],
  },
  IP_ADDRESS: {
    en: ['my IP is {}', 'the router shows {}'], de: ['meine IP ist {}', 'der Router zeigt {}'], fr: ['mon IP est {}', 'la box affiche {}'], es: ['mi IP es {}', 'el router muestra {}'],
  },
  MAC_ADDRESS: {
    en: ['the MAC address is {}', 'router MAC {}'], de: ['die MAC-Adresse ist {}'], fr: ["l'adresse MAC est {}"], es: ['la dirección MAC es {}'],
  },
  SECRET: { en: [], de: [], fr: [], es: [] }, // built per kind in generate.ts
  GOV_ID: {
    en: ['my SSN is {}'], de: ['meine Steuer-ID ist {}'], fr: ['mon numéro de sécurité sociale est {}'], es: ['mi DNI es {}', 'DNI {}'],
  },
  URL: {
    en: ['the reset link is {}', 'I clicked {}'], de: ['der Link war {}'], fr: ['le lien était {}'], es: ['el enlace era {}'],
  },
};

export const SECRET_TEMPLATES: Record<'pin' | 'puk' | 'password' | 'otp' | 'pac' | 'answer', T> = {
  pin: { en: ['my PIN is {}', 'PIN {}'], de: ['meine PIN ist {}'], fr: ['mon code PIN est {}'], es: ['mi PIN es {}'] },
  puk: { en: ['the PUK is {}'], de: ['der PUK lautet {}'], fr: ['le code PUK est {}'], es: ['el PUK es {}'] },
  password: { en: ['my password is {}', 'password: {}'], de: ['mein Passwort ist {}'], fr: ['mon mot de passe est {}'], es: ['mi contraseña es {}'] },
  otp: { en: ['the verification code is {}', 'one-time code {}'], de: ['der Bestätigungscode ist {}'], fr: ['le code de vérification est {}'], es: ['el código de verificación es {}'] },
  pac: { en: ['my PAC code is {}', 'STAC code {}'], de: ['der Portierungscode ist {}'], fr: ['mon code RIO est {}'], es: ['el código de portabilidad es {}'] },
  answer: { en: ['my security answer is {}', "mother's maiden name is {}"], de: ['meine Sicherheitsantwort ist {}'], fr: ['ma réponse secrète est {}'], es: ['mi respuesta de seguridad es {}'] },
};

/** Non-PII sentences full of numbers; "{ticket}" is a ticket id matching the declared safe pattern. */
export const FILLERS: T = {
  en: ['My internet has been down since {outage}.', 'I pay £{price} a month for Unlimited 5G Plus.', 'Is the iPhone 15 Pro available for $35/month?', 'I used 5GB of my 20GB allowance.', 'Your ticket {ticket} is still open.', 'The outage started at 14:30 on {outage}.', 'I ordered 2 SIMs and 1 router.', 'Speed is only 50 Mbps instead of 500 Mbps.', 'Can I switch to the Galaxy S24 Ultra plan?', 'I got error 503 when topping up £10.', 'My bill went up 20% in 2025.', 'roaming in Mayo was really expensive', 'Please cancel my add-on, it costs £5.99.', 'Hello, my router keeps dropping.', 'Thanks for your help!', 'Why was I charged twice this month?', 'I want to upgrade to fibre 900.', 'The 4G signal is weak after 9pm.'],
  de: ['Mein Internet geht seit dem {outage} nicht.', 'Ich zahle {price} € im Monat für Unlimited 5G Plus.', 'Ist das iPhone 15 Pro für 35 € erhältlich?', 'Ich habe 5 GB von 20 GB verbraucht.', 'Ihr Ticket {ticket} ist noch offen.', 'Die Störung begann um 14:30 Uhr am {outage}.', 'Ich habe 2 SIM-Karten bestellt.', 'Nur 50 Mbit/s statt 250 Mbit/s.', 'Hallo, mein Router fällt ständig aus.', 'Danke für die Hilfe!', 'Warum wurde ich doppelt belastet?'],
  fr: ['Mon internet est coupé depuis le {outage}.', 'Je paie {price} € par mois pour Unlimited 5G Plus.', "L'iPhone 15 Pro est-il à 35 € ?", "J'ai utilisé 5 Go sur 20 Go.", 'Votre ticket {ticket} est toujours ouvert.', 'La panne a commencé à 14h30 le {outage}.', "J'ai commandé 2 cartes SIM.", 'Bonjour, ma box se déconnecte sans arrêt.', 'Merci pour votre aide !', 'Pourquoi ai-je été prélevé deux fois ?'],
  es: ['Mi internet no funciona desde el {outage}.', 'Pago {price} € al mes por Unlimited 5G Plus.', '¿Está el iPhone 15 Pro a 35 €?', 'He gastado 5 GB de 20 GB.', 'Su ticket {ticket} sigue abierto.', 'La avería empezó a las 14:30 el {outage}.', 'Pedí 2 tarjetas SIM.', 'el roaming en mayo fue carísimo', 'Hola, el router se desconecta.', '¡Gracias por la ayuda!', '¿Por qué me cobraron dos veces?'],
};
