/**
 * Words that say who the customer is (gender, family role, pronouns, ethnicity) rather than what
 * they want. Their embedding rows are held at zero during training, so the model cannot tie an
 * intent to them: "my son lost his phone" and "my daughter lost her phone" get the same features
 * apart from the words' share of the average. Applies to these exact words in any of the languages.
 */
export const PROTECTED_WORDS: readonly string[] = Object.freeze([
  // English
  'he', 'she', 'they', 'him', 'her', 'his', 'hers', 'them', 'their', 'theirs', 'himself', 'herself', 'themselves',
  'man', 'woman', 'men', 'women', 'male', 'female', 'non', 'binary', 'nonbinary', 'trans', 'gay', 'lesbian',
  'husband', 'wife', 'partner', 'son', 'daughter', 'kid', 'child', 'boy', 'girl', 'dad', 'mum', 'mom', 'father', 'mother',
  'brother', 'sister', 'boyfriend', 'girlfriend', 'guy', 'lady', 'sir', 'madam', 'ma', 'mr', 'mrs', 'ms', 'miss',
  'black', 'white', 'asian', 'african', 'indian', 'nigerian', 'muslim', 'christian', 'jewish', 'single', 'old', 'young',
  // German
  'er', 'sie', 'ihm', 'ihr', 'sein', 'seine', 'seinen', 'ihre', 'ihren', 'mann', 'frau', 'sohn', 'tochter', 'vater', 'mutter', 'bruder', 'schwester',
  // French
  'il', 'elle', 'lui', 'mari', 'femme', 'fils', 'fille', 'pere', 'mere', 'frere', 'soeur', 'monsieur',
  // Spanish
  'el', 'ella', 'marido', 'esposo', 'esposa', 'mujer', 'hijo', 'hija', 'padre', 'madre', 'hermano', 'hermana', 'senor', 'senora',
]);
