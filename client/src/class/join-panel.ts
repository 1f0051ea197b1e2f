import QRCode from "qrcode";
import { h } from "../ui/dom.ts";
import { ct } from "./common.ts";
import { joinUrls, type ClassConn } from "./conn.ts";

/**
 * The join address and code, large, with a QR code, for the projector: students on the same
 * network open the address (or scan it) and type the code and their name.
 */
export function joinPanel(conn: ClassConn): HTMLElement {
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
  );
}
