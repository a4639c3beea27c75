// Validates SARIF files against the official SARIF 2.1.0 JSON schema (a JSON Schema draft-04
// document) with Ajv. Usage: node validate_sarif.js SCHEMA FILE... ; exit 1 on the first
// invalid file, printing Ajv's errors.
"use strict";
const fs = require("fs");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const [schemaPath, ...files] = process.argv.slice(2);
// unicodeRegExp: false because the official schema has a pattern that is only valid outside
// Unicode mode ("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" for a language tag).
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
let ok = true;
for (const file of files) {
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  if (validate(data)) {
    console.log(`${file}: valid SARIF 2.1.0`);
  } else {
    ok = false;
    console.log(`${file}: INVALID`);
    for (const e of validate.errors.slice(0, 20)) console.log(`  ${e.instancePath} ${e.message}`);
  }
}
process.exit(ok ? 0 : 1);
