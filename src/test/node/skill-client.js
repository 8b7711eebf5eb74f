'use strict';
// The virtual-alexa client the scripts drive serve mode with: the project's own interaction model, en-US unless
// a locale is given.
const va = require('virtual-alexa');

module.exports.virtualAlexa = (url, modelFile, skillId, locale = 'en-US') => va.VirtualAlexa.Builder()
  .skillURL(url)
  .interactionModelFile(modelFile)
  .applicationID(skillId)
  .locale(locale)
  .create();
