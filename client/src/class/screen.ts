import "../csp.ts";
import "../styles/fonts.ts";
import "../styles/base.css";
import "../styles/panels.css";
import "../styles/documents.css";
import "./class.css";
import { addObjectiveText, initI18n, lang } from "../i18n/index.ts";
import { h, reducedMotion, replaceContent } from "../ui/dom.ts";
import { mountMap, type MapHandle } from "../ui/game/map-mount.ts";
import { newsText } from "../ui/game/names.ts";
import { formatCountdown } from "../i18n/format.ts";
import { connectionBadge, ct, languageSwitch, onLanguage, turnText } from "./common.ts";
import { ClassNet } from "../net/class-net.ts";
import { joinUrls, serverBase } from "../net/links.ts";

/**
 * The projector's big screen: the public map, world tension, the calendar and the public news,
 * large. It joins as a spectator holding the class code, so its view has no secret in it.
 */
async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  await initI18n();
  const params = new URLSearchParams(window.location.search);
  const conn = new ClassNet(serverBase());
  // Objectives' words come from the server, only those this page may know.
  conn.on("objectives", (o) => addObjectiveText(o.text));
  const side = h("aside", { class: "screen-side", id: "screen-side" });
  const mapArea = h("div", { class: "map-area screen-map", id: "map-area" });
  root.replaceChildren(h("div", { class: "big-screen" }, mapArea, side));
  let map: MapHandle | undefined;
  const render = () => {
    const v = conn.view;
    // The teacher's words of this half-year come first (they expire with it), then the
    // latest public news: few enough to fit a 1024×768 projector without scrolling.
    const fromTeacher = (n: { key: string }) => n.key.startsWith("class:");
    const pub = (v?.news ?? []).filter((n) => !n.to).reverse();
    const news = [
      ...pub.filter((n) => fromTeacher(n) && n.turn === v?.turn).slice(0, 2),
      ...pub.filter((n) => !fromTeacher(n)).slice(0, 4),
    ];
    const m = conn.match;
    const left = m?.deadline ? Math.max(0, m.deadline - Date.now()) : null;
    replaceContent(
      side,
      h("div", { class: "row" }, languageSwitch(), connectionBadge(conn.state)),
      h("p", { class: "screen-date", id: "screen-date" }, v ? turnText(v.turn) : "—"),
      v
        ? h(
            "p",
            { class: "screen-phase" },
            ct(`phase.${v.phase}`),
            // The phase's countdown, when the lesson runs on timers.
            left !== null && m?.status === "running"
              ? h(
                  "span",
                  { class: "screen-clock", id: "screen-clock" },
                  ` · ${formatCountdown(left)}`,
                )
              : null,
          )
        : null,
      conn.match?.status === "paused"
        ? h("p", { class: "screen-paused" }, ct("status.paused"))
        : null,
      h(
        "div",
        { class: "screen-tension", id: "screen-tension" },
        h("span", {}, ct("screen.tension")),
        // Low tension is good: green below 40, amber to 70, red above (optimum at 0).
        h("meter", { min: 0, max: 100, low: 40, high: 70, optimum: 0, value: v?.tension ?? 0 }),
        h("strong", {}, String(v?.tension ?? 0)),
      ),
      h("h2", { class: "screen-news-h" }, ct("screen.news")),
      h(
        "ol",
        { class: "screen-news", id: "screen-news" },
        news.map((n) =>
          h(
            "li",
            {},
            h("span", { class: "note" }, turnText(n.turn)),
            " ",
            v ? newsText(v, n.key, n.params) : "",
          ),
        ),
      ),
      conn.info?.code
        ? h(
            "p",
            { class: "screen-join" },
            ct("screen.join", { url: joinUrls(conn.info)[0] ?? "", code: conn.info.code }),
          )
        : null,
    );
    if (map && v) map.setView(v, null);
  };
  conn.onChange(render);
  onLanguage(render);
  // The countdown ticks between server messages.
  setInterval(() => {
    const clock = document.getElementById("screen-clock");
    const d = conn.match?.deadline;
    if (clock && d) clock.textContent = ` · ${formatCountdown(Math.max(0, d - Date.now()))}`;
  }, 1000);
  try {
    await conn.join(params.get("match") ?? "", { code: params.get("code") ?? "", screen: true });
  } catch {
    replaceContent(side, h("p", { class: "error" }, ct("screen.failed")));
    return;
  }
  void mountMap(mapArea, { locale: lang(), reducedMotion: reducedMotion() })
    .then((m) => {
      map = m;
      render();
    })
    .catch(() => undefined);
  render();
}

void boot();
