import {
  ROOM_NAME,
  type ClassInfo,
  type ClassJoinOptions,
  type ClassServerMessages,
  type Memo,
  type StudentCommand,
  type TeacherCommand,
} from "@cs/shared";
import { Net } from "./net.ts";

/**
 * The class pages' side of the one connection (teacher's dashboard, big screen): the same
 * `Net` — its joins, rejoins after a drop, refusals in words — with the class's latest
 * messages at hand and the teacher's commands.
 */
export class ClassNet extends Net {
  /** The class (its roster, code, settings), if this match is a class's. */
  get info(): ClassInfo | undefined {
    return this.classMessages.latest("class");
  }

  get memos(): Memo[] {
    return this.classMessages.latest("memos")?.memos ?? [];
  }

  get debrief(): ClassServerMessages["debrief"]["debrief"] | undefined {
    return this.classMessages.latest("debrief")?.debrief;
  }

  /** A new class (the teacher's set-up form): its host token comes with the welcome. */
  async createClass(options: ClassJoinOptions): Promise<void> {
    await this.connect(() => this.client.create(ROOM_NAME, options));
  }

  teacher(cmd: TeacherCommand): void {
    this.send("teacher", cmd);
  }

  student(cmd: StudentCommand): void {
    this.send("student", cmd);
  }
}
