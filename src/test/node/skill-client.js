'use strict';
// The virtual-alexa client both scripts drive serve mode with: the project's own interaction model, en-US.
const va = require('virtual-alexa');

module.exports.virtualAlexa = (url, modelFile, skillId) => va.VirtualAlexa.Builder()
  .skillURL(url)
  .interactionModelFile(modelFile)
  .applicationID(skillId)
  .locale('en-US')
  .create();
