/**
 * Recognises "am I talking to a bot?" and its variants in English, German, French, Spanish and Arabic,
 * on the device, so the widget can always answer truthfully — whatever the rules or the model say.
 * Deliberately broad: a false positive costs one honest sentence; a false negative would be a lie by omission.
 */

const BOT_WORDS = String.raw`(?:bot|chat\s*bot|robot(?:er)?|roboter|robo|machine|maschine|máquina|maquina|computer|ordinateur|ordenador|computadora|ai|a\.i\.|ki|k\.i\.|ia|i\.a\.|künstliche\s+intelligenz|intelligence\s+artificielle|inteligencia\s+artificial|artificial\s+intelligence|automat(?:ed|isch|ique|ico|ic)?|programm?e?|algorithm(?:us|e|o)?|algoritmo)`;
const HUMAN_WORDS = String.raw`(?:human|real\s+person|person|people|someone\s+real|mensch(?:en)?|echte[nr]?\s+person|humain|vraie\s+personne|personne\s+réelle|être\s+humain|humano|persona\s+real|una\s+persona|ser\s+humano)`;

/** Frozen so no caller can weaken the check at runtime. */
export const BOT_QUESTION_PATTERNS: readonly RegExp[] = Object.freeze([
  // English
  new RegExp(String.raw`\b(?:am\s+i|are\s+we|i\s*(?:'m|\s+am))\s+(?:talking|speaking|chatting|writing)\s+(?:to|with)\s+(?:a|an|the|some)?\s*${BOT_WORDS}\b`, 'iu'),
  new RegExp(String.raw`\b(?:am\s+i|are\s+we)\s+(?:talking|speaking|chatting|writing)\s+(?:to|with)\s+(?:a|an)?\s*${HUMAN_WORDS}`, 'iu'),
  new RegExp(String.raw`\b(?:are|r)\s+(?:you|u)\s+(?:a|an|really\s+a|actually\s+a|just\s+a)?\s*(?:${BOT_WORDS}|${HUMAN_WORDS}|real|alive)\b`, 'iu'),
  new RegExp(String.raw`\b(?:is\s+this|is\s+that|is\s+it)\s+(?:a|an)\s+${BOT_WORDS}\b`, 'iu'),
  new RegExp(String.raw`\b(?:is\s+this|is\s+there)\s+a\s+(?:real\s+)?(?:human|person)\b`, 'iu'),
  // German
  new RegExp(String.raw`\b(?:bist\s+du|sind\s+sie|ist\s+das|ist\s+es)\s+(?:ein(?:e)?\s+)?(?:echte[rs]?\s+)?(?:${BOT_WORDS}|${HUMAN_WORDS})`, 'iu'),
  new RegExp(String.raw`\b(?:rede|spreche|schreibe|chatte)\s+ich\s+(?:hier\s+)?(?:mit|gerade\s+mit)\s+(?:einem|einer|einer\s+echten|einem\s+echten)?\s*(?:${BOT_WORDS}|${HUMAN_WORDS})`, 'iu'),
  // French
  new RegExp(String.raw`(?:^|[^\p{L}])(?:es[-\s]tu|êtes[-\s]vous|etes[-\s]vous|c'est|est[-\s]ce\s+(?:un|une))\s+(?:un|une|vraiment\s+un)?\s*(?:${BOT_WORDS}|${HUMAN_WORDS})`, 'iu'),
  new RegExp(String.raw`\b(?:je\s+parle|est[-\s]ce\s+que\s+je\s+parle|suis[-\s]je\s+en\s+train\s+de\s+parler|je\s+discute)\s+(?:à|a|avec)\s+(?:un|une)?\s*(?:${BOT_WORDS}|${HUMAN_WORDS})`, 'iu'),
  // Spanish
  new RegExp(String.raw`(?:^|[\s¿¡])(?:eres|es\s+usted|usted\s+es|esto\s+es)\s+(?:un|una|de\s+verdad\s+un)?\s*(?:${BOT_WORDS}|${HUMAN_WORDS})`, 'iu'),
  new RegExp(String.raw`(?:^|[\s¿¡])(?:estoy\s+hablando|hablo|estoy\s+chateando|estoy\s+escribiendo)\s+con\s+(?:un|una)?\s*(?:${BOT_WORDS}|${HUMAN_WORDS})`, 'iu'),
  // Arabic: "are you a robot/bot", "am I talking to a human/machine"
  /هل\s+(?:أنت|انت|انتي|أنتِ)\s+(?:روبوت|بوت|آلة|الة|إنسان|انسان|ذكاء\s+اصطناعي)/u,
  /هل\s+(?:أتحدث|اتحدث|أتكلم|اتكلم)\s+(?:مع|إلى|الى)\s+(?:روبوت|بوت|آلة|الة|إنسان|انسان|شخص\s+حقيقي)/u,
]);

/** True when the raw message asks whether the customer is talking to a bot or a person. */
export function isBotQuestion(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  const sample = text.length > 500 ? text.slice(0, 500) : text;
  return BOT_QUESTION_PATTERNS.some((pattern) => pattern.test(sample));
}
