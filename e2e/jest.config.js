const preset = require('../jest.preset.js');
// Browser tests start the whole platform and Chromium: give them time, and one at a time.
module.exports = { ...preset, ...preset.withDatabase, testTimeout: 60_000, maxWorkers: 1 };
