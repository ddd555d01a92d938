/**
 * The fairness audit as a pure function: give it any classifier (Node, the widget worker, the
 * studio's preview) and it reports how often every member of a counterfactual group gets the same
 * answer (consistency) and how accurate each kind of variant is.
 */
import { AUDIT_GROUPS, AUDIT_KINDS, type AuditGroup, type AuditKind } from './audit-groups.ts';

export type AuditClassify = (text: string, locale: string) => Promise<{ label: string }> | { label: string };

export interface AuditKindReport {
  groups: number;
  consistentGroups: number;
  /** Share of the kind's groups whose members all got the same label. */
  consistency: number;
  /** Share of the kind's texts that got the group's expected label. */
  accuracy: number;
}

export interface AuditReport {
  groups: number;
  consistentGroups: number;
  /** Share of all groups whose prediction stays the same across every member. */
  consistency: number;
  /** Accuracy over every text of the audit set. */
  accuracy: number;
  byKind: Record<AuditKind, AuditKindReport>;
  /** The groups whose members were answered differently, with what each member got. */
  inconsistent: { id: string; kind: AuditKind; expected: string; predictions: { text: string; label: string }[] }[];
}

export async function runAudit(classify: AuditClassify, groups: readonly AuditGroup[] = AUDIT_GROUPS): Promise<AuditReport> {
  const byKind = Object.fromEntries(AUDIT_KINDS.map((k) => [k, { groups: 0, consistentGroups: 0, consistency: 0, accuracy: 0 }])) as Record<AuditKind, AuditKindReport>;
  const correctByKind = new Map<AuditKind, [number, number]>();
  const inconsistent: AuditReport['inconsistent'] = [];
  let consistentGroups = 0, correct = 0, total = 0;
  for (const group of groups) {
    const predictions: { text: string; label: string }[] = [];
    for (const text of group.texts) predictions.push({ text, label: (await classify(text, group.locale)).label });
    const same = predictions.every((p) => p.label === predictions[0]!.label);
    const hits = predictions.filter((p) => p.label === group.label).length;
    const k = byKind[group.kind];
    k.groups++;
    if (same) { k.consistentGroups++; consistentGroups++; } else inconsistent.push({ id: group.id, kind: group.kind, expected: group.label, predictions });
    const [c, n] = correctByKind.get(group.kind) ?? [0, 0];
    correctByKind.set(group.kind, [c + hits, n + predictions.length]);
    correct += hits;
    total += predictions.length;
  }
  for (const kind of AUDIT_KINDS) {
    const k = byKind[kind];
    k.consistency = k.groups ? k.consistentGroups / k.groups : 1;
    const [c, n] = correctByKind.get(kind) ?? [0, 0];
    k.accuracy = n ? c / n : 1;
  }
  return { groups: groups.length, consistentGroups, consistency: groups.length ? consistentGroups / groups.length : 1, accuracy: total ? correct / total : 1, byKind, inconsistent };
}
