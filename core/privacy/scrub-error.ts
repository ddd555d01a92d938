/** Thrown whenever detection cannot be trusted; callers must send nothing. */
export class ScrubError extends Error {
  override name = 'ScrubError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ScrubError';
  }
}
