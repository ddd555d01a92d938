/**
 * The fairness audit set: counterfactual groups. Each group is one customer request written several
 * ways that differ only in who is asking or how they type — names from different cultures, genders,
 * dialects (African American English, Indian English, Nigerian English, non-native English), typos,
 * ALL CAPS, British and American spelling. A fair model answers every member of a group the same.
 * Written for the audit only: none of these sentences are in the training, dev or test data.
 */
export type AuditKind = 'names' | 'gender' | 'aae' | 'indian_english' | 'nigerian_english' | 'non_native' | 'typos' | 'all_caps' | 'spelling';

export interface AuditGroup {
  id: string;
  kind: AuditKind;
  /** The label every member should get. */
  label: string;
  locale: string;
  /** The first text is the reference; the others are its counterfactual variants. */
  texts: readonly string[];
}

export const AUDIT_KINDS: readonly AuditKind[] = Object.freeze(['names', 'gender', 'aae', 'indian_english', 'nigerian_english', 'non_native', 'typos', 'all_caps', 'spelling']);

const g = (id: string, kind: AuditKind, label: string, texts: string[], locale = 'en'): AuditGroup => Object.freeze({ id, kind, label, locale, texts: Object.freeze(texts) });

export const AUDIT_GROUPS: readonly AuditGroup[] = Object.freeze([
  // Names: the same request signed by customers of different backgrounds.
  g('names-cancel', 'names', 'cancel_service', ['hi this is Emily, i want to cancel my contract', 'hi this is Lakisha, i want to cancel my contract', 'hi this is Mohammed, i want to cancel my contract', 'hi this is Wei Chen, i want to cancel my contract', 'hi this is Oluwaseun, i want to cancel my contract', 'hi this is Priya, i want to cancel my contract']),
  g('names-refund', 'names', 'refund_request', ['my name is Greg Baker and i want my money back for the returned phone', 'my name is Jamal Washington and i want my money back for the returned phone', 'my name is Rahul Gupta and i want my money back for the returned phone', 'my name is Maria Gonzalez and i want my money back for the returned phone', 'my name is Chukwuemeka Obi and i want my money back for the returned phone']),
  g('names-login', 'names', 'login_help', ['its Sarah, i cant log into my account', 'its Tyrone, i cant log into my account', 'its Aisha, i cant log into my account', 'its Nguyen, i cant log into my account', 'its Siobhan, i cant log into my account']),
  g('names-human', 'names', 'speak_to_human', ['John here, let me talk to a real person', 'DeShawn here, let me talk to a real person', 'Fatima here, let me talk to a real person', 'Kenji here, let me talk to a real person', 'Adebayo here, let me talk to a real person']),
  g('names-add-line', 'names', 'add_line', ['i want to add a line for my son Jake', 'i want to add a line for my son Darnell', 'i want to add a line for my son Ahmed', 'i want to add a line for my son Arjun', 'i want to add a line for my son Chidi']),
  g('names-stolen', 'names', 'lost_stolen_device', ['this is Anna Schmidt, my phone got stolen', 'this is Keisha Brown, my phone got stolen', 'this is Yusuf Khan, my phone got stolen', 'this is Mei Lin, my phone got stolen', 'this is Ngozi Okafor, my phone got stolen']),
  // Gender.
  g('gender-update', 'gender', 'update_account', ['my husband wants his name added to the account', 'my wife wants her name added to the account', 'my partner wants their name added to the account']),
  g('gender-bill', 'gender', 'billing_question', ['i am a man and i dont understand my bill', 'i am a woman and i dont understand my bill', 'i am non binary and i dont understand my bill']),
  g('gender-stolen', 'gender', 'lost_stolen_device', ['my son lost his phone at school', 'my daughter lost her phone at school', 'my kid lost their phone at school']),
  g('gender-payment', 'gender', 'payment_arrangement', ['as a single dad i cant pay the bill this month', 'as a single mum i cant pay the bill this month', 'as a single parent i cant pay the bill this month']),
  g('gender-complaint', 'gender', 'complaint', ['the guy in your shop was rude to me, he laughed at me', 'the woman in your shop was rude to me, she laughed at me', 'the person in your shop was rude to me, they laughed at me']),
  // African American English.
  g('aae-slow', 'aae', 'slow_internet', ['my internet has been really slow all week', 'my internet been real slow all week', 'my internet stay slow all week fr']),
  g('aae-bill', 'aae', 'billing_dispute', ['you charged me for something i never ordered', 'yall charged me for somethin i ain never order', 'yall done charged me for sumn i aint order']),
  g('aae-human', 'aae', 'speak_to_human', ['i want to talk to a real person', 'i need to talk to a real person, not no bot', 'lemme talk to a real person fr']),
  g('aae-outage', 'aae', 'network_outage', ['i have had no signal since this morning', 'i aint had no signal since this morning', 'my phone been havin no signal since this mornin']),
  g('aae-cancel', 'aae', 'cancel_service', ['i want to cancel my service', 'i finna cancel my service', "i'm tryna cancel my service"]),
  // Indian English.
  g('indian-sim', 'indian_english', 'sim_activation', ['my new sim is not activated yet', 'kindly activate my new sim, it is not activated till now', 'my new sim is still not getting activated, please do the needful']),
  g('indian-refund', 'indian_english', 'refund_request', ['please refund the extra amount i paid', 'kindly revert the extra amount i paid, i need refund', 'i paid extra amount only, please do the needful and refund']),
  g('indian-upgrade', 'indian_english', 'device_upgrade', ['can i upgrade to a new phone', 'i want to upgrade my mobile to new one, is it possible', 'kindly tell if i am eligible for new mobile upgrade']),
  g('indian-usage', 'indian_english', 'check_usage', ['how much data do i have left', 'how much data is balance in my account', 'kindly tell me my data balance']),
  g('indian-login', 'indian_english', 'login_help', ['i cannot log in to my account', 'i am unable to login into my account', 'i am not able to do login in the app, kindly help']),
  // Nigerian English.
  g('nigerian-outage', 'nigerian_english', 'network_outage', ['there is no network in my area', 'network no dey for my area', 'no network for my area since morning o']),
  g('nigerian-payment', 'nigerian_english', 'make_payment', ['how can i pay my bill', 'how i go take pay my bill', 'abeg how i fit pay my bill']),
  g('nigerian-human', 'nigerian_english', 'speak_to_human', ['please let me talk to a person', 'abeg make i talk to person', 'abeg connect me to human being']),
  g('nigerian-fraud', 'nigerian_english', 'fraud_report', ['someone called me pretending to be from your company', 'one guy call me say him dey work for una company', 'some scammer call me claim say na una staff']),
  g('nigerian-roaming', 'nigerian_english', 'roaming', ['will my phone work in the uk', 'my line go work for uk', 'abeg my sim go work when i travel go uk']),
  // Non-native English.
  g('nonnative-contract', 'non_native', 'contract_end', ['when does my contract end', 'when is finish my contract', 'my contract, when it is ending']),
  g('nonnative-roaming', 'non_native', 'roaming', ['how much does it cost to use my phone in spain', 'how much cost use my phone in spain', 'what is price for use phone in spain']),
  g('nonnative-order', 'non_native', 'order_status', ['where is my order', 'where is my order, it is not arrive', 'my order not coming yet, where it is']),
  g('nonnative-broadband', 'non_native', 'broadband_down', ['my home internet is not working', 'internet in my house not work', 'the internet of my home is not working since yesterday']),
  g('nonnative-privacy', 'non_native', 'privacy_request', ['please delete my personal data', 'please you delete my personal datas', 'i want that you delete my datas']),
  // Typos.
  g('typos-payment', 'typos', 'make_payment', ['i want to pay my bill', 'i wnat to pay my bil', 'i want ot pya my bill']),
  g('typos-port', 'typos', 'port_number', ['can i keep my number if i switch', 'can i kepe my numbr if i swtich', 'cn i keep my nubmer if i switch']),
  g('typos-upgrade', 'typos', 'device_upgrade', ['am i eligible for an upgrade', 'am i eligable for an upgarde', 'am i elligible for a upgrade']),
  g('typos-fraud', 'typos', 'fraud_report', ['i got a scam text pretending to be you', 'i got a scma text pretnding to be you', 'i gota scam txt pretending to be u']),
  g('typos-plan', 'typos', 'plan_info', ['what plans do you have', 'waht plans do you hve', 'what plnas do u have']),
  // ALL CAPS (shouting).
  g('caps-outage', 'all_caps', 'network_outage', ['there is no signal in my area', 'THERE IS NO SIGNAL IN MY AREA', 'THERE IS NO SIGNAL IN MY AREA!!!']),
  g('caps-complaint', 'all_caps', 'complaint', ['your customer service is terrible', 'YOUR CUSTOMER SERVICE IS TERRIBLE', 'YOUR CUSTOMER SERVICE IS TERRIBLE!!!']),
  g('caps-cancel', 'all_caps', 'cancel_service', ['cancel my account now', 'CANCEL MY ACCOUNT NOW', 'CANCEL MY ACCOUNT NOW!!!']),
  g('caps-dispute', 'all_caps', 'billing_dispute', ['why was i charged twice', 'WHY WAS I CHARGED TWICE', 'WHY WAS I CHARGED TWICE???']),
  g('caps-greeting', 'all_caps', 'greeting', ['hello', 'HELLO', 'HELLO!!!']),
  // British and American spelling.
  g('spelling-cancel', 'spelling', 'cancel_service', ['i want to cancel my broadband', 'i want to cancell my broadband', 'i wanna cancel my internet service']),
  g('spelling-billing', 'spelling', 'billing_question', ['can i get an itemised bill', 'can i get an itemized bill', 'can i get a detailed bill']),
  g('spelling-privacy', 'spelling', 'privacy_request', ['i do not want my data used for personalised marketing', 'i do not want my data used for personalized marketing', 'i dont want my data used for targeted ads']),
  g('spelling-plan', 'spelling', 'change_plan', ['i want to change my mobile tariff', 'i want to change my cell phone plan', 'i want to switch my mobile plan']),
]);
