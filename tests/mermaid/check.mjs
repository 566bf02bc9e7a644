// Parse gantt charts with Mermaid's own parser and report what it read.
// stdin: a JSON array of chart texts; stdout: a JSON array, per chart either
// {"error": message} or {"title", "todayMarker", "tasks": [{id, label, start, end, tags}]}.
// Run by tests/test_explain_mermaid.py from a folder where `npm ci` installed package-lock.json.
import { JSDOM } from "jsdom";

const dom = new JSDOM("");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");

const day = (d) => new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const charts = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const results = [];
for (const text of charts) {
  try {
    await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    const tasks = db.getTasks().map((t) => ({
      id: t.id,
      label: t.task.trim(),
      start: day(t.startTime),
      end: day(t.endTime),
      tags: ["active", "done", "crit", "milestone"].filter((tag) => t[tag]),
      section: t.section,
    }));
    results.push({ type: diagram.type, title: db.getDiagramTitle(), todayMarker: db.getTodayMarker(), tasks });
  } catch (e) {
    results.push({ error: String(e.message || e) });
  }
}
process.stdout.write(JSON.stringify(results));
