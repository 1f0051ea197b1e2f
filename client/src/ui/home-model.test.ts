import { expect, test } from "vitest";
import { CreateMatchSchema } from "@cs/shared";
import { createSettings, emptyForm, toggleSeat } from "./home-model.ts";

test("the create form yields settings the server's schema accepts", () => {
  let f = { ...emptyForm(), scenario: "mini", start: "1935-I", matchName: "  Friday  " };
  f = toggleSeat(toggleSeat(f, "FRA", true), "SUN", true);
  const s = createSettings(f);
  expect(s).toMatchObject({ name: "Friday", scenario: "mini", humanSeats: ["FRA", "SUN"] });
  expect(CreateMatchSchema.safeParse(s).success).toBe(true);
});

test("no timers means no deadlines; empty choices are left to the server", () => {
  const s = createSettings({ ...emptyForm(), timers: "none" });
  expect(s.timers).toBeNull();
  expect(s).not.toHaveProperty("scenario");
  expect(s).not.toHaveProperty("humanSeats");
  expect(CreateMatchSchema.safeParse(s).success).toBe(true);
});

test("unticking a seat removes it", () => {
  const f = toggleSeat(toggleSeat(emptyForm(), "DEU", true), "DEU", false);
  expect(f.humanSeats).toEqual([]);
});
