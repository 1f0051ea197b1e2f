import QRCode from "qrcode";
import { h } from "../ui/dom.ts";
import { ct } from "./common.ts";
import type { ClassNet } from "../net/class-net.ts";
import { joinUrls, teacherLink } from "../net/links.ts";

/**
 * The join address and code, large, with a QR code, for the projector: students on the same
 * network open the address (or scan it) and type the code and their name.
 */
export function joinPanel(conn: ClassNet): HTMLElement {
  const code = conn.info?.code ?? conn.welcome?.code ?? "";
  const urls = joinUrls(conn.info);
  const first = urls[0] ?? "";
  const link = `${first}?code=${encodeURIComponent(code)}`;
  const qr = h("div", { class: "qr", id: "join-qr", role: "img", "aria-label": ct("join.qr") });
  void QRCode.toString(link, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then(
    (svg) => (qr.innerHTML = svg),
  );
  const screen = `screen.html?match=${encodeURIComponent(conn.info?.matchId ?? "")}&code=${encodeURIComponent(code)}`;
  return h(
    "section",
    { class: "paper join-panel", "aria-labelledby": "join-h" },
    h("h2", { id: "join-h" }, ct("join.title")),
    h(
      "p",
      { class: "join-url" },
      urls.map((u) => h("span", { class: "url" }, u)),
    ),
    h("p", { class: "join-code", id: "join-code" }, code.replace(/(.{5})(.+)/, "$1-$2")),
    qr,
    h("p", { class: "hint" }, ct("join.how")),
    h("p", {}, h("a", { href: screen, target: "_blank", id: "screen-link" }, ct("join.screen"))),
    teacherLinkBox(conn),
  );
}

/**
 * The teacher link, folded away (the dashboard may be on the projector): opened in any
 * browser it brings the teacher back — after a crash, from another computer. Private.
 */
function teacherLinkBox(conn: ClassNet): HTMLElement | null {
  const matchId = conn.info?.matchId ?? conn.welcome?.matchId;
  if (!matchId || !conn.hostToken) return null;
  const link = teacherLink(matchId, conn.hostToken);
  const field = h("input", {
    id: "teacher-link",
    readonly: true,
    value: link,
    "aria-label": ct("join.teacherLink"),
    onfocus: (e: Event) => (e.target as HTMLInputElement).select(),
  });
  return h(
    "details",
    { class: "teacher-link" },
    h("summary", {}, ct("join.teacherLink")),
    h("p", { class: "warn", role: "note" }, ct("join.teacherLinkWarn")),
    field,
  );
}
