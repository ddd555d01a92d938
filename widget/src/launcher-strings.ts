/** The only strings the launcher needs before the panel code arrives. */
export const LAUNCHER_STRINGS: Readonly<Record<string, Readonly<{ open: string; close: string; loading: string; failed: string }>>> = Object.freeze({
  en: Object.freeze({ open: 'Open support chat (automated assistant)', close: 'Close support chat', loading: 'Opening the chat…', failed: 'The chat could not be opened. Please try again or use the contact page.' }),
  de: Object.freeze({ open: 'Support-Chat öffnen (automatischer Assistent)', close: 'Support-Chat schließen', loading: 'Der Chat wird geöffnet…', failed: 'Der Chat konnte nicht geöffnet werden. Bitte versuchen Sie es erneut oder nutzen Sie die Kontaktseite.' }),
  fr: Object.freeze({ open: 'Ouvrir le chat d’assistance (assistant automatisé)', close: 'Fermer le chat d’assistance', loading: 'Ouverture du chat…', failed: 'Le chat n’a pas pu s’ouvrir. Réessayez ou utilisez la page de contact.' }),
  es: Object.freeze({ open: 'Abrir el chat de soporte (asistente automático)', close: 'Cerrar el chat de soporte', loading: 'Abriendo el chat…', failed: 'No se pudo abrir el chat. Inténtelo de nuevo o use la página de contacto.' }),
  ar: Object.freeze({ open: 'فتح دردشة الدعم (مساعد آلي)', close: 'إغلاق دردشة الدعم', loading: 'جارٍ فتح الدردشة…', failed: 'تعذّر فتح الدردشة. حاول مرة أخرى أو استخدم صفحة الاتصال.' }),
});
