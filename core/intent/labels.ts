/**
 * The default model's 30 intent ids, in the order of its output logits. Frozen: the rules, the studio
 * and the widget code against these exact strings.
 */
export const INTENT_LABELS = Object.freeze([
  'billing_question',
  'billing_dispute',
  'make_payment',
  'payment_arrangement',
  'refund_request',
  'plan_info',
  'change_plan',
  'add_line',
  'cancel_service',
  'contract_end',
  'check_usage',
  'roaming',
  'network_outage',
  'slow_internet',
  'broadband_down',
  'device_troubleshooting',
  'sim_activation',
  'lost_stolen_device',
  'port_number',
  'device_upgrade',
  'order_status',
  'update_account',
  'login_help',
  'complaint',
  'speak_to_human',
  'privacy_request',
  'fraud_report',
  'greeting',
  'goodbye',
  'out_of_scope',
] as const);

export type IntentLabel = (typeof INTENT_LABELS)[number];

/** The label the model answers when a message is not something telecom support handles. */
export const OUT_OF_SCOPE_LABEL = 'out_of_scope';

export function isIntentLabel(value: string): value is IntentLabel {
  return (INTENT_LABELS as readonly string[]).includes(value);
}
