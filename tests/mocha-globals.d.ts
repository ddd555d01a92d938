// The mocha globals web-test-runner provides to the browser tests under tests/widget/.
interface WidgetTestContext { timeout(ms: number): void; slow(ms: number): void; retries(n: number): void; skip(): never }
declare function describe(name: string, body: (this: WidgetTestContext) => void): void;
declare function it(name: string, body: (this: WidgetTestContext) => Promise<void> | void): void;
declare function before(body: (this: WidgetTestContext) => Promise<void> | void): void;
declare function after(body: (this: WidgetTestContext) => Promise<void> | void): void;
declare function beforeEach(body: (this: WidgetTestContext) => Promise<void> | void): void;
declare function afterEach(body: (this: WidgetTestContext) => Promise<void> | void): void;
