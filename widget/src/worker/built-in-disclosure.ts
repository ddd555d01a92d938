/** The AI disclosure shown when the rules bundle has none (it always has one when compiled by the studio). */
export const BUILT_IN_DISCLOSURE: Readonly<Record<string, string>> = Object.freeze({
  en: 'You are chatting with an automated assistant, not a person. It runs on your device; personal details are removed before anything is sent. You can talk to a person at any time.',
  de: 'Sie chatten mit einem automatischen Assistenten, nicht mit einem Menschen. Er läuft auf Ihrem Gerät; persönliche Daten werden entfernt, bevor etwas gesendet wird. Sie können jederzeit mit einem Menschen sprechen.',
  fr: 'Vous discutez avec un assistant automatisé, pas avec une personne. Il fonctionne sur votre appareil ; vos données personnelles sont retirées avant tout envoi. Vous pouvez parler à une personne à tout moment.',
  es: 'Está hablando con un asistente automático, no con una persona. Funciona en su dispositivo; los datos personales se eliminan antes de enviar nada. Puede hablar con una persona en cualquier momento.',
  ar: 'أنت تتحدث مع مساعد آلي وليس مع شخص. يعمل على جهازك، وتُزال البيانات الشخصية قبل إرسال أي شيء. يمكنك التحدث إلى شخص في أي وقت.',
});
