import type { ExplanationKey, LocalizedText } from './types.ts';

/**
 * Built-in wording of the explanations used when no rule matched ("Why this answer?").
 * A rules file may override any of them under `explanations:`. Placeholders: {topic}, {confidence}, {queue}.
 */
export const DEFAULT_EXPLANATIONS: Readonly<Record<ExplanationKey, LocalizedText>> = Object.freeze({
  answer: Object.freeze({
    en: 'This is an automated answer: our assistant recognised your question as “{topic}” ({confidence}% sure). You can ask for a person at any time.',
    de: 'Dies ist eine automatische Antwort: Unser Assistent hat Ihre Frage als „{topic}“ erkannt ({confidence} % sicher). Sie können jederzeit eine Person verlangen.',
    fr: 'Ceci est une réponse automatique : notre assistant a reconnu votre question comme « {topic} » (sûr à {confidence} %). Vous pouvez demander une personne à tout moment.',
    es: 'Esta es una respuesta automática: nuestro asistente ha reconocido su pregunta como «{topic}» ({confidence} % de seguridad). Puede pedir hablar con una persona en cualquier momento.',
  }),
  clarify: Object.freeze({
    en: 'Our assistant is not sure what you need, so it is asking instead of guessing.',
    de: 'Unser Assistent ist nicht sicher, was Sie brauchen, und fragt deshalb nach, statt zu raten.',
    fr: 'Notre assistant n’est pas sûr de ce dont vous avez besoin : il vous pose la question plutôt que de deviner.',
    es: 'Nuestro asistente no está seguro de lo que necesita, así que pregunta en lugar de adivinar.',
  }),
  handoff: Object.freeze({
    en: 'Our assistant could not answer this reliably, so we are connecting you to a person.',
    de: 'Unser Assistent konnte das nicht zuverlässig beantworten, daher verbinden wir Sie mit einer Person.',
    fr: 'Notre assistant ne pouvait pas répondre de façon fiable : nous vous mettons en relation avec une personne.',
    es: 'Nuestro asistente no podía responder con fiabilidad, así que le ponemos en contacto con una persona.',
  }),
  optedOut: Object.freeze({
    en: 'You switched the automated assistant off, so a person will reply.',
    de: 'Sie haben den automatischen Assistenten ausgeschaltet, daher antwortet Ihnen eine Person.',
    fr: 'Vous avez désactivé l’assistant automatique : une personne va vous répondre.',
    es: 'Ha desactivado el asistente automático, así que le responderá una persona.',
  }),
  askedForHuman: Object.freeze({
    en: 'You asked for a person, so we are connecting you to one.',
    de: 'Sie haben nach einer Person gefragt, daher verbinden wir Sie.',
    fr: 'Vous avez demandé une personne : nous vous mettons en relation.',
    es: 'Ha pedido hablar con una persona, así que le ponemos en contacto.',
  }),
  modelUnavailable: Object.freeze({
    en: 'The automated assistant is not available right now, so a person will reply.',
    de: 'Der automatische Assistent ist gerade nicht verfügbar, daher antwortet Ihnen eine Person.',
    fr: 'L’assistant automatique n’est pas disponible pour le moment : une personne va vous répondre.',
    es: 'El asistente automático no está disponible ahora mismo, así que le responderá una persona.',
  }),
  outOfScope: Object.freeze({
    en: 'This does not look like something our automated assistant can help with.',
    de: 'Dabei kann unser automatischer Assistent offenbar nicht helfen.',
    fr: 'Notre assistant automatique ne semble pas pouvoir vous aider sur ce point.',
    es: 'Nuestro asistente automático no parece poder ayudarle con esto.',
  }),
  localeUnsupported: Object.freeze({
    en: 'Our automated assistant does not understand this language well, so it is not answering by itself.',
    de: 'Unser automatischer Assistent versteht diese Sprache nicht gut genug und antwortet daher nicht selbst.',
    fr: 'Notre assistant automatique ne comprend pas bien cette langue : il ne répond donc pas seul.',
    es: 'Nuestro asistente automático no entiende bien este idioma, así que no responde por sí solo.',
  }),
  unhelpful: Object.freeze({
    en: 'Our answers have not helped so far, so we are connecting you to a person.',
    de: 'Unsere Antworten haben bisher nicht geholfen, daher verbinden wir Sie mit einer Person.',
    fr: 'Nos réponses ne vous ont pas aidé jusqu’ici : nous vous mettons en relation avec une personne.',
    es: 'Nuestras respuestas no le han ayudado, así que le ponemos en contacto con una persona.',
  }),
});

/** Fills {topic}, {confidence} and {queue} placeholders. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(topic|confidence|queue)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}
