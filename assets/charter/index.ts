/**
 * The Charter epilogue's data (issue 17), validated on load. Import as `@cs/assets/charter`.
 * `npm run scenario:check` checks it against the locales (every article cited in the data,
 * every sentence in each language).
 */
import { CharterSchema, type Charter } from "@cs/shared";
import data from "./charter.json" with { type: "json" };

export const CHARTER: Charter = CharterSchema.parse(data);
export const CHARTER_DATA: unknown = data;
