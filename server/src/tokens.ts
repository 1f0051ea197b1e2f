import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@cs/shared";

/** 32 random bytes (256 bits), base64url: a seat or host token, kept by the client. */
export const newToken = (): string => randomBytes(32).toString("base64url");

/** Tokens are stored only as their SHA-256. */
export const hashToken = (token: string): string =>
  createHash("sha256").update(token).digest("hex");

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

function randomString(alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** A private match's join code: 10 symbols of 31, ≈ 49.5 bits. */
export const newJoinCode = (): string => randomString(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);

/** Match ids double as room ids: 12 symbols of 31, unguessable in practice too. */
export const newMatchId = (): string => randomString(JOIN_CODE_ALPHABET.toLowerCase(), 12);

export const newSeed = (): number => randomInt(0x7fffffff);
