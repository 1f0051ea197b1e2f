export {
  HELP_BASES,
  REASONS,
  VERDICTS,
  WEIGHING,
  weigh,
  type HelpBasis,
  type Helper,
  type Reason,
  type ReasonCode,
  type Verdict,
  type Weighing,
} from "./weigh.ts";
export { defaultTolerance, riskTolerance, toleranceOf } from "./tolerance.ts";
export { TRUST_BASE, TRUST_BREACH, TRUST_HONOURED, trust } from "./trust.ts";
export { believe } from "./belief.ts";
export { forceRole, forceRoles, historicalSituation, weighFor, type ForceRole } from "./crisis.ts";
export { likelyConclusions, OUTLOOK_LIMIT, type Outlook } from "./outlook.ts";
