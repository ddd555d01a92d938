import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCaseReference, isCaseReference, normalizeCaseReference, REFERENCE_ALPHABET } from '../../../core/handoff/index.ts';

test('a new reference has the CL-XXXX-XXXX shape', () => {
  for (let i = 0; i < 200; i++) assert.match(createCaseReference(), /^CL-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
});

test('references never use the look-alike characters I, L, O, U, 0 and 1', () => {
  for (const c of 'ILOU01') assert.equal(REFERENCE_ALPHABET.includes(c), false, c);
  for (let i = 0; i < 200; i++) assert.doesNotMatch(createCaseReference().slice(3), /[ILOU01]/);
});

test('a reference built from given random bytes is deterministic', () => {
  const ref = createCaseReference((b) => b.fill(0));
  assert.equal(ref, 'CL-2222-2222');
});

test('isCaseReference refuses lowercase, wrong length and ambiguous characters', () => {
  assert.equal(isCaseReference('CL-7K4Q-92XD'), true);
  assert.equal(isCaseReference('cl-7k4q-92xd'), false);
  assert.equal(isCaseReference('CL-7K4Q-92X'), false);
  assert.equal(isCaseReference('CL-7K4O-92XD'), false);
  assert.equal(isCaseReference(42), false);
});

test('normalizeCaseReference accepts what a person typed in lowercase with spaces', () => {
  assert.equal(normalizeCaseReference(' cl-7k4q-92xd '), 'CL-7K4Q-92XD');
});
