#!/usr/bin/env bash
# Writes the interaction model of each English locale (en-GB, en-CA, en-AU, en-IN) from the en-US model and the
# locale's overrides file (interaction-model-overrides/<locale>.json): run it after changing either, and commit the
# models it writes. LocaleModelsTest fails while a committed model differs from what this writes (docs/locales.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.needsspace.model.LocaleModels
