/**
 * Imported first by every page. The server's Content-Security-Policy forbids `eval`
 * (`script-src 'self'`, no 'unsafe-eval'); zod compiles fast parsers with `new Function`
 * unless told not to, and its probe for that — made when a schema is built, so this must run
 * before @cs/shared is evaluated — is reported as a violation even though it is caught.
 */
import { config } from "zod";

config({ jitless: true });
