/**
 * The names printed in the two insets, as a 1933 atlas prints them: the box's own country and
 * the great powers as states, the colonies, mandates and protectorates round them by their
 * period names, a few seas. Each is placed at a longitude and latitude, projected through the
 * box's frame as client/scripts/inset-outlines.ts projects the outlines (`outline` names the
 * Natural Earth country it sits in; inset-names.test.ts checks it lands there). A name shows
 * from the zoom of its tier, the main map's rule (labels.ts): states first, the places of the
 * period's crises next, the rest closer in. Text: a power's name, or `map.place.<id>` in
 * assets/locales (ui.json).
 *
 * Period names and status in 1933, dated by the acts that made them: Eritrea and Italian Somaliland Italian colonies; British
 * Somaliland a protectorate; French Somaliland (Côte française des Somalis) a colony since
 * 1896; the Sudan an Anglo-Egyptian condominium (1899); Kenya a colony (1920), Uganda a
 * protectorate (1894), Tanganyika a British mandate (1922); the Kingdom of Saudi Arabia
 * proclaimed 23 September 1932; the Kingdom of Yemen independent since 1918. Manchukuo a
 * Japanese puppet state proclaimed 1 March 1932; Korea annexed by Japan in 1910 and Formosa
 * ceded in 1895; the Mongolian People's Republic (1924) under Soviet tutelage; French
 * Indochina (1887).
 */
/** [west, south, east, north] in degrees of each box's frame: the outline script's bboxes. */
export const INSET_FRAMES: Record<string, readonly [number, number, number, number]> = {
  "east-africa": [24, -4, 56, 19],
  "far-east": [92, 18, 150, 55],
};

export interface InsetName {
  /** A power's id (its name from powers.json), or a place's key under map.place. */
  power?: string;
  place?: string;
  /** Longitude, latitude. */
  at: readonly [number, number];
  /** Its tier among labels.ts's LABEL_TIERS. */
  tier: "great" | "state" | "key" | "region";
  /** The Natural Earth outline the point lies in, or null for a sea. */
  outline: string | null;
}

export const INSET_NAMES: Record<string, readonly InsetName[]> = {
  "east-africa": [
    { power: "ETH", at: [39.5, 8.5], tier: "state", outline: "Ethiopia" },
    { place: "eritrea", at: [38.4, 15.6], tier: "key", outline: "Eritrea" },
    { place: "italianSomaliland", at: [45.3, 3.2], tier: "key", outline: "Somalia" },
    { place: "britishSomaliland", at: [46.2, 9.6], tier: "region", outline: "Somaliland" },
    { place: "frenchSomaliland", at: [42.5, 11.6], tier: "region", outline: "Djibouti" },
    { place: "sudan", at: [30.5, 14], tier: "region", outline: "Sudan" },
    { place: "kenya", at: [37.8, 0.6], tier: "region", outline: "Kenya" },
    { place: "uganda", at: [32.5, 1.6], tier: "region", outline: "Uganda" },
    { place: "tanganyika", at: [35, -2.8], tier: "region", outline: "Tanzania" },
    { place: "saudiArabia", at: [45, 17.8], tier: "region", outline: "Saudi Arabia" },
    { place: "yemen", at: [46.5, 15.3], tier: "region", outline: "Yemen" },
    { place: "redSea", at: [40, 17.2], tier: "region", outline: null },
    { place: "indianOcean", at: [51.5, 4], tier: "region", outline: null },
  ],
  "far-east": [
    { power: "CHN", at: [106, 31], tier: "state", outline: "China" },
    { power: "JPN", at: [139.5, 37], tier: "great", outline: "Japan" },
    { power: "SUN", at: [135, 50.5], tier: "great", outline: "Russia" },
    { place: "manchukuo", at: [125.5, 45.5], tier: "key", outline: "Manchukuo" },
    { place: "korea", at: [127.5, 39.8], tier: "region", outline: "North Korea" },
    { place: "formosa", at: [121, 23.8], tier: "region", outline: "Taiwan" },
    { place: "mongolia", at: [103, 46.5], tier: "region", outline: "Mongolia" },
    { place: "indochina", at: [104.2, 20.4], tier: "region", outline: "Laos" },
    { place: "seaOfJapan", at: [135, 40.5], tier: "region", outline: null },
    { place: "pacific", at: [143, 27], tier: "region", outline: null },
  ],
};

/** A point of a box's frame (0..w, 0..h) for a longitude and latitude. */
export function frameXY(
  inset: string,
  [lon, lat]: readonly [number, number],
  w: number,
  h: number,
): [number, number] | null {
  const f = INSET_FRAMES[inset];
  if (!f) return null;
  const [west, south, east, north] = f;
  return [((lon - west) / (east - west)) * w, ((north - lat) / (north - south)) * h];
}
