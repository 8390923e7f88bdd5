// Keeps the standalone JSON Schema of configuration bundles in step with the OpenAPI
// document: both must give the same verdict on every bundle the sandbox exported during the
// integration tests (GET /api/v1/config in the recorded exchanges) and on every JSON file of
// tests/data/bundles; the valid-*.json bundles and every export must pass both.
//
//   node bundle-schema.mjs <openapi.yaml> <bundle.schema.json> <bundles-dir> <exchanges.jsonl>
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

const [specPath, schemaPath, bundlesDir, logPath] = process.argv.slice(2);
if (!specPath || !schemaPath || !bundlesDir || !logPath) {
  console.error("usage: node bundle-schema.mjs <openapi.yaml> <bundle.schema.json> <bundles-dir> <exchanges.jsonl>");
  process.exit(2);
}

const api = await SwaggerParser.dereference(specPath);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const fromOpenApi = ajv.compile(api.components.schemas.ConfigBundle);
const standaloneSchema = JSON.parse(readFileSync(schemaPath, "utf8"));
const standalone = new Ajv2020({ strict: true, allErrors: true });
addFormats(standalone);
const fromFile = standalone.compile(standaloneSchema);

const samples = [];
for (const name of readdirSync(bundlesDir).filter((n) => n.endsWith(".json")).sort()) {
  let body;
  try {
    body = JSON.parse(readFileSync(join(bundlesDir, name), "utf8"));
  } catch {
    continue; // the syntax-error samples: neither schema applies
  }
  samples.push({ name, body, mustPass: name.startsWith("valid-") });
}
let exports = 0;
if (existsSync(logPath)) {
  for (const line of readFileSync(logPath, "utf8").split("\n").filter(Boolean)) {
    const ex = JSON.parse(line);
    if (ex.method === "GET" && ex.path === "/api/v1/config" && ex.status === 200) {
      samples.push({ name: `export #${++exports}`, body: JSON.parse(ex.body), mustPass: true });
    }
  }
}

const failures = [];
for (const { name, body, mustPass } of samples) {
  const a = fromOpenApi(body);
  const b = fromFile(body);
  if (a !== b) failures.push(`${name}: the OpenAPI schema says ${a ? "valid" : "invalid"}, the JSON Schema says ${b ? "valid" : "invalid"}`);
  else if (mustPass && !a) failures.push(`${name}: must be valid, both schemas refuse it: ${ajv.errorsText(fromOpenApi.errors)}`);
}
if (exports === 0) failures.push("no exported bundle was recorded (GET /api/v1/config)");
for (const f of failures) console.error(`FAIL ${f}`);
console.log(`${samples.length - failures.length} agreed, ${failures.length} failed (${exports} exports, ${samples.length - exports} files)`);
process.exit(failures.length ? 1 : 0);
