/** The classroom's vocabulary, shared by the rules (roles) and the wire (protocol/class.ts). */
export const ROLES = ["head", "foreign", "war", "finance"] as const;
export type Role = (typeof ROLES)[number];

/** A team's memo at the end of a turn ("what did you decide and why?"). */
export interface Memo {
  id: number;
  turn: number;
  power: string;
  student: string;
  name: string;
  text: string;
  at: number;
}
