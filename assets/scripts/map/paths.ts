import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root: assets/scripts/map → ../../.. */
export const REPO_ROOT = resolve(here, "../../..");

/** The public-domain base map, read-only, beside the repository checkout (never committed here). */
export const BASE_MAP_DIR = resolve(REPO_ROOT, "../shared/data/map");

export const SCRIPT_DIR = here;
export const OUTPUT_DIR = resolve(REPO_ROOT, "assets/map");
