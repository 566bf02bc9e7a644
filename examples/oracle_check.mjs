// Check an implementation written in JavaScript against the fasttrack_rules oracle, by
// calling its command line over JSON Lines (the worked example of docs/oracle.md).
//
//   node examples/oracle_check.mjs
//
// It starts `fasttrack assess` once (or the command in the FASTTRACK environment variable,
// split at spaces, e.g. FASTTRACK="python -m fasttrack_rules"), writes one case per line to
// its standard input, and reads one result per line from its standard output, in the same
// order. Then it compares the oracle's due day of the first follow-up meeting with the one
// computed here, prints one line per case and exits with 1 if any disagree.
// Node 18 or newer; no packages.

import { spawn } from "node:child_process";

// -- the implementation under test ---------------------------------------------------------
// The first follow-up meeting of a Fast track case is due at the latest 2 weeks after the
// request (lov om sygedagpenge § 13 b, stk. 2): a calendar-day deadline, not a bank-day one.
function firstMeetingDue(requestDay) {
  const day = new Date(`${requestDay}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 14);
  return day.toISOString().slice(0, 10);
}

// -- the cases: a self-employed person asks for Fast track on days of the first 5 weeks ---
function cases() {
  const requests = ["2025-03-03", "2025-03-18", "2025-04-04", "2025-12-11", "2025-12-24"];
  return requests.map((request, k) => ({
    id: `case-${k + 1}`,
    as_of: request,
    first_day_of_absence: request < "2025-06-01" ? "2025-03-03" : "2025-11-28",
    sick_person: "self_employed",
    over_8_weeks: true,
    request: { by: "sick_person", date: request },
  }));
}

// -- the oracle: one process, JSON Lines in, JSON Lines out --------------------------------
function assessAll(inputs) {
  const [program, ...args] = (process.env.FASTTRACK ?? "fasttrack").split(" ");
  const child = spawn(program, [...args, "assess"], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => (out += chunk));
  child.stdin.end(inputs.map((c) => JSON.stringify(c) + "\n").join(""));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = out.split("\n").filter((line) => line !== "");
      if (lines.length !== inputs.length) {
        reject(new Error(`expected ${inputs.length} result lines, got ${lines.length} (exit ${code})`));
      } else {
        resolve(lines.map((line) => JSON.parse(line)));
      }
    });
  });
}

const inputs = cases();
const results = await assessAll(inputs);
let agree = 0;
inputs.forEach((input, k) => {
  const result = results[k];
  if (result.error) {
    console.log(`${input.id}: the oracle refused the case: ${result.error.code} ${result.error.field}`);
    return;
  }
  const oracle = result.deadlines.first_meeting.due;
  const mine = firstMeetingDue(input.request.date);
  const same = oracle === mine;
  agree += same ? 1 : 0;
  console.log(`${input.id}: request ${input.request.date}, oracle ${oracle}, mine ${mine}: ${same ? "agree" : "DIFFER"}`);
});
console.log(`${agree} of ${inputs.length} agree`);
process.exitCode = agree === inputs.length ? 0 : 1;
