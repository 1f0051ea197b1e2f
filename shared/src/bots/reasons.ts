/**
 * A bot's reasons as codes with their facts, so that a player reads them in their own language
 * (assets/locales/{lang}/bots.json, `reason.<code>`); the English sentence stays beside the code
 * for the simulator's reports and logs.
 */
const REASONS = {
  keepsOff: "it keeps {{power}} off us",
  noDealWith: "we do not deal with {{power}}",
  costsNothing: "it costs us nothing",
  tradeHelps: "trade helps our economy",
  keepsWarLocal: "it keeps the war local",
  guaranteesUs: "it guarantees us",
  bindsAllies: "it binds allies against {{power}}",
  bindsAgainstAggression: "it binds allies against aggression",
  noAutomaticWar: "we will not promise war automatically",
  distrustPartners: "it binds us to partners we do not trust",
  trust: "we trust {{power}}",
  noTroops: "no {{power}} troops on our soil",
  reachFriends: "our forces could reach our friends",
  staffTalks: "staff talks make help real",
  noCommitment: "we will not commit forces in advance",
  cedeNothing: "we cede no territory",
  returnsLands: "it returns our lands",
  strengthens: "it strengthens {{power}}",
  settlementPeace: "a settlement keeps the peace",
  freeHand: "it gives us a free hand",
  noSpheres: "we are no party to spheres of influence",
  noLimits: "we accept no limits on our sovereignty",
  frontierQuiet: "it keeps the frontier quiet",
  capsFleet: "it caps their fleet",
  rightToNavy: "it recognises our right to a navy",
  limitsFleet: "it limits our fleet",
  distrustProposer: "we do not trust {{power}}",
} as const;
export type ReasonCode = keyof typeof REASONS;

/** A reason: its code, its facts (power ids), and the English sentence. */
export function because(
  code: ReasonCode,
  params: Record<string, string> = {},
): { reason: string; code: ReasonCode; params: Record<string, string> } {
  const reason = REASONS[code].replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? "");
  return { reason, code, params };
}
