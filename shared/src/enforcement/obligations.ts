import type { DecisionResolver } from "../engine/decisions.ts";

/** Obligation decisions: honoured, consulted or broken; conditional ones in dependency order. */
export const resolveObligations: DecisionResolver = () => undefined;
