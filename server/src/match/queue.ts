/**
 * Steps run strictly one at a time, in the order they were queued: an async commit must not
 * interleave with another step of the same match. A failed step is reported and does not stop
 * the queue; its caller still sees the failure.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly onError: (e: unknown) => void;

  constructor(onError: (e: unknown) => void) {
    this.onError = onError;
  }

  enqueue<T>(step: () => T | Promise<T>): Promise<T> {
    const next = this.tail.then(step);
    this.tail = next.catch(this.onError);
    return next;
  }

  /** Resolves once every step queued so far has run. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
