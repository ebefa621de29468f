// @apollo/gateway >= 2.14 sends anonymous usage telemetry unless this is set.
// eslint-disable-next-line no-restricted-properties -- a library switch, not our configuration
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
