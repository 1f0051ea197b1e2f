export {
  ArticleSchema,
  CharterSchema,
  ELEMENTS,
  SIGNALS,
  checkCharter,
  type Article,
  type Charter,
  type CharterProblem,
  type ElementId,
  type Lesson,
  type Signal,
} from "./schema.ts";
export {
  findings,
  yearOf,
  type Finding,
  type MatchRecord,
  type Params,
  type StartForces,
} from "./findings.ts";
export {
  buildEpilogue,
  epilogueOf,
  startForces,
  type Epilogue,
  type EpilogueLine,
} from "./epilogue.ts";
