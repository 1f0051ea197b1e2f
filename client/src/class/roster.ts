import { ROLES, type ClassStudent, type MatchInfo } from "@cs/shared";
import { h } from "../ui/dom.ts";
import type { ClassNet } from "../net/class-net.ts";
import { button, ct, powerName } from "./common.ts";

/**
 * The live roster: each student's name, connection, briefing mark and preferences, with a
 * power and roles to assign, and "re-admit as" for a student who came back on a new device.
 */
export function roster(conn: ClassNet): HTMLElement {
  const students = conn.info?.students ?? [];
  const open = (conn.match?.seats ?? []).filter((s) => s.open).map((s) => s.power);
  const placed = students.filter((s) => s.power !== null);
  return h(
    "section",
    { class: "paper roster", "aria-labelledby": "roster-h" },
    h("h2", { id: "roster-h" }, ct("roster.title", { count: students.length })),
    h(
      "div",
      { class: "row" },
      button("auto-random", ct("roster.autoRandom"), () =>
        conn.teacher({ cmd: "autoAssign", by: "random" }),
      ),
      button("auto-prefs", ct("roster.autoPrefs"), () =>
        conn.teacher({ cmd: "autoAssign", by: "preferences" }),
      ),
    ),
    students.length === 0
      ? h("p", { class: "hint" }, ct("roster.empty"))
      : h(
          "table",
          { class: "roster-table" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["name", "online", "briefing", "prefs", "power", "roles", ""].map((k) =>
                h("th", { scope: "col" }, k ? ct(`roster.${k}`) : ""),
              ),
            ),
          ),
          h(
            "tbody",
            {},
            students.map((s) => studentRow(conn, s, open, placed, conn.match)),
          ),
        ),
  );
}

/**
 * The teacher's choices not yet assigned, per student. The roster is rebuilt on every update
 * (a student joins, a view arrives): without these, a power picked but not yet assigned would
 * snap back to the stored one, and "Assign" would send that.
 */
const drafts = new Map<string, { power: string; roles: Set<string> }>();

function draftOf(s: ClassStudent) {
  let d = drafts.get(s.id);
  if (!d) {
    d = { power: s.power ?? "", roles: new Set(s.roles) };
    drafts.set(s.id, d);
  }
  return d;
}

function studentRow(
  conn: ClassNet,
  s: ClassStudent,
  open: string[],
  placed: ClassStudent[],
  _match: MatchInfo | undefined,
): HTMLElement {
  const draft = drafts.get(s.id);
  const power = draft?.power ?? s.power ?? "";
  const powerSel = h(
    "select",
    {
      id: `assign-power-${s.id}`,
      "aria-label": ct("roster.power"),
      onchange: (e: Event) => (draftOf(s).power = (e.target as HTMLSelectElement).value),
    },
    h("option", { value: "", selected: power === "" }, ct("roster.none")),
    open.map((p) => h("option", { value: p, selected: power === p }, powerName(p))),
  );
  // Four compact toggles a row (a short name, the full one on hover and for screen readers):
  // 25 rows of four long labels did not fit one screen.
  const roleBoxes = ROLES.map((r) =>
    h(
      "label",
      { class: "role-chip", title: ct(`role.${r}`) },
      h("input", {
        "aria-label": ct(`role.${r}`),
        type: "checkbox",
        id: `assign-role-${s.id}-${r}`,
        value: r,
        checked: draft ? draft.roles.has(r) : s.roles.includes(r),
        onchange: (e: Event) => {
          const roles = draftOf(s).roles;
          if ((e.target as HTMLInputElement).checked) roles.add(r);
          else roles.delete(r);
        },
      }),
      h("span", { class: "short" }, ct(`roleShort.${r}`)),
    ),
  );
  const assign = () => {
    const d = drafts.get(s.id);
    drafts.delete(s.id);
    conn.teacher({
      cmd: "assign",
      student: s.id,
      power: (d ? d.power : (s.power ?? "")) || null,
      roles: ROLES.filter((r) => (d ? d.roles.has(r) : s.roles.includes(r))),
    });
  };
  const readmit =
    s.power === null && placed.length > 0
      ? h(
          "select",
          {
            id: `readmit-${s.id}`,
            "aria-label": ct("roster.readmit"),
            onchange: (e: Event) => {
              const sel = e.target as HTMLSelectElement;
              const old = placed.find((p) => p.id === sel.value);
              if (!old) return;
              // Confirmed by name: picking the wrong "Chloe" would throw the real one out.
              const ok = window.confirm(
                ct("roster.readmitConfirm", {
                  name: s.name,
                  old: old.name,
                  power: powerName(old.power ?? ""),
                }),
              );
              if (ok) conn.teacher({ cmd: "readmit", student: s.id, as: old.id });
              else sel.value = "";
            },
          },
          h("option", { value: "" }, ct("roster.readmit")),
          placed.map((p) =>
            h("option", { value: p.id }, `${p.name} (${powerName(p.power ?? "")})`),
          ),
        )
      : null;
  return h(
    "tr",
    { "data-student": s.id },
    h("td", {}, s.name),
    h("td", {}, s.connected ? "●" : "○"),
    h("td", { class: "briefing-mark" }, s.briefingRead ? ct("roster.read") : "—"),
    h("td", {}, s.prefs.map(powerName).join(", ") || "—"),
    h("td", {}, powerSel),
    h("td", { class: "roles" }, roleBoxes),
    h(
      "td",
      {},
      button(`assign-${s.id}`, ct("roster.assign"), assign),
      readmit,
      button(
        `rename-${s.id}`,
        ct("roster.rename"),
        () => {
          const name = window.prompt(ct("roster.renamePrompt", { name: s.name }), s.name)?.trim();
          if (name && name !== s.name) conn.teacher({ cmd: "rename", student: s.id, name });
        },
        "small",
      ),
      button(
        `remove-${s.id}`,
        ct("roster.remove"),
        () => {
          if (window.confirm(ct("roster.removeConfirm", { name: s.name })))
            conn.teacher({ cmd: "remove", student: s.id });
        },
        "small",
      ),
    ),
  );
}
