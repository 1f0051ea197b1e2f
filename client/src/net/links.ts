import type { ClassInfo } from "@cs/shared";

/** Served by the game server itself; `VITE_SERVER` points a development build elsewhere. */
export const serverBase = (): string =>
  (import.meta.env["VITE_SERVER"] as string | undefined) ?? window.location.origin;

/** The address students type or scan: the LAN address when the teacher opened localhost. */
export function joinUrls(info: ClassInfo | undefined): string[] {
  const here = new URL(window.location.href);
  const page = (host: string) =>
    `${here.protocol}//${host}${here.port ? `:${here.port}` : ""}${here.pathname.replace(/[^/]*$/, "")}class.html`;
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(here.hostname);
  const hosts = local && info?.addresses?.length ? info.addresses : [here.hostname];
  return hosts.map(page);
}

/**
 * The teacher link: this page's address with the class and the teacher's token after `#`
 * (never sent to a server in a request line, never in its logs). Opened in any browser, it
 * brings the teacher back to the dashboard.
 */
export function teacherLink(matchId: string, hostToken: string): string {
  const here = new URL(window.location.href);
  const hash = new URLSearchParams({ class: matchId, token: hostToken });
  return `${here.origin}${here.pathname}#${hash.toString()}`;
}

/** The class and token a teacher link carries, if this page was opened with one. */
export function fromTeacherLink(hash: string): { matchId: string; hostToken: string } | undefined {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const matchId = p.get("class");
  const hostToken = p.get("token");
  return matchId && hostToken ? { matchId, hostToken } : undefined;
}
