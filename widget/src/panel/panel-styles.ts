import { css, unsafeCSS } from 'lit';
import { DEFAULTS } from '../config.ts';

const narrow = unsafeCSS(`${DEFAULTS.narrowViewportPx - 0.02}px`);

/** Panel styles (constructable stylesheet). Colours come from the `--clearline-*` custom properties. */
export const panelStyles = css`
  :host {
    all: initial;
    --_accent: var(--clearline-accent, #0b5cad);
    --_on-accent: var(--clearline-accent-contrast, #ffffff);
    --_surface: var(--clearline-surface, var(--_theme-surface, #ffffff));
    --_text: var(--clearline-text, var(--_theme-text, #1b1c1f));
    --_muted: var(--clearline-muted, var(--_theme-muted, #5a5f69));
    --_border: var(--clearline-border, var(--_theme-border, #d5d8de));
    --_soft: var(--_theme-soft, #f1f3f6);
    --_mark: var(--clearline-pii-highlight, #ffe08a);
    --_radius: var(--clearline-radius, 14px);
    --_offset: var(--clearline-offset, 20px);
    display: block;
    font-family: var(--clearline-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 16px;
    line-height: 1.45;
    color: var(--_text);
  }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  .panel {
    position: fixed;
    inset-block-end: calc(var(--_offset) + 72px);
    inset-inline-end: var(--_offset);
    inline-size: min(var(--clearline-panel-width, 380px), calc(100vw - 2 * var(--_offset)));
    block-size: min(var(--clearline-panel-height, 600px), calc(100dvh - var(--_offset) - 96px));
    min-block-size: 280px;
    display: flex;
    flex-direction: column;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
    overflow: hidden;
  }
  :host([position='bottom-left']) .panel { inset-inline-end: auto; inset-inline-start: var(--_offset); }
  header {
    display: flex; align-items: center; gap: 8px;
    padding: 10px 8px 10px 16px;
    background: var(--_accent); color: var(--_on-accent);
  }
  header .titles { flex: 1; min-inline-size: 0; }
  h2 { margin: 0; font-size: 17px; font-weight: 650; }
  .badge { display: inline-block; font-size: 13px; margin-block-start: 2px; }
  .badge::before { content: ''; display: inline-block; inline-size: 8px; block-size: 8px; border-radius: 50%; background: currentColor; margin-inline-end: 6px; vertical-align: middle; }
  .ref { display: block; font-size: 13px; }
  button, summary, textarea { font: inherit; }
  button {
    min-block-size: 44px; min-inline-size: 44px;
    border-radius: 10px; border: 1px solid var(--_border);
    background: var(--_surface); color: var(--_text);
    padding: 8px 12px; cursor: pointer; line-height: 1.2;
  }
  button:focus-visible, summary:focus-visible, textarea:focus-visible, a:focus-visible {
    outline: 3px solid var(--_accent); outline-offset: 2px;
  }
  header button { background: transparent; color: var(--_on-accent); border-color: transparent; font-size: 22px; }
  header button:focus-visible { outline-color: var(--_on-accent); }
  .toolbar { display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 10px; border-block-end: 1px solid var(--_border); background: var(--_soft); }
  .toolbar button { font-size: 14px; flex: 1 1 40%; }
  .toolbar .talk { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); font-weight: 600; }
  .toolbar button[aria-pressed='true'] { background: var(--_text); color: var(--_surface); }
  .confirm { padding: 10px 12px; border-block-end: 1px solid var(--_border); font-size: 15px; }
  .confirm .row { display: flex; gap: 8px; margin-block-start: 8px; }
  .confirm .danger { background: #a4161a; color: #fff; border-color: #a4161a; }
  .banner { padding: 8px 12px; font-size: 14px; color: var(--_muted); border-block-end: 1px solid var(--_border); }
  .transcript { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px; overscroll-behavior: contain; }
  .msg { max-inline-size: 88%; display: flex; flex-direction: column; gap: 4px; }
  .msg .who { font-size: 13px; color: var(--_muted); margin: 0; font-weight: 600; }
  .msg .bubble { padding: 8px 12px; border-radius: 12px; background: var(--_soft); white-space: pre-wrap; overflow-wrap: anywhere; }
  .msg.customer { align-self: flex-end; }
  .msg.customer .bubble { background: var(--_accent); color: var(--_on-accent); }
  .msg.customer .bubble a { color: inherit; }
  .msg.person .bubble { background: #e5f4ea; color: #14351f; border: 1px solid #9fd3b1; }
  .msg.system { align-self: center; max-inline-size: 100%; text-align: center; font-size: 14px; color: var(--_muted); }
  .msg.disclosure { max-inline-size: 100%; }
  .msg.disclosure .bubble { background: transparent; border: 1px solid var(--_accent); }
  .meta { font-size: 13px; color: var(--_muted); margin: 0; }
  .msg.customer .meta { text-align: end; }
  details { font-size: 14px; }
  summary { cursor: pointer; min-block-size: 44px; display: flex; align-items: center; color: var(--_accent); font-weight: 600; }
  .msg.customer summary { justify-content: flex-end; }
  .why dl { margin: 4px 0 0; display: grid; gap: 4px; }
  .why dd { margin: 0; }
  .agent-text { font-family: ui-monospace, monospace; background: var(--_soft); padding: 6px 8px; border-radius: 8px; white-space: pre-wrap; overflow-wrap: anywhere; color: var(--_text); }
  .row-buttons { display: flex; flex-wrap: wrap; gap: 6px; }
  .row-buttons button { font-size: 14px; }
  .links { margin: 0; padding-inline-start: 18px; }
  a { color: var(--_accent); }
  .disagree-form { display: flex; flex-direction: column; gap: 6px; }
  .disagree-form textarea { min-block-size: 60px; border: 1px solid var(--_border); border-radius: 8px; padding: 8px; background: var(--_surface); color: var(--_text); }
  .alert { margin: 0; padding: 8px 12px; background: #fdecea; color: #7a1411; font-size: 14px; border-block-start: 1px solid #f3b5ae; }
  .alert:empty { display: none; }
  form.composer { padding: 8px 10px 4px; border-block-start: 1px solid var(--_border); display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; }
  .field { position: relative; min-inline-size: 0; }
  .mirror, textarea.input {
    margin: 0; padding: 10px 12px; inline-size: 100%; min-block-size: 48px; max-block-size: 120px;
    font: inherit; line-height: 1.45; letter-spacing: normal; white-space: pre-wrap; overflow-wrap: anywhere;
    border: 1px solid var(--_border); border-radius: 10px;
  }
  .mirror { position: absolute; inset: 0; color: transparent; overflow: hidden; pointer-events: none; background: var(--_surface); }
  .mirror mark { color: transparent; background: var(--_mark); border-radius: 3px; }
  textarea.input { position: relative; display: block; resize: none; background: transparent; color: var(--_text); overflow-y: auto; }
  textarea.input::placeholder { color: var(--_muted); opacity: 1; }
  button.send { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); font-weight: 600; align-self: end; }
  .pii-note { grid-column: 1 / -1; margin: 4px 0 0; font-size: 13px; color: var(--_muted); }
  .pii-note:empty { display: none; }
  .agent-sees { grid-column: 1 / -1; }
  .footer { display: flex; align-items: center; gap: 8px; padding: 0 10px 8px; }
  .retention { margin: 0; flex: 1; font-size: 12px; color: var(--_muted); }
  .footer .delete { font-size: 13px; flex: none; max-inline-size: 45%; }
  .sr { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (max-width: ${narrow}) {
    header { padding-block: 4px; }
    .toolbar { padding-block: 6px; }
    .footer { padding-block-end: 4px; }
    .panel {
      inset: 0; inline-size: 100vw; block-size: var(--_vvh, 100dvh); max-block-size: none; min-block-size: 0;
      border-radius: 0; border: none; transform: translateY(var(--_vvtop, 0px));
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .panel { animation: rise 0.16s ease-out; }
    @keyframes rise { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
  }
  @media (forced-colors: active) {
    .mirror mark { background: Highlight; }
    .panel { border: 1px solid CanvasText; }
  }
`;
