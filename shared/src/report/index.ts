export {
  turnStory,
  storyLine,
  HEADLINES,
  type StoryLine,
  type TurnStory,
  type TensionStory,
  type Lapse,
  type StorySource,
} from "./story.ts";
export { describeEffects, type EffectLine } from "./effects.ts";
export { STORY_KINDS, STORY_OF, type StoryKind } from "./kinds.ts";
export { warStory, type WarLine } from "./war.ts";
