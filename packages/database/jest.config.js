module.exports = { ...require('../../jest.preset.js'), globalSetup: undefined, globalTeardown: undefined };
