// Validates APL documents with apl-suggester, Amazon's static APL validator (the one the authoring tool uses).
// Usage: node apl-check.js RESULTS.json DOCUMENT.json...
// Writes {"<document file>": [{path, errorMessage, level}, ...]} to RESULTS.json (the validator logs to stdout).
const fs = require('fs');
const { StaticAplTemplateValidator } = require('apl-suggester');

(async () => {
  const [resultsFile, ...documents] = process.argv.slice(2);
  const results = {};
  for (const file of documents) {
    const document = JSON.parse(fs.readFileSync(file, 'utf8'));
    results[file] = await new StaticAplTemplateValidator().validate(document);
  }
  fs.writeFileSync(resultsFile, JSON.stringify(results));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
