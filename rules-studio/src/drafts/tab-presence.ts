/**
 * Notices when the studio is open in more than one tab of the same browser: all tabs share one draft in
 * IndexedDB, so the studio warns instead of letting one tab silently overwrite another's work.
 * `dispose()` closes the channel.
 */

const CHANNEL = 'clearline-studio-tabs';

type Message = { type: 'hello' | 'here' | 'bye'; tab: string };

export class TabPresence {
  readonly #tab = crypto.randomUUID();
  readonly #others = new Set<string>();
  readonly #channel: BroadcastChannel | null;
  readonly #onChange: (otherTabs: number) => void;

  constructor(onChange: (otherTabs: number) => void) {
    this.#onChange = onChange;
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    if (!this.#channel) return;
    this.#channel.onmessage = (event: MessageEvent<Message>) => {
      const m = event.data;
      if (!m || typeof m.tab !== 'string' || m.tab === this.#tab) return;
      if (m.type === 'hello') this.#post('here');
      if (m.type === 'bye') this.#others.delete(m.tab);
      else this.#others.add(m.tab);
      this.#onChange(this.#others.size);
    };
    this.#post('hello');
    addEventListener('pagehide', this.#bye);
  }

  get otherTabs(): number { return this.#others.size; }

  #post(type: Message['type']): void {
    this.#channel?.postMessage({ type, tab: this.#tab } satisfies Message);
  }

  #bye = () => this.#post('bye');

  dispose(): void {
    removeEventListener('pagehide', this.#bye);
    this.#bye();
    this.#channel?.close();
  }
}
