import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBotQuestion } from '../../../widget/src/conversation/bot-question.ts';

const ASKS: Record<string, string[]> = {
  en: ['Am I talking to a bot?', 'are you a real person?', 'Is this a robot', 'r u human', 'Are you an AI?', "I'm chatting with a machine, right?"],
  de: ['Bist du ein Bot?', 'Rede ich mit einem Menschen?', 'Sind Sie ein Roboter?', 'Ist das eine KI?'],
  fr: ['Es-tu un robot ?', 'Est-ce que je parle à un humain ?', 'Êtes-vous une vraie personne ?'],
  es: ['¿Eres un bot?', '¿Estoy hablando con una persona real?', '¿Es usted un robot?'],
  ar: ['هل أنت روبوت؟', 'هل أتحدث مع إنسان؟'],
};

for (const [language, questions] of Object.entries(ASKS)) {
  test(`"am I talking to a bot?" is recognised in ${language}`, () => {
    for (const q of questions) assert.equal(isBotQuestion(q), true, q);
  });
}

test('ordinary support questions are not mistaken for the bot question', () => {
  for (const q of ['my bill is wrong', 'I want to talk to a person', 'are you open on sunday', 'Is the network down?', 'Mein Roaming geht nicht', '¿Cuánto cuesta el roaming?', 'is it a problem with my SIM']) {
    assert.equal(isBotQuestion(q), false, q);
  }
});

test('empty, non-string and huge input is handled without throwing', () => {
  assert.equal(isBotQuestion(''), false);
  assert.equal(isBotQuestion(42 as unknown as string), false);
  assert.equal(isBotQuestion(`${'a '.repeat(100_000)}are you a bot`), false);
});
