// The mocha globals web-test-runner provides to every browser test (`tests/**/*.browser.test.ts`).
interface BrowserTestContext { timeout(ms: number): void; slow(ms: number): void; retries(n: number): void; skip(): never }
declare function describe(name: string, body: (this: BrowserTestContext) => void): void;
declare function it(name: string, body: (this: BrowserTestContext) => Promise<void> | void): void;
declare function before(body: (this: BrowserTestContext) => Promise<void> | void): void;
declare function after(body: (this: BrowserTestContext) => Promise<void> | void): void;
declare function beforeEach(body: (this: BrowserTestContext) => Promise<void> | void): void;
declare function afterEach(body: (this: BrowserTestContext) => Promise<void> | void): void;
