/**
 * Lines about what clients send wrong, one line each and rate-limited for the whole process:
 * a flood of bad frames from any number of clients writes at most `burst` lines, then one a
 * `every` ms, and says how many it left out. Control characters in the fields are escaped, so
 * a client cannot forge log lines or send escape sequences to an operator's terminal.
 */
interface LineLimit {
  burst: number;
  /** Milliseconds per further line. */
  every: number;
}

const LOG_LIMIT: LineLimit = { burst: 20, every: 1000 };

/** A field as it may appear in a log line: printable, on one line, bounded. */
function logField(value: unknown, max = 80): string {
  const text = String(value);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

class LineLog {
  private readonly limit: LineLimit;
  private readonly write: (line: string) => void;
  private tokens: number;
  private at: number;
  private dropped = 0;

  constructor(
    limit: LineLimit = LOG_LIMIT,
    write: (line: string) => void = (line) => console.warn(line),
  ) {
    this.limit = limit;
    this.write = write;
    this.tokens = limit.burst;
    this.at = Date.now();
  }

  /** Log `code` and its fields on one line, unless the limit is reached (then counted). */
  line(code: string, fields: Record<string, unknown>, now = Date.now()): void {
    this.tokens = Math.min(this.limit.burst, this.tokens + (now - this.at) / this.limit.every);
    this.at = now;
    if (this.tokens < 1) {
      this.dropped++;
      return;
    }
    this.tokens -= 1;
    const parts = Object.entries(fields).map(([k, v]) => `${k}=${logField(v)}`);
    const more = this.dropped > 0 ? ` (+${this.dropped} like lines not logged)` : "";
    this.dropped = 0;
    this.write(`${code} ${parts.join(" ")}${more}`);
  }
}

/** The process's log of bad client input. */
export const clientLog = new LineLog();
