import { expect } from '@esm-bundle/chai';
import { toMarker, toMarkers, quickFixesAt, toMonacoRange, countBySeverity, MARKER_SEVERITY } from '../../rules-studio/src/diagnostics/to-markers.ts';
import type { Diagnostic } from '../../core/rules/types.ts';

const typo: Diagnostic = {
  severity: 'error', code: 'unknown-intent', message: 'Unknown intent id `biling_dispute`',
  line: 13, column: 15, endLine: 13, endColumn: 29,
  fix: { title: 'Change to `billing_dispute`', range: { line: 13, column: 15, endLine: 13, endColumn: 29 }, text: 'billing_dispute' },
};

describe('Diagnostics to Monaco markers', () => {
  it('maps a compiler diagnostic to a marker with the same 1-based range, severity, code and message.', () => {
    expect(toMarker(typo)).to.deep.equal({
      severity: MARKER_SEVERITY.error, message: typo.message, code: 'unknown-intent', source: 'clearline',
      startLineNumber: 13, startColumn: 15, endLineNumber: 13, endColumn: 29,
    });
  });

  it('maps warning and info severities to Monaco\'s warning and info values.', () => {
    const severities = toMarkers([{ ...typo, severity: 'warning' }, { ...typo, severity: 'info' }]).map((m) => m.severity);
    expect(severities).to.deep.equal([4, 2]);
  });

  it('widens an empty range to one character so the squiggle is visible.', () => {
    expect(toMonacoRange({ line: 2, column: 5, endLine: 2, endColumn: 5 })).to.deep.equal({ startLineNumber: 2, startColumn: 5, endLineNumber: 2, endColumn: 6 });
  });

  it('repairs zero, negative, fractional and reversed positions instead of passing them to Monaco.', () => {
    expect(toMonacoRange({ line: 0, column: -3, endLine: Number.NaN, endColumn: 2.7 })).to.deep.equal({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2 });
    expect(toMonacoRange({ line: 5, column: 9, endLine: 3, endColumn: 1 })).to.deep.equal({ startLineNumber: 5, startColumn: 9, endLineNumber: 5, endColumn: 10 });
  });

  it('offers the diagnostic\'s fix as a preferred quick fix when the cursor is on it.', () => {
    const [fix, ...rest] = quickFixesAt([typo], { startLineNumber: 13, startColumn: 20, endLineNumber: 13, endColumn: 20 });
    expect(rest).to.have.length(0);
    expect(fix!.title).to.equal('Change to `billing_dispute`');
    expect(fix!.isPreferred).to.equal(true);
    expect(fix!.edit).to.deep.equal({ range: { startLineNumber: 13, startColumn: 15, endLineNumber: 13, endColumn: 29 }, text: 'billing_dispute' });
  });

  it('offers no quick fix away from the diagnostic or for diagnostics without a fix.', () => {
    expect(quickFixesAt([typo], { startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 1 })).to.deep.equal([]);
    const { fix: _fix, ...noFix } = typo;
    expect(quickFixesAt([noFix], { startLineNumber: 13, startColumn: 20, endLineNumber: 13, endColumn: 20 })).to.deep.equal([]);
  });

  it('counts diagnostics by severity for the status bar and the publish gate.', () => {
    expect(countBySeverity([typo, typo, { ...typo, severity: 'warning' }])).to.deep.equal({ error: 2, warning: 1, info: 0 });
  });
});
