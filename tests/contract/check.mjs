// Contract check: validates the OpenAPI document, then checks every exchange the
// integration tests recorded (LGSP_CONTRACT_LOG, one JSON object a line) against it:
// the endpoint and status must be documented and the body must match the schema.
//
//   node check.mjs <openapi.yaml> <exchanges.jsonl> [--min N]
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, existsSync } from "node:fs";

const [specPath, logPath, ...rest] = process.argv.slice(2);
const minIndex = rest.indexOf("--min");
const minimum = minIndex >= 0 ? Number(rest[minIndex + 1]) : 1;
if (!specPath || !logPath) {
  console.error("usage: node check.mjs <openapi.yaml> <exchanges.jsonl> [--min N]");
  process.exit(2);
}

let api;
try {
  await SwaggerParser.validate(specPath);
  api = await SwaggerParser.dereference(specPath);
  console.log(`document: ${specPath} is a valid OpenAPI ${api.openapi} document`);
} catch (error) {
  console.error(`document: INVALID: ${error.message}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

// Path templates to regular expressions; the most literal template wins ("{code}:suspend"
// before "{code}").
const templates = Object.keys(api.paths)
  .map((template) => {
    const pattern = template
      .split(/(\{[^}]+\})/)
      .map((part) =>
        part === "{path}" ? "(.*)" // a trailing path parameter may span segments
          : part.startsWith("{") ? "([^/]+?)"
          : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
      .join("");
    return { template, regex: new RegExp(`^${pattern}$`), literal: template.replace(/\{[^}]+\}/g, "").length };
  })
  .sort((a, b) => b.literal - a.literal);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validators = new Map();
function validatorFor(key, schema) {
  if (!validators.has(key)) validators.set(key, ajv.compile(schema));
  return validators.get(key);
}

function checkProblem(ex, statuses) {
  if (!statuses.includes(ex.status)) return `the answer is ${ex.status}, not ${statuses.join(" or ")}`;
  if (!(ex.contentType || "").startsWith("application/problem+json")) return "the answer is not problem+json";
  let body;
  try {
    body = JSON.parse(ex.body);
  } catch {
    return "the body is not JSON";
  }
  const validate = validatorFor("problem", api.components.schemas.Problem);
  return validate(body) ? null : ajv.errorsText(validate.errors);
}

if (!existsSync(logPath)) {
  console.error(`exchanges: ${logPath} does not exist — did the integration tests run?`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const lines = readFileSync(logPath, "utf8").split("\n").filter((l) => l.trim());
let passed = 0;
const failures = [];
const covered = new Set();
for (const line of lines) {
  const ex = JSON.parse(line);
  const where = `${ex.method} ${ex.path} -> ${ex.status}`;
  const match = templates.find((t) => t.regex.test(ex.path));
  const operation = match && api.paths[match.template][ex.method.toLowerCase()];
  if (!operation) {
    // What the document does not describe must be refused the documented way: 404 (no such
    // resource) or 405 (no such method), as a problem+json body.
    const problem = checkProblem(ex, [404, 405]);
    if (problem) failures.push(`${where}: ${match ? "method" : "path"} not in the document and ${problem}`);
    else passed++;
    continue;
  }
  const response = operation.responses[String(ex.status)] ?? operation.responses.default;
  if (!response) {
    failures.push(`${where}: status ${ex.status} not documented for ${ex.method} ${match.template}`);
    continue;
  }
  covered.add(`${ex.method} ${match.template} ${ex.status}`);
  const mediaType = (ex.contentType || "").split(";")[0].trim();
  if (!response.content) {
    passed++;
    continue;
  }
  const media = response.content[mediaType];
  if (!media) {
    failures.push(`${where}: content type "${mediaType}" not documented (${Object.keys(response.content).join(", ")})`);
    continue;
  }
  let body = ex.body; // non-JSON media types (YAML, XML) are checked as text
  if (mediaType.endsWith("json")) {
    try {
      body = JSON.parse(ex.body);
    } catch {
      failures.push(`${where}: body is not JSON`);
      continue;
    }
  }
  if (!media.schema) {
    passed++; // documented media type without a schema (an upstream's own body)
    continue;
  }
  const validate = validatorFor(`${ex.method} ${match.template} ${ex.status} ${mediaType}`, media.schema);
  if (validate(body)) {
    passed++;
  } else {
    failures.push(`${where}: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
  }
}

for (const f of failures) console.error(`FAIL ${f}`);
console.log(`exchanges: ${lines.length} recorded, ${covered.size} distinct operation/status pairs covered`);
if (lines.length < minimum) {
  failures.push(`only ${lines.length} exchanges recorded, expected at least ${minimum}`);
  console.error(`FAIL ${failures.at(-1)}`);
}
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
