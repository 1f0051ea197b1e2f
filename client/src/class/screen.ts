import "../csp.ts";
import "../styles/fonts.ts";
import "../styles/base.css";
import "../styles/panels.css";
import "../styles/documents.css";
import "./class.css";
import { initI18n, lang } from "../i18n/index.ts";
import { h, reducedMotion, replaceContent } from "../ui/dom.ts";
import { mountMap, type MapHandle } from "../ui/game/map-mount.ts";
import { newsText } from "../ui/game/names.ts";
import { ct, languageSwitch, onLanguage, turnText } from "./common.ts";
import { ClassConn, joinUrls, serverBase } from "./conn.ts";

/**
 * The projector's big screen: the public map, world tension, the calendar and the public news,
 * large. It joins as a spectator holding the class code, so its view has no secret in it.
 */
async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  await initI18n();
  const params = new URLSearchParams(window.location.search);
  const conn = new ClassConn(serverBase());
  const side = h("aside", { class: "screen-side", id: "screen-side" });
  const mapArea = h("div", { class: "map-area screen-map", id: "map-area" });
  root.replaceChildren(h("div", { class: "big-screen" }, mapArea, side));
  let map: MapHandle | undefined;
  const render = () => {
    const v = conn.view;
    // The teacher's words come first on the projector, then the latest public news.
    const fromTeacher = (n: { key: string }) => n.key.startsWith("class:");
    const pub = (v?.news ?? []).filter((n) => !n.to).reverse();
    const news = [
      ...pub.filter(fromTeacher).slice(0, 3),
      ...pub.filter((n) => !fromTeacher(n)).slice(0, 6),
    ];
    replaceContent(
      side,
      languageSwitch(),
      h("p", { class: "screen-date", id: "screen-date" }, v ? turnText(v.turn) : "—"),
      v ? h("p", { class: "screen-phase" }, ct(`phase.${v.phase}`)) : null,
      conn.match?.status === "paused"
        ? h("p", { class: "screen-paused" }, ct("status.paused"))
        : null,
      h(
        "div",
        { class: "screen-tension", id: "screen-tension" },
        h("span", {}, ct("screen.tension")),
        h("meter", { min: 0, max: 100, low: 40, high: 70, value: v?.tension ?? 0 }),
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
