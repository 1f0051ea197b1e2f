/** Trust per pair of powers (issue 10): computed where conditions read it. */
export { TRUST_BASE, TRUST_BREACH, TRUST_HONOURED, trust } from "../events/conditions.ts";
