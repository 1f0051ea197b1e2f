/**
 * The import graph's rules, checked from the sources (type-only imports included), with the
 * TypeScript compiler's own import scanner (`ts.preProcessFile`): no new dependency, and no
 * resolver to forget (ESLint's `import-x/no-cycle` never fired without one).
 *
 * - no import circle inside a package, type-only imports counted;
 * - relative imports never leave their package: packages import one another by name;
 * - layers: shared/ imports no other package; the server's room never imports the classroom;
 *   the match core imports neither the room nor the classroom.
 *
 * `node scripts/imports.ts` prints the problems and exits 1 when there are any.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

export const PACKAGES = ["shared", "assets", "server", "client", "tests"] as const;

/** Folders (from the root) that must not import these others. */
export const LAYERS: readonly { from: string; not: readonly string[]; why: string }[] = [
  {
    from: "server/src/room",
    not: ["server/src/classroom"],
    why: "the room knows only its extension interface",
  },
  {
    from: "server/src/match",
    not: ["server/src/room", "server/src/classroom", "server/src/http"],
    why: "the match core runs without Colyseus",
  },
  {
    from: "shared/src",
    not: ["server", "client", "assets", "tests"],
    why: "the engine depends on nothing",
  },
];
/** Package names shared/ must not import. */
const SHARED_FORBIDDEN = /^@cs\/(server|client|assets|tests)(\/|$)/;

/**
 * Problems tolerated for a while (each to be removed, never added to). Empty: the circles and
 * escapes found when this check landed (issue 14) are broken. Any problem fails the check.
 */
export const KNOWN: readonly string[] = [];

export interface Problem {
  kind: "cycle" | "escape" | "layer";
  text: string;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

/** Every import and re-export of a file (type-only ones too), as written. */
export function importsOf(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** Check the files under `root` (a map file → text may stand in for the disk, in tests). */
export function check(root: string, files?: ReadonlyMap<string, string>): Problem[] {
  const all =
    files ??
    new Map(
      PACKAGES.flatMap((p) => {
        const dir = join(root, p);
        try {
          return sources(dir).map((f) => [f, readFileSync(f, "utf8")] as const);
        } catch {
          return [];
        }
      }),
    );
  const problems: Problem[] = [];
  const rel = (f: string) => relative(root, f).split(sep).join("/");
  const pkgOf = (f: string) => rel(f).split("/")[0] ?? "";
  const edges = new Map<string, string[]>();
  for (const [file, text] of all) {
    const out: string[] = [];
    for (const spec of importsOf(text)) {
      if (pkgOf(file) === "shared" && SHARED_FORBIDDEN.test(spec)) {
        problems.push({
          kind: "layer",
          text: `${rel(file)} imports ${spec}: the engine depends on nothing`,
        });
      }
      if (!spec.startsWith(".")) continue;
      const target = resolve(dirname(file), spec);
      if (pkgOf(target) !== pkgOf(file)) {
        problems.push({
          kind: "escape",
          text: `${rel(file)} imports ${spec}: import the package by name`,
        });
        continue;
      }
      for (const l of LAYERS) {
        if (!rel(file).startsWith(`${l.from}/`)) continue;
        const bad = l.not.find((n) => rel(target) === n || rel(target).startsWith(`${n}/`));
        if (bad) problems.push({ kind: "layer", text: `${rel(file)} imports ${spec}: ${l.why}` });
      }
      if (all.has(target)) out.push(target);
    }
    edges.set(file, out);
  }
  for (const cycle of cycles(edges)) {
    problems.push({ kind: "cycle", text: [...cycle, cycle[0] ?? ""].map(rel).join(" → ") });
  }
  return problems;
}

/** The import circles of a graph: one per strongly connected component of more than one file. */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) ?? 0, idx.get(w) ?? 0));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      const self = (edges.get(v) ?? []).includes(v);
      if (comp.length > 1 || self) out.push(comp.reverse());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!idx.has(v)) visit(v);
  return out;
}

if (import.meta.filename === process.argv[1]) {
  const found = check(resolve(import.meta.dirname, ".."));
  const known = found.filter((p) => KNOWN.includes(`${p.kind}: ${p.text}`));
  const problems = found.filter((p) => !known.includes(p));
  for (const p of problems) console.error(`${p.kind}: ${p.text}`);
  if (known.length > 0) console.log(`imports: ${known.length} known problem(s) left (KNOWN)`);
  console.log(
    problems.length === 0
      ? "imports: no new cycle, escape or layer breach"
      : `imports: ${problems.length} problem(s)`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}
