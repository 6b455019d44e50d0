import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../../../lib/timeline";
import { layoutTimeline } from "../../../lib/timeline";
import { geometryOf } from "./geometry";
import { escapeMarkup, itemsMarkup } from "./item-markup";

const T0 = 1_700_000_000_000;
const events: TraceEvent[] = [
  { t: T0, kind: "client.sent", requestId: "r1", method: "POST", path: "/x?a=<b>&c" },
  { t: T0 + 1, kind: "task.added", requestId: "r1", taskId: "t1", name: "<img onerror=x>", args: ['"<script>"'] },
  { t: T0 + 2, kind: "client.received", requestId: "r1", status: 200 },
  { t: T0 + 3, kind: "task.start", requestId: "r1", taskId: "t1", name: "<img onerror=x>" },
  { t: T0 + 4, kind: "task.error", requestId: "r1", taskId: "t1", name: "<img onerror=x>", error: 'a "quoted" & <b>' },
];

describe("itemsMarkup", () => {
  const layout = layoutTimeline(events);
  const markup = itemsMarkup(layout, geometryOf(layout), "tl1");

  it("escapes everything that comes from the trace", () => {
    expect(markup).not.toMatch(/<img|<script|<b>/);
    expect(markup).toContain("&lt;img onerror=x&gt;");
    expect(markup).toContain("a &quot;quoted&quot; &amp; &lt;b&gt;");
    expect(escapeMarkup(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });

  it("makes every item focusable, named by its details, with its kind and position for tests", () => {
    const items = markup.match(/<g class="tl-item[^>]*>/g) ?? [];
    expect(items).toHaveLength(layout.items.length);
    for (const [i, tag] of items.entries()) {
      expect(tag).toContain('tabindex="0"');
      expect(tag).toContain(`aria-labelledby="tl1-tip-${i}"`);
      expect(markup).toContain(`id="tl1-tip-${i}"`);
    }
    expect(markup).toMatch(/data-kind="client.received" data-request="1" data-x="0.5"/);
    expect(markup).toMatch(/data-kind="task" data-state="failed" data-request="1" data-x0="0.75" data-x1="1"/);
  });
});
