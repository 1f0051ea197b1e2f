/** A refusal sent back to the sender only: an engine code or a protocol code. */
export interface Refusal {
  code: string;
  message: string;
}

export const refusal = (code: string, message: string): Refusal => ({ code, message });
